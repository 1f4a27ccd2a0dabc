/**
 * The probe's policy apart from its wording: host findings are the probe's own to judge, and which
 * field finding decides a field check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TENANT_URL_HOST_CODES, type CheckResult, type Finding } from '~/lib/scim/contract';
import type { Expectation } from '~/server/probe-plan';
import { judgeAnswer, judgeField, verdictOf } from '~/server/probe-policy';

const warning = (code: Finding['code']): Finding => ({ code, severity: 'warning', message: code });
const result = (...findings: Finding[]): CheckResult => ({
  ok: findings.every((item) => item.severity !== 'error'),
  findings,
});

describe('judgeField', () => {
  it.each(TENANT_URL_HOST_CODES)(
    'a Tenant URL host finding (%s) is shown but does not warn: the probe judges the host',
    (code) => {
      const outcome = judgeField(result(warning(code)), 'tenant-url');
      expect(outcome).toMatchObject({ status: 'pass', code: 'ok' });
      expect(outcome.findings?.map((item) => item.code)).toEqual([code]);
    },
  );

  it('any other warning warns, and an error fails before it', () => {
    expect(judgeField(result(warning('trailing-slash')), 'tenant-url')).toMatchObject({
      status: 'warn',
      code: 'trailing-slash',
    });
    const error: Finding = { code: 'not-https', severity: 'error', message: 'x' };
    expect(judgeField(result(warning('has-query'), error), 'tenant-url')).toMatchObject({
      status: 'fail',
      code: 'not-https',
      decisive: error,
    });
  });

  it('the token field has no host findings to set aside', () => {
    expect(judgeField(result(warning('localhost')), 'token').status).toBe('warn');
  });
});

describe('verdictOf', () => {
  it.each([
    [['pass', 'skip'], 'pass'],
    [['pass', 'warn'], 'warn'],
    [['warn', 'fail', 'pass'], 'fail'],
  ] as const)('%j → %s', (statuses, verdict) => {
    expect(verdictOf(statuses.map((status) => ({ status })))).toBe(verdict);
  });
});

describe('judgeAnswer, the request without credentials', () => {
  const anonymous: Expectation = {
    document: 'service-provider-config',
    anonymous: true,
    notFound: 'warn-no-config',
  };
  const config = readFileSync(
    new URL('../../fixtures/spc/rfc7643-section-8.5.json', import.meta.url),
    'utf8',
  );
  const answer = (status: number, body: string, contentType = 'application/scim+json') => ({
    status,
    headers: { 'content-type': contentType },
    body: Buffer.from(body),
    tooLarge: false,
  });

  it.each([
    ['a refusal (401)', answer(401, ''), 'pass', 'ok', 'anonymous-refused'],
    ['a refusal (403)', answer(403, ''), 'pass', 'ok', 'anonymous-refused'],
    ['a public ServiceProviderConfig', answer(200, config), 'pass', 'ok', 'anonymous-public'],
    [
      'a sign-in page with 200',
      answer(200, '<!doctype html><title>Sign in</title>', 'text/html'),
      'warn',
      'html-response',
      'anonymous-not-config',
    ],
    [
      'plain text with 200',
      answer(200, 'OK', 'text/plain'),
      'warn',
      'not-json',
      'anonymous-not-config',
    ],
    [
      'other JSON with 200',
      answer(200, '{"status":"up"}'),
      'warn',
      'not-scim',
      'anonymous-not-config',
    ],
  ] as const)('%s: %s %s', (_label, response, status, code, kind) => {
    const outcome = judgeAnswer(anonymous, response);
    expect(outcome).toMatchObject({ status, code, reading: { kind } });
  });

  it('names the page it got, by its title', () => {
    const outcome = judgeAnswer(
      anonymous,
      answer(200, '<html><head><title>Acme portal</title></head></html>', 'text/html'),
    );
    expect(outcome.reading).toEqual({
      kind: 'anonymous-not-config',
      answer: 'html',
      title: 'Acme portal',
    });
  });
});
