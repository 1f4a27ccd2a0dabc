import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildSupportReport,
  describeTenantUrl,
  reportCodes,
  type SupportReportInput,
} from '~/lib/connection/report';
import type { ProbeResponse } from '~/lib/scim/contract';
import { WITHHELD } from '~/lib/secret/finder';
import { ENCODING_NAMES, encodeToken, leakedRun } from '../../support/encodings';

// Random-looking, as real tokens are: a token spelling out words ("SecretToken") would match the
// report's own words, which the finder compares without case or spaces.
const TOKEN = 'aiqS3cr3tT0k3nq7Wm2Kx90XYZ';

const failingProbe: ProbeResponse = {
  verdict: 'fail',
  host: 'acme.apartmentiq.io',
  checks: [
    { id: 'tenant-url', title: 'Tenant URL', status: 'pass', code: 'ok', message: 'Looks right.' },
    {
      id: 'spc',
      title: 'ServiceProviderConfig',
      status: 'fail',
      code: 'unauthorized',
      message: 'The endpoint refused the Secret Token (HTTP 401).',
      http: { method: 'GET', path: '/scim/v2/ServiceProviderConfig', status: 401, durationMs: 12 },
    },
  ],
  capabilities: {
    patch: true,
    bulk: { supported: false },
    filter: { supported: true },
    changePassword: false,
    sort: false,
    etag: false,
    authenticationSchemes: [{ type: 'oauthbearertoken', name: 'OAuth Bearer Token' }],
  },
  transcript: [
    {
      checkId: 'spc',
      request: {
        method: 'GET',
        url: 'https://acme.apartmentiq.io/scim/v2/ServiceProviderConfig',
        headers: { authorization: 'Bearer ••••0XYZ', accept: 'application/scim+json' },
      },
      // A misbehaving server echoing the token back: the report must still not contain it.
      response: {
        status: 401,
        headers: { 'content-type': 'application/json' },
        body: `{"detail":"bad token ${TOKEN}"}`,
        bodyTruncated: false,
      },
      durationMs: 12,
    },
  ],
  startedAt: '2026-11-28T12:00:00.000Z',
  durationMs: 40,
};

function input(overrides: Partial<SupportReportInput> = {}): SupportReportInput {
  return {
    siteVersion: '1.2.3',
    generatedAt: new Date('2026-11-28T12:34:56Z'),
    context: 'connect',
    tenantUrl: {
      value: 'https://acme.apartmentiq.io/scim/v2/?aadOptscim062020',
      check: {
        ok: true,
        normalized: 'https://acme.apartmentiq.io/scim/v2?aadOptscim062020',
        findings: [
          { code: 'trailing-slash', severity: 'warning', message: 'Remove the slash at the end.' },
        ],
      },
    },
    token: {
      value: `Bearer ${TOKEN}`,
      check: {
        ok: true,
        normalized: TOKEN,
        findings: [{ code: 'bearer-prefix', severity: 'warning', message: 'Remove "Bearer ".' }],
      },
    },
    probe: { kind: 'result', response: failingProbe },
    ...overrides,
  };
}

