import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIdsOf, ENTRA_PLAN } from '~/server/probe-plan';
import { createTestCa } from '../support/test-ca';
import { startScimServer, TEST_TOKEN, type TestServer } from '../support/scim-servers';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { checkOf, probe, LOOPBACK_PROBE_ENV } from './helpers';

const ca = createTestCa();
let site: SiteServer;
let scim: TestServer;

beforeAll(async () => {
  [site, scim] = await Promise.all([
    startSiteServer({
      caFile: ca.caFile,
      env: LOOPBACK_PROBE_ENV,
    }),
    startScimServer({ ca }),
  ]);
});

afterAll(async () => {
  await Promise.all([site?.close(), scim?.close()]);
  expect(site.output()).not.toContain(TEST_TOKEN);
});

describe('a correct SCIM 2.0 endpoint (SCIMMY)', () => {
  it('passes every check and reports the capabilities', async () => {
    const answer = await probe(site, scim.url, TEST_TOKEN);
    expect(answer.verdict).toBe('pass');
    expect(answer.checks.map((item) => item.id)).toEqual(checkIdsOf(ENTRA_PLAN));
    expect(checkOf(answer, 'users-filter').code).toBe('ok');
    expect(answer.capabilities).toMatchObject({ patch: true, filter: { supported: true } });
    expect(answer.capabilities?.authenticationSchemes.map((scheme) => scheme.type)).toContain(
      'oauthbearertoken',
    );
    expect(checkOf(answer, 'tls').message).toMatch(/TLSv1\.2/);
    expect(checkOf(answer, 'spc-anonymous').message).toMatch(
      /401 Unauthorized.*requires the Secret Token/,
    );
    // Every HTTP check is in the transcript, with status, headers and body, and the token masked.
    expect(answer.transcript.map((entry) => entry.checkId)).toEqual([
      'spc-anonymous',
      'spc',
      'users-filter',
      'groups-filter',
    ]);
    for (const entry of answer.transcript) expect(entry.response?.body.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).not.toContain(TEST_TOKEN);
  });

  it('passes over IPv6 loopback too', async () => {
    const server = await startScimServer({ ca, host: '::1' });
    try {
      const answer = await probe(site, server.url, TEST_TOKEN);
      expect(answer.checks.filter((item) => item.status !== 'pass')).toEqual([]);
      expect(answer.host).toBe('::1');
    } finally {
      await server.close();
    }
  });

  it('resolves a host name once and verifies the certificate against that name (localhost)', async () => {
    const url = scim.url.replace('127.0.0.1', 'localhost');
    const answer = await probe(site, url, TEST_TOKEN);
    expect(answer.verdict).toBe('pass');
    expect(checkOf(answer, 'dns').message).toMatch(
      /localhost resolves to 127\.0\.0\.1.*connects to 127\.0\.0\.1 only/,
    );
    expect(answer.transcript[0]?.request.headers['Host']).toBe(new URL(url).host);
  });

  it('names a wrong token as unauthorized', async () => {
    const answer = await probe(site, scim.url, `${TEST_TOKEN.slice(0, -4)}AAAA`);
    expect(checkOf(answer, 'spc').code).toBe('unauthorized');
    expect(checkOf(answer, 'users-filter').code).toBe('unauthorized');
    expect(answer.verdict).toBe('fail');
  });
});
