/**
 * POST /api/probe as an HTTP route: refusals (400, 403, 405, 413, 415, 429) with JSON bodies that
 * follow the contract, Cache-Control: no-store on every answer, field errors that stop the probe
 * before the network, the start-up warning, and the one-line log that never holds the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa } from '../support/test-ca';
import {
  makeTestToken,
  startCanaryServer,
  startScimServer,
  TEST_TOKEN,
  type TestServer,
} from '../support/scim-servers';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { checkOf, LOOPBACK_PROBE_ENV, probe, probeAnswer, probeRefusal } from './helpers';

const ca = createTestCa();
let site: SiteServer;
let limited: SiteServer;
let proxied: SiteServer;
let canary: TestServer;
let scim: TestServer;

beforeAll(async () => {
  [site, limited, proxied, canary, scim] = await Promise.all([
    startSiteServer({ caFile: ca.caFile, env: LOOPBACK_PROBE_ENV }),
    startSiteServer({
      caFile: ca.caFile,
      env: { ...LOOPBACK_PROBE_ENV, SCIM_PROBE_RATE_LIMIT: '2' },
    }),
    startSiteServer({
      caFile: ca.caFile,
      env: { ...LOOPBACK_PROBE_ENV, SCIM_PROBE_RATE_LIMIT: '1', SCIM_PROBE_TRUST_PROXY: '1' },
    }),
    startCanaryServer(),
    startScimServer({ ca }),
  ]);
});

afterAll(async () => {
  await Promise.all([site, limited, proxied, canary, scim].map((server) => server?.close()));
  for (const server of [site, limited, proxied]) expect(server.output()).not.toContain(TEST_TOKEN);
});

describe('refusals', () => {
  it('GET → 405 JSON with Allow: POST', async () => {
    const result = await site.probe(undefined, { method: 'GET' });
    expect(result.headers.get('allow')).toBe('POST');
    expect(probeRefusal(result, 405).error.code).toBe('bad-request');
  });

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['no content type', ''],
  ])('%s → 415', async (_name, contentType) => {
    const result = await site.probe(
      { tenantUrl: scim.url, token: TEST_TOKEN },
      { headers: contentType ? { 'Content-Type': contentType } : { 'Content-Type': '' } },
    );
    expect(probeRefusal(result, 415).error.code).toBe('unsupported-media-type');
  });

  it('a body over 16 KiB → 413, without reading it all', async () => {
    const result = await site.probe(undefined, {
      rawBody: JSON.stringify({ tenantUrl: scim.url, token: 'x'.repeat(20_000) }),
    });
    expect(probeRefusal(result, 413).error.code).toBe('payload-too-large');
  });

  it('a chunked body (no Content-Length) over 16 KiB → 413 as well', async () => {
    const { request } = await import('node:http');
    const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(
        `${site.origin}/api/probe`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      outgoing.on('error', reject);
      outgoing.write('{"tenantUrl": "https://a.apartmentiq.io/scim/v2", "token": "');
      for (let index = 0; index < 20; index += 1) outgoing.write('x'.repeat(1024));
      outgoing.end('"}');
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'payload-too-large' } });
  });

  it.each([
    ['malformed JSON', '{"tenantUrl": "https://a.apartmentiq.io/scim/v2", "token": '],
    ['an array', '[]'],
    ['a missing token', '{"tenantUrl": "https://a.apartmentiq.io/scim/v2"}'],
    [
      'a token that is not a string',
      '{"tenantUrl": "https://a.apartmentiq.io/scim/v2", "token": 42}',
    ],
    [
      'an extra field',
      '{"tenantUrl": "https://a.apartmentiq.io/scim/v2", "token": "abc", "follow": true}',
    ],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('latin1')],
  ])('%s → 400 with a JSON message', async (_name, rawBody) => {
    const result = await site.probe(undefined, { rawBody });
    const refusal = probeRefusal(result, 400);
    expect(refusal.error.code).toBe('bad-request');
    expect(refusal.error.message.length).toBeGreaterThan(10);
  });

  it('names the fields that are wrong, never their values', async () => {
    const secret = makeTestToken();
    const result = await site.probe(undefined, {
      rawBody: JSON.stringify({ tenantUrl: 7, token: secret, [secret]: 1 }),
    });
    const refusal = probeRefusal(result, 400);
    expect(refusal.error.message).toMatch(/"tenantUrl" must be a string/);
    expect(result.text).not.toContain(secret);
  });

  it.each([
    [
      'Sec-Fetch-Site: cross-site',
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
    ],
    [
      'Sec-Fetch-Site: same-site',
      { 'Sec-Fetch-Site': 'same-site', Origin: 'https://other.apartmentiq.io' },
    ],
    ['another Origin (older browser)', { Origin: 'https://evil.example' }],
    ['Origin: null', { Origin: 'null' }],
  ])(
    'a cross-site browser request (%s) → 403, and nothing is contacted',
    async (_name, headers: Record<string, string>) => {
      const response = await fetch(`${site.origin}/api/probe`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ tenantUrl: canary.url, token: TEST_TOKEN }),
      });
      const text = await response.text();
      const refusal = probeRefusal(
        {
          status: response.status,
          headers: response.headers,
          text,
          json: JSON.parse(text) as unknown,
        },
        403,
      );
      expect(refusal.error.code).toBe('cross-site-request');
      expect(canary.requestCount).toBe(0);
    },
  );

  it('a request without Origin or Sec-Fetch-Site (curl, a script) is not a cross-site request', async () => {
    const result = await fetch(`${site.origin}/api/probe`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenantUrl: scim.url, token: TEST_TOKEN }),
    });
    expect(result.status).toBe(200);
    await result.body?.cancel();
  });
});

describe('rate limit', () => {
  it('allows SCIM_PROBE_RATE_LIMIT probes a minute per client, then 429 with Retry-After', async () => {
    const body = { tenantUrl: scim.url, token: TEST_TOKEN };
    probeAnswer(await limited.probe(body));
    probeAnswer(await limited.probe(body));
    const third = await limited.probe(body);
    expect(probeRefusal(third, 429).error.code).toBe('rate-limited');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    // X-Forwarded-For is ignored without SCIM_PROBE_TRUST_PROXY: a claimed address buys nothing.
    probeRefusal(await limited.probe(body, { headers: { 'X-Forwarded-For': '203.0.113.9' } }), 429);
  });

  it('with SCIM_PROBE_TRUST_PROXY=1, counts the address the proxy appended to X-Forwarded-For', async () => {
    const body = { tenantUrl: scim.url, token: TEST_TOKEN };
    probeAnswer(await proxied.probe(body, { headers: { 'X-Forwarded-For': '198.51.100.7' } }));
    probeRefusal(
      await proxied.probe(body, { headers: { 'X-Forwarded-For': '198.51.100.7' } }),
      429,
    );
    // A client-supplied address to the left does not change who is counted.
    probeRefusal(
      await proxied.probe(body, { headers: { 'X-Forwarded-For': '192.0.2.1, 198.51.100.7' } }),
      429,
    );
    probeAnswer(await proxied.probe(body, { headers: { 'X-Forwarded-For': '198.51.100.8' } }));
  });

  it('with SCIM_PROBE_TRUST_PROXY=1, a port on the last entry or a non-address there buys nothing', async () => {
    const body = { tenantUrl: scim.url, token: TEST_TOKEN };
    const from = (forwarded: string) =>
      proxied.probe(body, { headers: { 'X-Forwarded-For': forwarded } });
    // The port some gateways append is stripped: the same client, however the client pads the left.
    probeAnswer(await from('203.0.113.8:51234'));
    probeRefusal(await from('192.0.2.50, 203.0.113.8:40000'), 429);
    probeAnswer(await from('[2001:db8::1]:443'));
    probeRefusal(await from('192.0.2.51, [2001:db8::1]:8443'), 429);
    // Not an address: the socket address counts (127.0.0.1 here), never the claimed entry to the left.
    probeAnswer(await from('192.0.2.60, unknown'));
    probeRefusal(await from('192.0.2.61, unknown'), 429);
    probeRefusal(await from('192.0.2.62, not-an-address'), 429);
  });
});

describe('field checks come first', () => {
  it.each([
    ['an empty token', () => canary.url, ''],
    // A short token is only a warning while ApartmentIQ's token length is unconfirmed; a Bearer prefix is an error.
    ['a token with a Bearer prefix', () => canary.url, `Bearer ${TEST_TOKEN}`],
    ['an http:// Tenant URL', () => canary.url.replace('https://', 'http://'), TEST_TOKEN],
    ['an empty Tenant URL', () => '', TEST_TOKEN],
  ])('%s fails the probe without touching the network', async (_name, url, token) => {
    const answer = await probe(site, url(), token);
    expect(answer.verdict).toBe('fail');
    expect(
      answer.checks.filter((item) => item.status === 'fail').map((item) => item.id),
    ).toHaveLength(1);
    expect(checkOf(answer, 'dns').status).toBe('skip');
    expect(answer.transcript).toEqual([]);
    expect(canary.requestCount).toBe(0);
  });
});

describe('the answer and the log', () => {
  it("sends Entra's requests with the token, and shows it only masked", async () => {
    const token = makeTestToken();
    const server = await startScimServer({ ca, token });
    try {
      const answer = await probe(site, server.url, token);
      expect(answer.verdict).toBe('pass');
      const users = server.requests.find((request) => request.path.startsWith('/scim/v2/Users'));
      expect(users?.headers['authorization']).toBe(`Bearer ${token}`);
      expect(users?.headers['accept']).toBe('application/scim+json');
      expect(decodeURIComponent(users?.path ?? '')).toMatch(
        /^\/scim\/v2\/Users\?filter=userName eq "[0-9a-f-]{36}"$/,
      );
      const groups = server.requests.find((request) => request.path.startsWith('/scim/v2/Groups'));
      expect(decodeURIComponent(groups?.path ?? '')).toMatch(
        /^\/scim\/v2\/Groups\?excludedAttributes=members&filter=displayName eq "[0-9a-f-]{36}"$/,
      );
      const anonymous = server.requests.find(
        (request) =>
          request.path === '/scim/v2/ServiceProviderConfig' && !request.headers['authorization'],
      );
      expect(anonymous).toBeDefined();
      const masked = answer.transcript.find((entry) => entry.checkId === 'users-filter')?.request
        .headers['Authorization'];
      expect(masked).toBe(`Bearer ••••${token.slice(-4)}`);
      expect(JSON.stringify(answer)).not.toContain(token);
      await expect
        .poll(() => site.output())
        .toMatch(
          new RegExp(
            `scim-probe host=127\\.0\\.0\\.1 verdict=pass total=\\d+ms checks=tenant-url:pass:ok .*users-filter:pass:ok:\\d+ms`,
          ),
        );
      expect(site.output()).not.toContain(token);
    } finally {
      await server.close();
    }
  });

  it('says loudly that SCIM_PROBE_ALLOW_PRIVATE is on', () => {
    expect(site.output()).toMatch(/WARNING: SCIM_PROBE_ALLOW_PRIVATE is ON/);
  });
});
