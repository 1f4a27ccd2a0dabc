/**
 * Every probe outcome code against a real HTTPS server on 127.0.0.1 that misbehaves in one way,
 * through the built server's POST /api/probe (SCIM_PROBE_ALLOW_PRIVATE=1 so loopback is reachable;
 * the test CA comes in through NODE_EXTRA_CA_CERTS).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckStatus, DiagnosticCode, ProbeCheckId } from '~/lib/scim/contract';
import { createTestCa } from '../support/test-ca';
import {
  closedPort,
  startCanaryServer,
  startFaultServer,
  TEST_TOKEN,
  type FaultBehaviour,
  type TestServer,
} from '../support/scim-servers';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { checkOf, LOOPBACK_PROBE_ENV, probe } from './helpers';

const ca = createTestCa();
let site: SiteServer;
const servers: TestServer[] = [];

async function fault(
  behaviour: FaultBehaviour,
  options: Parameters<typeof startFaultServer>[1] = { ca },
): Promise<TestServer> {
  const server = await startFaultServer(behaviour, options);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  site = await startSiteServer({
    caFile: ca.caFile,
    env: {
      ...LOOPBACK_PROBE_ENV,
      // Shortens the never-answering case (connect limit stays 5 s, so the two limits are told apart).
      SCIM_PROBE_TOTAL_TIMEOUT_MS: '6000',
    },
  });
});

afterAll(async () => {
  await Promise.all([site?.close(), ...servers.map((server) => server.close())]);
  expect(site.output()).not.toContain(TEST_TOKEN);
});

interface Expectation {
  behaviour: FaultBehaviour;
  check: ProbeCheckId;
  code: DiagnosticCode;
  status: CheckStatus;
  verdict: 'pass' | 'warn' | 'fail';
  /** Words the message must contain: the specific cause, not a generic text. */
  says: RegExp;
}

const HTTP_FAULTS: Expectation[] = [
  {
    behaviour: 'html-without-token',
    check: 'spc-anonymous',
    code: 'html-response',
    status: 'warn',
    verdict: 'warn',
    says: /without credentials with an HTML page \("Sign in"\).*the checks with it decide/,
  },
  {
    behaviour: 'unauthorized',
    check: 'users-filter',
    code: 'unauthorized',
    status: 'fail',
    verdict: 'fail',
    says: /401 Unauthorized.*Authorization failed/,
  },
  {
    behaviour: 'forbidden',
    check: 'users-filter',
    code: 'forbidden',
    status: 'fail',
    verdict: 'fail',
    says: /403 Forbidden.*may not use the SCIM API/,
  },
  {
    behaviour: 'not-found',
    check: 'users-filter',
    code: 'not-found',
    status: 'fail',
    verdict: 'fail',
    says: /404 Not Found.*path/,
  },
  {
    behaviour: 'method-not-allowed',
    check: 'users-filter',
    code: 'method-not-allowed',
    status: 'fail',
    verdict: 'fail',
    says: /405 Method Not Allowed/,
  },
  {
    behaviour: 'rate-limited',
    check: 'users-filter',
    code: 'upstream-rate-limited',
    status: 'fail',
    verdict: 'fail',
    says: /429.*Retry-After: 30/,
  },
  {
    behaviour: 'server-error',
    check: 'users-filter',
    code: 'server-error',
    status: 'fail',
    verdict: 'fail',
    says: /500 Internal Server Error/,
  },
  {
    behaviour: 'html',
    check: 'users-filter',
    code: 'html-response',
    status: 'fail',
    verdict: 'fail',
    says: /HTML page \("Sign in"\)/,
  },
  {
    behaviour: 'not-json',
    check: 'users-filter',
    code: 'not-json',
    status: 'fail',
    verdict: 'fail',
    says: /not JSON/,
  },
  {
    behaviour: 'not-scim',
    check: 'users-filter',
    code: 'not-scim',
    status: 'fail',
    verdict: 'fail',
    says: /not a SCIM ListResponse/,
  },
  {
    behaviour: 'not-scim',
    check: 'spc',
    code: 'not-scim',
    status: 'fail',
    verdict: 'fail',
    says: /not a SCIM ServiceProviderConfig/,
  },
  {
    behaviour: 'filter-ignored',
    check: 'users-filter',
    code: 'filter-ignored',
    status: 'fail',
    verdict: 'fail',
    says: /2 users.*ignores the filter/,
  },
  {
    behaviour: 'groups-404',
    check: 'groups-filter',
    code: 'groups-not-found',
    status: 'warn',
    verdict: 'warn',
    says: /404 Not Found.*Groups/,
  },
  {
    behaviour: 'huge-body',
    check: 'spc',
    code: 'response-too-large',
    status: 'fail',
    verdict: 'fail',
    says: /larger than 1024 KiB/,
  },
  {
    behaviour: 'reset',
    check: 'spc-anonymous',
    code: 'connection-reset',
    status: 'fail',
    verdict: 'fail',
    says: /closed the connection abruptly/,
  },
  {
    behaviour: 'tls13-only',
    check: 'tls',
    code: 'tls-version',
    status: 'warn',
    verdict: 'warn',
    says: /refuses a TLS 1\.2 handshake.*accepts TLS 1\.3/,
  },
  {
    behaviour: 'wrong-host-cert',
    check: 'tls',
    code: 'tls-error',
    status: 'fail',
    verdict: 'fail',
    says: /not issued for 127\.0\.0\.1.*wrong-host\.example\.test/,
  },
  {
    behaviour: 'expired-cert',
    check: 'tls',
    code: 'tls-error',
    status: 'fail',
    verdict: 'fail',
    says: /has expired/,
  },
  {
    behaviour: 'untrusted-cert',
    check: 'tls',
    code: 'tls-error',
    status: 'fail',
    verdict: 'fail',
    says: /issuer that is not publicly trusted/,
  },
];

