/**
 * The probe's Okta mode through POST /api/probe, against the real SCIM servers on 127.0.0.1: it
 * makes the requests Okta makes (the list of the first two users its SCIM reference shows, the
 * look-up before a create) and no others, checked on the server side, and judges the answers the way Okta does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIdsOf, ENTRA_PLAN, OKTA_PLAN } from '~/server/probe-plan';
import { createTestCa } from '../support/test-ca';
import {
  startFaultServer,
  startScimServer,
  TEST_TOKEN,
  type FaultBehaviour,
  type TestServer,
} from '../support/scim-servers';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { checkOf, probeAnswer, LOOPBACK_PROBE_ENV } from './helpers';

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

async function oktaProbe(tenantUrl: string, token = TEST_TOKEN) {
  return probeAnswer(await site.probe({ tenantUrl, token, mode: 'okta' }));
}

async function withFault<T>(behaviour: FaultBehaviour, run: (server: TestServer) => Promise<T>) {
  const server = await startFaultServer(behaviour, { ca });
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

describe('Okta mode against a correct SCIM 2.0 endpoint (SCIMMY)', () => {
  it('passes, with Okta’s checks and Okta’s requests, and nothing else reaches the endpoint', async () => {
    const before = scim.requests.length;
    const answer = await oktaProbe(scim.url);
    expect(answer.mode).toBe('okta');
    expect(answer.verdict).toBe('pass');
    expect(answer.checks.map((item) => item.id)).toEqual(checkIdsOf(OKTA_PLAN));
    expect(answer.capabilities).toBeUndefined();

    // Server side: exactly the two GETs Okta makes, with Okta's headers and the token.
    const received = scim.requests.slice(before);
    const base = new URL(scim.url).pathname;
    expect(received.map((request) => request.method)).toEqual(['GET', 'GET']);
    const paths = received.map((request) => request.path).sort();
    expect(paths[0]).toBe(
      `${base}/Users?filter=userName%20eq%20%22${nonceOf(paths[0])}%22&startIndex=1&count=100`,
    );
    expect(paths[1]).toBe(`${base}/Users?startIndex=1&count=2`);
    for (const request of received) {
      expect(request.headers['authorization']).toBe(`Bearer ${TEST_TOKEN}`);
      expect(request.headers['accept']).toBe('application/scim+json');
      expect(request.headers['accept-charset']).toBe('utf-8');
    }
    expect(received.some((request) => /ServiceProviderConfig|Groups/.test(request.path))).toBe(
      false,
    );
    expect(JSON.stringify(answer)).not.toContain(TEST_TOKEN);
  });

  it('still runs Entra’s requests when no mode is given (the default is unchanged)', async () => {
    const before = scim.requests.length;
    const answer = probeAnswer(await site.probe({ tenantUrl: scim.url, token: TEST_TOKEN }));
    expect(answer.mode ?? 'entra').toBe('entra');
    expect(answer.checks.map((item) => item.id)).toEqual(checkIdsOf(ENTRA_PLAN));
    expect(scim.requests.slice(before).some((r) => r.path.endsWith('/ServiceProviderConfig'))).toBe(
      true,
    );
  });

  it('names a wrong token the way Okta’s test fails: unauthorized', async () => {
    const answer = await oktaProbe(scim.url, `${TEST_TOKEN.slice(0, -4)}AAAA`);
    expect(checkOf(answer, 'okta-users-list').code).toBe('unauthorized');
    expect(answer.verdict).toBe('fail');
  });
});

describe('Okta mode judges answers the way Okta does', () => {
  it('accepts a 404 SCIM error for a user that does not exist (Entra does not)', async () => {
    await withFault('no-match-404', async (server) => {
      const okta = await oktaProbe(server.url);
      expect(checkOf(okta, 'okta-user-lookup')).toMatchObject({ status: 'pass', code: 'ok' });
      expect(okta.verdict).toBe('pass');
      const entra = probeAnswer(await site.probe({ tenantUrl: server.url, token: TEST_TOKEN }));
      expect(checkOf(entra, 'users-filter').code).toBe('not-found');
    });
  });

  it('fails paging numbers written as text', async () => {
    await withFault('paging-as-text', async (server) => {
      const answer = await oktaProbe(server.url);
      expect(checkOf(answer, 'okta-users-list')).toMatchObject({
        status: 'fail',
        code: 'paging-not-integer',
      });
    });
  });

  it('fails a look-up that ignores the filter', async () => {
    await withFault('filter-ignored', async (server) => {
      const answer = await oktaProbe(server.url);
      expect(checkOf(answer, 'okta-users-list').status).toBe('pass');
      expect(checkOf(answer, 'okta-user-lookup').code).toBe('filter-ignored');
    });
  });

  it('does not ask for /Groups, so a missing /Groups does not matter to Okta', async () => {
    await withFault('groups-404', async (server) => {
      const answer = await oktaProbe(server.url);
      expect(answer.verdict).toBe('pass');
      expect(server.requests.some((request) => request.path.includes('/Groups'))).toBe(false);
    });
  });
});

/** The random user name the look-up asked for, read back from the path the server received. */
function nonceOf(path: string | undefined): string {
  return /userName%20eq%20%22([^%]+)%22/.exec(path ?? '')?.[1] ?? 'missing';
}
