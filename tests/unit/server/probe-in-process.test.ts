/**
 * runProbe in this process with a replaced DNS lookup: resolver failures, what a lookup may
 * return, and DNS rebinding. Nothing here sends a packet beyond loopback: every address a lookup
 * returns is either refused before connecting or a loopback test server.
 */
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProbeResponseSchema } from '~/lib/scim/contract';
import { formatProbeLog } from '~/server/probe-route';
import { runProbe } from '~/server/probe';
import { ENTRA_PLAN, type ProbePlan } from '~/server/probe-plan';
import type { HostLookup, ResolvedAddress } from '~/server/network';
import { parseProbeSettings } from '~/server/settings';
import { createTestCa } from '../../support/test-ca';
import {
  startCanaryServer,
  startScimServer,
  TEST_TOKEN,
  type TestServer,
} from '../../support/scim-servers';

const ca = createTestCa();
const defaults = parseProbeSettings({ SCIM_PROBE_ALLOWED_HOSTS: '*' }).settings;
const privateAllowed = parseProbeSettings({
  SCIM_PROBE_ALLOWED_HOSTS: '*',
  SCIM_PROBE_ALLOW_PRIVATE: '1',
}).settings;
const originalCas = getCACertificates('default');

function countingLookup(
  answers: (call: number) => ResolvedAddress[] | Error,
): HostLookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = (hostname: string): Promise<ResolvedAddress[]> => {
    calls.push(hostname);
    const answer = answers(calls.length);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return Object.assign(lookup, { calls });
}

const dnsError = (code: string): Error =>
  Object.assign(new Error(`getaddrinfo ${code} scim.northwind.test`), { code });

/** The dns check of one probe of scim.northwind.test with this lookup (default address rule). */
async function dnsCheckWith(answer: ResolvedAddress[] | Error) {
  const { response, log } = await runProbe(
    { tenantUrl: 'https://scim.northwind.test/scim/v2', token: TEST_TOKEN },
    defaults,
    { lookup: countingLookup(() => answer) },
  );
  const dns = response.checks.find((item) => item.id === 'dns');
  return { code: dns?.code, status: dns?.status, message: dns?.message, log };
}

describe('DNS says nothing an attacker could map a network with', () => {
  const refusedHosts: Array<[string, ResolvedAddress[] | Error, string]> = [
    ['no such name (ENOTFOUND)', dnsError('ENOTFOUND'), 'no-such-name'],
    ['no address (ENODATA)', dnsError('ENODATA'), 'no-such-name'],
    ['an empty answer', [], 'no-such-name'],
    ['a private address', [{ address: '10.1.2.3', family: 4 }], 'private'],
    ['loopback', [{ address: '127.0.0.1', family: 4 }], 'loopback'],
    ['the metadata service', [{ address: '169.254.169.254', family: 4 }], 'link-local'],
    ['an IPv6 unique local address', [{ address: 'fd00::5', family: 6 }], 'unique-local'],
    ['local-use NAT64', [{ address: '64:ff9b:1:a00:0:100:808:808', family: 6 }], 'reserved'],
  ];

  it.each(refusedHosts)(
    '%s: the same code and words, no address; the log says why, without the address',
    async (_name, answer, why) => {
      const nonexistent = await dnsCheckWith(dnsError('ENOTFOUND'));
      const refused = await dnsCheckWith(answer);
      expect(refused).toMatchObject({ status: 'fail', code: 'blocked-address' });
      expect(refused.message).toBe(nonexistent.message);
      expect(refused.message).toBe(
        'scim.northwind.test is not reachable from the public internet or not allowed, so it was not contacted.',
      );
      const line = formatProbeLog(refused.log);
      expect(line).toContain(`refused-because=${why}`);
      expect(line).not.toMatch(/\d+\.\d+\.\d+\.\d+|[0-9a-f]*:[0-9a-f]*:/);
    },
  );

  it.each([['EAI_AGAIN', /DNS lookup for scim\.northwind\.test failed \(EAI_AGAIN\)/]])(
    'a resolver that does not answer (%s) is dns-failure',
    async (code, says) => {
      const lookup = countingLookup(() => dnsError(code));
      const { response } = await runProbe(
        { tenantUrl: 'https://scim.northwind.test/scim/v2', token: TEST_TOKEN },
        defaults,
        { lookup },
      );
      ProbeResponseSchema.parse(response);
      const dns = response.checks.find((item) => item.id === 'dns');
      expect(dns).toMatchObject({ status: 'fail', code: 'dns-failure' });
      expect(dns?.message).toMatch(says);
      expect(response.checks.find((item) => item.id === 'tls')).toMatchObject({
        status: 'skip',
        code: 'dns-failure',
      });
    },
  );

  it.each([
    ['a private address', [{ address: '10.1.2.3', family: 4 }]],
    ['the metadata service', [{ address: '169.254.169.254', family: 4 }]],
    ['CGNAT', [{ address: '100.64.0.9', family: 4 }]],
    ['an IPv6 unique local address', [{ address: 'fd00::5', family: 6 }]],
    ['IPv4-mapped loopback', [{ address: '::ffff:127.0.0.1', family: 6 }]],
    [
      'one public and one private address',
      [
        { address: '8.8.8.8', family: 4 },
        { address: '192.168.0.10', family: 4 },
      ],
    ],
  ] as Array<[string, ResolvedAddress[]]>)(
    'a host that resolves to %s is blocked-address, with the default rule',
    async (_name, addresses) => {
      const lookup = countingLookup(() => addresses);
      const { response } = await runProbe(
        { tenantUrl: 'https://scim.northwind.test/scim/v2', token: TEST_TOKEN },
        defaults,
        { lookup },
      );
      expect(response.checks.find((item) => item.id === 'dns')).toMatchObject({
        status: 'fail',
        code: 'blocked-address',
      });
      expect(response.transcript).toEqual([]);
      expect(lookup.calls).toEqual(['scim.northwind.test']);
    },
  );

  it('a host outside the allowed patterns is not even looked up', async () => {
    const lookup = countingLookup(() => [{ address: '127.0.0.1', family: 4 }]);
    const settings = parseProbeSettings({}).settings;
    const { response } = await runProbe(
      { tenantUrl: 'https://scim.northwind.test/scim/v2', token: TEST_TOKEN },
      settings,
      { lookup },
    );
    expect(response.checks.find((item) => item.id === 'dns')).toMatchObject({
      status: 'fail',
      code: 'host-not-allowed',
    });
    expect(lookup.calls).toEqual([]);
  });
});