describe('each fault is named with its code', () => {
  it.concurrent.each(HTTP_FAULTS)(
    '$behaviour → $check $code',
    async ({ behaviour, check, code, status, verdict, says }) => {
      const server = await fault(behaviour);
      const answer = await probe(site, server.url, TEST_TOKEN);
      const found = checkOf(answer, check);
      expect({ code: found.code, status: found.status }).toEqual({ code, status });
      expect(found.message).toMatch(says);
      expect(found.fix, 'a failing check says how to fix it').toBeTruthy();
      expect(answer.verdict).toBe(verdict);
      expect(JSON.stringify(answer)).not.toContain(TEST_TOKEN);
    },
  );

  it('a redirect is reported with its target and never followed (the target, a loopback canary, sees nothing)', async () => {
    const canary = await startCanaryServer();
    servers.push(canary);
    const server = await fault('redirect', { ca, location: `${canary.url}/Users` });
    const answer = await probe(site, server.url, TEST_TOKEN);
    const users = checkOf(answer, 'users-filter');
    expect(users.code).toBe('redirect');
    expect(users.message).toContain(`to ${canary.url}/Users`);
    expect(answer.verdict).toBe('fail');
    expect(canary.requestCount).toBe(0);
  });

  it('a closed port is connection-refused and stops before any HTTP request', async () => {
    const port = await closedPort();
    const answer = await probe(site, `https://127.0.0.1:${port}/scim/v2`, TEST_TOKEN);
    expect(checkOf(answer, 'tls').code).toBe('connection-refused');
    expect(checkOf(answer, 'users-filter')).toMatchObject({
      status: 'skip',
      code: 'connection-refused',
    });
    expect(answer.transcript).toEqual([]);
  });

  // The three cases that wait out a limit or a delay run side by side: each has its own server,
  // and the site server has no rate limit here.
  it.concurrent(
    'an endpoint that never answers is a timeout within the probe limit',
    async ({ expect }) => {
      const server = await fault('never-answers');
      const answer = await probe(site, server.url, TEST_TOKEN);
      const anonymous = checkOf(answer, 'spc-anonymous');
      expect(anonymous.code).toBe('timeout');
      expect(anonymous.message).toMatch(/within the probe's limit of 6 s/);
      expect(checkOf(answer, 'users-filter')).toMatchObject({ status: 'skip', code: 'timeout' });
      expect(answer.durationMs).toBeLessThan(12_000); // the limit held (6 s configured), not a timing assertion on speed
    },
  );

  it.concurrent(
    'a slow but correct endpoint passes, and the three authenticated requests run concurrently',
    async ({ expect }) => {
      const server = await fault('slow', { ca, delayMs: 1000 });
      const answer = await probe(site, server.url, TEST_TOKEN);
      expect(answer.verdict).toBe('pass');
      expect(server.requestCount).toBe(4);
      expect(server.maxInFlight).toBe(3);
    },
  );

  it.concurrent(
    'a server that accepts TCP but never finishes the TLS handshake hits the connect limit',
    async ({ expect }) => {
      const stall = await startCanaryServer();
      servers.push(stall);
      const answer = await probe(site, stall.url, TEST_TOKEN);
      const tls = checkOf(answer, 'tls');
      expect(tls.code).toBe('timeout');
      expect(tls.message).toMatch(/did not complete a connection within 5 s/);
      expect(stall.requestCount).toBe(1);
    },
  );

  it('a 503 is a server-error too', async () => {
    const server = await fault('server-error', { ca, status: 503 });
    const answer = await probe(site, server.url, TEST_TOKEN);
    expect(checkOf(answer, 'spc').code).toBe('server-error');
    expect(checkOf(answer, 'spc').message).toMatch(/503 Service Unavailable/);
  });
});