describe('buildSupportReport', () => {
  const report = buildSupportReport(input());

  it('says which identity provider, in its field names, and no token', () => {
    expect(report).toContain('Identity provider: Microsoft Entra ID');
    expect(report).toContain('\nTenant URL\n');
    const oktaProbe: ProbeResponse = { ...failingProbe, mode: 'okta' };
    delete oktaProbe.capabilities;
    const okta = buildSupportReport(
      input({ idp: 'okta', context: 'prepare', probe: { kind: 'result', response: oktaProbe } }),
    );
    expect(okta).toContain('Identity provider: Okta');
    expect(okta).toContain('Page: Okta › Prepare');
    expect(okta).toContain('\nSCIM connector base URL\n');
    expect(okta).toContain('API token (never included in this report)');
    // Okta's requests never ask for the ServiceProviderConfig: no "not known" line for it.
    expect(okta).not.toContain('Capabilities: not known');
    expect(okta).not.toContain(TOKEN);
  });

  it('names the verdict, every code, the host, the date and the site version', () => {
    expect(report).toContain('Verdict: FAIL');
    expect(report).toContain('Codes: trailing-slash, bearer-prefix, unauthorized');
    expect(report).toContain('Host: acme.apartmentiq.io');
    expect(report).toContain('Date: 2026-11-28T12:34:56.000Z');
    expect(report).toContain('Site version: 1.2.3');
    expect(report).toContain(
      '[fail] spc: unauthorized (GET /scim/v2/ServiceProviderConfig → HTTP 401)',
    );
  });

  it('lists the capabilities with what Entra needs', () => {
    expect(report).toContain('PATCH: Supported (required by Entra)');
    expect(report).toContain('Filter: Supported (required by Entra)');
    expect(report).toContain('Bulk: Not supported\n');
    expect(report).toContain('Authentication schemes: OAuth Bearer Token');
  });

  it('keeps the masked Authorization header and the transcript', () => {
    expect(report).toContain('> authorization: Bearer ••••0XYZ');
    expect(report).toContain('< HTTP 401');
  });

  it('never contains the token, even when a response body echoes it', () => {
    expect(report).not.toContain(TOKEN);
    expect(report).toContain(`< HTTP 401`);
    expect(report).toContain(WITHHELD);
  });

  it('withholds every field where a server let the token through in any encoding (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\w.~+/-]{32,80}$/),
        fc.constantFrom(...ENCODING_NAMES),
        fc.constantFrom('body', 'header', 'message', 'url', 'host'),
        fc.constantFrom('', 'Bearer ', ' '),
        (secret, encoding, place, typedPrefix) => {
          const echo = encodeToken(secret, encoding);
          const entry = failingProbe.transcript[0]!;
          const leaky: ProbeResponse = {
            ...failingProbe,
            host: place === 'host' ? echo : failingProbe.host,
            checks: failingProbe.checks.map((check) =>
              place === 'message' ? { ...check, message: `The endpoint said: "${echo}".` } : check,
            ),
            transcript: [
              {
                ...entry,
                request: {
                  ...entry.request,
                  url: place === 'url' ? `https://a.apartmentiq.io/${echo}` : entry.request.url,
                },
                response: {
                  status: 401,
                  headers: place === 'header' ? { 'www-authenticate': `Bearer ${echo}` } : {},
                  body: place === 'body' ? `{\n  "detail": "${echo}"\n}` : '',
                  bodyTruncated: false,
                },
              },
            ],
          };
          const text = buildSupportReport(
            input({
              token: {
                value: `${typedPrefix}${secret}`,
                check: { ok: true, normalized: secret, findings: [] },
              },
              probe: { kind: 'result', response: leaky },
            }),
          );
          expect(leakedRun(text, secret, encoding)).toBeUndefined();
          expect(text).toContain(WITHHELD);
        },
      ),
    );
  });

  it('redacts an Authorization header the server forgot to mask', () => {
    const leaky: ProbeResponse = {
      ...failingProbe,
      transcript: [
        {
          ...failingProbe.transcript[0]!,
          request: {
            method: 'GET',
            url: 'https://x.io/',
            headers: { Authorization: 'Basic dXNlcjpwYXNz' },
          },
        },
      ],
    };
    const text = buildSupportReport(input({ probe: { kind: 'result', response: leaky } }));
    expect(text).toContain('> Authorization: [redacted]');
    expect(text).not.toContain('dXNlcjpwYXNz');
  });

  it('says when the connection test was not run, and why', () => {
    expect(buildSupportReport(input({ probe: undefined }))).toContain(
      'Verdict: not tested (field checks only)',
    );
    const limited = buildSupportReport(
      input({
        probe: {
          kind: 'route-error',
          code: 'rate-limited',
          message: 'Slow down.',
          status: 429,
          retryAfterSeconds: 30,
        },
      }),
    );
    expect(limited).toContain('Verdict: connection test not run (rate-limited)');
    expect(limited).toContain('Retry after: 30 s');
    expect(limited).toMatch(/Codes: .*rate-limited/);
  });

  it('never contains the token, whatever it is and wherever it was pasted', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9._~+/-]{8,80}$/),
        fc.constantFrom('', 'Bearer ', '"', ' '),
        fc.boolean(),
        (secret, wrapper, pastedInUrlField) => {
          const typed = wrapper === '"' ? `"${secret}"` : `${wrapper}${secret}`;
          const text = buildSupportReport(
            input({
              tenantUrl: pastedInUrlField
                ? {
                    value: secret,
                    check: {
                      ok: false,
                      findings: [{ code: 'not-a-url', severity: 'error', message: 'Not a URL.' }],
                    },
                  }
                : input().tenantUrl,
              token: { value: typed, check: { ok: true, normalized: secret, findings: [] } },
              probe: {
                kind: 'result',
                response: {
                  ...failingProbe,
                  transcript: [{ ...failingProbe.transcript[0]!, error: `echo ${secret}` }],
                },
              },
            }),
          );
          expect(text).not.toContain(secret);
        },
      ),
    );
  });
});

describe('describeTenantUrl', () => {
  const cases: [string, string[]][] = [
    ['', ['Value: (empty)']],
    ['not a url', ['Value: (not a web address, 9 characters; not included)']],
    ['ftp://x.io/scim', ['Value: (not a web address, 15 characters; not included)']],
    [
      'https://acme.apartmentiq.io/scim/v2',
      ['Scheme: https', 'Host: acme.apartmentiq.io', 'Path: /scim/v2'],
    ],
    [
      'https://u:p@acme.apartmentiq.io:8443/scim?aadOptscim062020&x=secret',
      [
        'Scheme: https',
        'Host: acme.apartmentiq.io:8443',
        'Path: /scim',
        'Query parameters: aadOptscim062020, x (values not included)',
        'Credentials in the URL: yes (not included)',
      ],
    ],
  ];
  it.each(cases)('describes %j without secrets', (value, lines) => {
    expect(describeTenantUrl(value)).toEqual(lines);
  });
});

describe('reportCodes, and short tokens', () => {
  it('does not look for a token too short to be a secret (it would shred the report)', () => {
    const text = buildSupportReport(
      input({ token: { value: 'abc', check: { ok: false, findings: [] } } }),
    );
    expect(text).not.toContain(WITHHELD);
    expect(text).toContain('Verdict: FAIL');
  });

  it('collects codes once each and leaves out ok', () => {
    expect(reportCodes(input())).toEqual(['trailing-slash', 'bearer-prefix', 'unauthorized']);
  });
});