describe('DNS rebinding', () => {
  let scim: TestServer;
  let canary: TestServer;

  beforeAll(async () => {
    // Test-only trust for this process; the server itself trusts the test CA via NODE_EXTRA_CA_CERTS.
    setDefaultCACertificates([...originalCas, ca.certPem]);
    scim = await startScimServer({ ca, certificateHosts: ['scim.rebind.test'] });
    canary = await startCanaryServer({ host: '::1', port: scim.port });
  });

  afterAll(async () => {
    setDefaultCACertificates(originalCas);
    await Promise.all([scim?.close(), canary?.close()]);
  });

  it('looks the host up once and connects only to the vetted address, with SNI and certificate for the name', async () => {
    // First answer: the real (vetted) server; any later lookup would point at the canary.
    const lookup = countingLookup((call) =>
      call === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '::1', family: 6 }],
    );
    const { response } = await runProbe(
      { tenantUrl: `https://scim.rebind.test:${scim.port}/scim/v2`, token: TEST_TOKEN },
      privateAllowed,
      { lookup },
    );
    expect(response.checks.filter((item) => item.status !== 'pass')).toEqual([]);
    expect(lookup.calls).toEqual(['scim.rebind.test']);
    expect(canary.requestCount).toBe(0);
    expect(
      scim.requests.every((request) => request.headers['host'] === `scim.rebind.test:${scim.port}`),
    ).toBe(true);
    expect(scim.requestCount).toBe(4);
  });

  it('runs another plan as written: only its requests, in its order, with its headers', async () => {
    const users = ENTRA_PLAN.stages.flat().find((request) => request.id === 'users-filter');
    if (!users) throw new Error("Entra's plan has no /Users filter");
    const plan: ProbePlan = {
      userAgent: 'Second-Plan/1.0',
      stages: [[{ ...users, path: () => '/Users?startIndex=1&count=0' }]],
    };
    const before = scim.requests.length;
    const { response } = await runProbe(
      { tenantUrl: `https://scim.rebind.test:${scim.port}/scim/v2`, token: TEST_TOKEN },
      privateAllowed,
      { lookup: countingLookup(() => [{ address: '127.0.0.1', family: 4 }]) },
      plan,
    );
    expect(response.checks.map((item) => item.id)).toEqual([
      'tenant-url',
      'token',
      'dns',
      'tls',
      'users-filter',
    ]);
    const sent = scim.requests.slice(before);
    expect(sent.map((request) => request.path)).toEqual(['/scim/v2/Users?startIndex=1&count=0']);
    expect(sent[0]?.headers['user-agent']).toBe('Second-Plan/1.0');
    expect(sent[0]?.headers['authorization']).toBe(`Bearer ${TEST_TOKEN}`);
  });
});
