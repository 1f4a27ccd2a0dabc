/**
 * The probe's policy apart from its wording: host findings are the probe's own to judge, and which
 * field finding decides a field check.
 */
import { describe, expect, it } from 'vitest';
import { TENANT_URL_HOST_CODES, type CheckResult, type Finding } from '~/lib/scim/contract';
import { judgeField, verdictOf } from '~/server/probe-policy';

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
