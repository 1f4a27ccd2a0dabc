/**
 * The address guard end to end, with the default address rule (SCIM_PROBE_ALLOW_PRIVATE unset):
 * loopback in every notation is refused, and a canary listening on loopback counts that nothing
 * reached it. Only loopback targets are ever used here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa } from '../support/test-ca';
import { startCanaryServer, TEST_TOKEN, type TestServer } from '../support/scim-servers';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { checkOf, probe } from './helpers';

const ca = createTestCa();
/** Default configuration: allowed hosts from src/config (*.apartmentiq.io), no private addresses. */
let defaults: SiteServer;
/** Any host name allowed (SCIM_PROBE_ALLOWED_HOSTS=*), so the address rule is what refuses. */
let anyHost: SiteServer;
let canary: TestServer;

beforeAll(async () => {
  [defaults, anyHost, canary] = await Promise.all([
    startSiteServer({ caFile: ca.caFile, env: { SCIM_PROBE_RATE_LIMIT: '0' } }),
    startSiteServer({
      caFile: ca.caFile,
      env: { SCIM_PROBE_RATE_LIMIT: '0', SCIM_PROBE_ALLOWED_HOSTS: '*' },
    }),
    startCanaryServer(),
  ]);
});

afterAll(async () => {
  await Promise.all([defaults?.close(), anyHost?.close(), canary?.close()]);
  for (const site of [defaults, anyHost]) expect(site.output()).not.toContain(TEST_TOKEN);
});

/** Every way of writing "this machine" that a URL parser or resolver accepts. */
function loopbackUrls(port: number): Array<[string, string]> {
  return [
    ['dotted', `https://127.0.0.1:${port}/scim/v2`],
    ['decimal', `https://2130706433:${port}/scim/v2`],
    ['octal', `https://0177.0.0.1:${port}/scim/v2`],
    ['hex', `https://0x7f.0.0.1:${port}/scim/v2`],
    ['short', `https://127.1:${port}/scim/v2`],
    ['other 127/8 address', `https://127.0.0.2:${port}/scim/v2`],
    ['IPv4-mapped IPv6', `https://[::ffff:127.0.0.1]:${port}/scim/v2`],
    ['IPv6 loopback', `https://[::1]:${port}/scim/v2`],
    ['unspecified 0.0.0.0', `https://0.0.0.0:${port}/scim/v2`],
    ['host name resolving to 127.0.0.1', `https://localhost:${port}/scim/v2`],
  ];
}

describe('with any host name allowed, the address rule refuses loopback in every notation', () => {
  it.each(loopbackUrls(0).map(([name]) => name))('%s → blocked-address', async (name) => {
    const url = loopbackUrls(canary.port).find(([label]) => label === name)?.[1] ?? '';
    const answer = await probe(anyHost, url, TEST_TOKEN);
    const dns = checkOf(answer, 'dns');
    expect({ status: dns.status, code: dns.code }).toEqual({
      status: 'fail',
      code: 'blocked-address',
    });
    // The same words for every refused host, and never an address (no DNS oracle, issue 12).
    expect(dns.message).toMatch(/is not reachable from the public internet or not allowed/);
    expect(dns.message).not.toMatch(/loopback|private|unspecified|resolves to/);
    expect(checkOf(answer, 'tls')).toMatchObject({ status: 'skip', code: 'blocked-address' });
    expect(answer.verdict).toBe('fail');
    expect(answer.transcript).toEqual([]);
    expect(canary.requestCount).toBe(0);
  });
});

describe('with the default configuration', () => {
  it.each(loopbackUrls(0).map(([name]) => name))(
    '%s → host-not-allowed, nothing contacted',
    async (name) => {
      const url = loopbackUrls(canary.port).find(([label]) => label === name)?.[1] ?? '';
      const answer = await probe(defaults, url, TEST_TOKEN);
      const dns = checkOf(answer, 'dns');
      expect({ status: dns.status, code: dns.code }).toEqual({
        status: 'fail',
        code: 'host-not-allowed',
      });
      expect(dns.message).toContain('*.apartmentiq.io');
      expect(canary.requestCount).toBe(0);
    },
  );

  it('says nothing about private addresses at start (the rule is on)', () => {
    expect(defaults.output()).not.toMatch(/SCIM_PROBE_ALLOW_PRIVATE is ON/);
  });

  it('the canary really counts connections (so zero above means nothing arrived)', async () => {
    const before = canary.requestCount;
    await new Promise<void>((resolve) => {
      void import('node:net').then(({ connect }) => {
        const socket = connect(canary.port, '127.0.0.1', () => {
          socket.destroy();
          resolve();
        });
      });
    });
    await expect.poll(() => canary.requestCount).toBe(before + 1);
    // Reset the expectation for any test that runs after this one in the same file.
    expect(canary.requestCount).toBeGreaterThan(0);
  });
});
