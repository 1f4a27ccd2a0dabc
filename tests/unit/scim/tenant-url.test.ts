import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TENANT_URL_CODES,
  checkTenantUrl,
  hostMatchesPattern,
  looksLikeSecretToken,
  type CheckResult,
  type TenantUrlCode,
} from '~/lib/scim';

const GOOD = 'https://acme.apartmentiq.io/scim/v2';

function codes(result: CheckResult): string[] {
  return result.findings.map((f) => f.code);
}

function severityOf(result: CheckResult, code: string): string | undefined {
  return result.findings.find((f) => f.code === code)?.severity;
}

/** Each code: an input that yields it (with the severity it must have) and a near miss that must not. */
const cases: {
  code: TenantUrlCode;
  yields: string;
  severity: 'error' | 'warning' | 'info';
  nearMiss: string;
}[] = [
  { code: 'empty', yields: '', severity: 'error', nearMiss: 'h' },
  { code: 'empty', yields: ' \t\n ', severity: 'error', nearMiss: GOOD },
  { code: 'not-a-url', yields: 'hello', severity: 'error', nearMiss: 'acme.apartmentiq.io' },
  {
    code: 'not-a-url',
    yields: 'Bearer abcdefghijklmnopqrstu12345',
    severity: 'error',
    nearMiss: 'https://bearer.apartmentiq.io/scim',
  },
  { code: 'whitespace', yields: `  ${GOOD}\n`, severity: 'warning', nearMiss: GOOD },
  {
    code: 'whitespace',
    yields: 'https://acme.apartmentiq.io/scim /v2',
    severity: 'error',
    nearMiss: 'https://acme.apartmentiq.io/scim%20/v2',
  },
  {
    code: 'not-https',
    yields: 'http://acme.apartmentiq.io/scim/v2',
    severity: 'error',
    nearMiss: 'https://http.apartmentiq.io/scim/v2',
  },
  {
    code: 'not-https',
    yields: 'acme.apartmentiq.io/scim/v2',
    severity: 'error',
    nearMiss: 'HTTPS://acme.apartmentiq.io/scim/v2',
  },
  {
    code: 'has-credentials',
    yields: 'https://admin:pa55@acme.apartmentiq.io/scim/v2',
    severity: 'error',
    nearMiss: 'https://acme.apartmentiq.io/scim/v2/admin',
  },
  {
    code: 'has-fragment',
    yields: `${GOOD}#users`,
    severity: 'error',
    nearMiss: `${GOOD}?aadOptscim062020`,
  },
  {
    code: 'resource-path',
    yields: `${GOOD}/Users`,
    severity: 'error',
    nearMiss: `${GOOD}/UsersApi`,
  },
  {
    code: 'resource-path',
    yields: `${GOOD}/users/2819c223-7f76`,
    severity: 'error',
    nearMiss: 'https://acme.apartmentiq.io/users-api/scim/v2',
  },
  {
    code: 'resource-path',
    yields: `${GOOD}/ServiceProviderConfig`,
    severity: 'error',
    nearMiss: 'https://acme.apartmentiq.io/scim/v2/tenant',
  },
  { code: 'trailing-slash', yields: `${GOOD}/`, severity: 'warning', nearMiss: GOOD },
  {
    code: 'duplicate-slashes',
    yields: 'https://acme.apartmentiq.io/scim//v2',
    severity: 'warning',
    nearMiss: 'https://acme.apartmentiq.io/scim/v2/',
  },
  {
    code: 'doubled-scim-segment',
    yields: 'https://acme.apartmentiq.io/scim/scim/v2',
    severity: 'warning',
    nearMiss: 'https://acme.apartmentiq.io/scim/v2/scim',
  },
  { code: 'has-query', yields: `${GOOD}?aadOptscim062020`, severity: 'info', nearMiss: GOOD },
  { code: 'has-query', yields: `${GOOD}?tenant=acme`, severity: 'warning', nearMiss: `${GOOD}#` },
  {
    code: 'unexpected-host',
    yields: 'https://scim.acme-corp.com/scim/v2',
    severity: 'warning',
    nearMiss: 'https://eu.acme.apartmentiq.io/scim/v2',
  },
  {
    code: 'unexpected-host',
    yields: 'https://apartmentiq.io/scim/v2',
    severity: 'warning',
    nearMiss: 'https://x.apartmentiq.io/scim/v2',
  },
  {
    code: 'ip-address-host',
    yields: 'https://203.0.113.7/scim/v2',
    severity: 'warning',
    nearMiss: 'https://203-0-113-7.apartmentiq.io/scim/v2',
  },
  {
    code: 'ip-address-host',
    yields: 'https://[2001:db8::1]/scim/v2',
    severity: 'warning',
    nearMiss: GOOD,
  },
  {
    code: 'non-default-port',
    yields: 'https://acme.apartmentiq.io:8443/scim/v2',
    severity: 'warning',
    nearMiss: 'https://acme.apartmentiq.io:443/scim/v2',
  },
  {
    code: 'localhost',
    yields: 'https://localhost:3000/scim/v2',
    severity: 'warning',
    nearMiss: 'https://localhost-api.apartmentiq.io/scim/v2',
  },
  {
    code: 'localhost',
    yields: 'https://127.0.0.1/scim',
    severity: 'warning',
    nearMiss: 'https://128.0.0.1/scim',
  },
  {
    code: 'placeholder',
    yields: 'https://<tenant>.apartmentiq.io/scim/v2',
    severity: 'error',
    nearMiss: 'https://tenant.apartmentiq.io/scim/v2',
  },
  {
    code: 'placeholder',
    yields: 'https://{tenant}.apartmentiq.io/scim/v2',
    severity: 'error',
    nearMiss: 'https://acme-example-homes.apartmentiq.io/scim/v2',
  },
  {
    code: 'placeholder',
    yields: 'https://api.example.com/scim',
    severity: 'error',
    nearMiss: 'https://api.examples-r-us.com/scim',
  },
  {
    code: 'placeholder',
    yields: 'https://yourcompany.apartmentiq.io/scim/v2',
    severity: 'error',
    nearMiss: 'https://yorkcompany.apartmentiq.io/scim/v2',
  },
];

describe('checkTenantUrl: every code', () => {
  it('covers every Tenant URL code in the table', () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(TENANT_URL_CODES));
  });

  it.each(cases)('$code: yields it for $yields', ({ code, yields, severity }) => {
    const result = checkTenantUrl(yields);
    expect(codes(result)).toContain(code);
    expect(severityOf(result, code)).toBe(severity);
    expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
  });

  it.each(cases)('$code: not for the near miss $nearMiss', ({ code, nearMiss }) => {
    expect(codes(checkTenantUrl(nearMiss))).not.toContain(code);
  });
});

describe('checkTenantUrl: results', () => {
  it('accepts a correct ApartmentIQ Tenant URL without findings', () => {
    expect(checkTenantUrl(GOOD)).toEqual({ ok: true, normalized: GOOD, findings: [] });
  });

  const normalizations: [string, string][] = [
    [`  ${GOOD}/  `, GOOD],
    [`${GOOD}/Users`, GOOD],
    [`${GOOD}/Users/`, GOOD],
    [`${GOOD}/USERS/abc-123`, GOOD],
    [`${GOOD}/Users/123/Groups`, GOOD],
    [`${GOOD}/Users?filter=userName%20eq%20%22a%22`, GOOD],
    [`${GOOD}/Users?aadOptscim062020`, `${GOOD}?aadOptscim062020`],
    ['http://acme.apartmentiq.io/scim/v2', GOOD],
    ['acme.apartmentiq.io/scim/v2/', GOOD],
    ['https:/acme.apartmentiq.io/scim/v2', GOOD],
    ['https://ACME.ApartmentIQ.io/scim/v2', 'https://acme.apartmentiq.io/scim/v2'],
    ['https://acme.apartmentiq.io/scim//v2/', GOOD],
    ['https://acme.apartmentiq.io:443/scim/v2', GOOD],
    ['https://u:p@acme.apartmentiq.io/scim/v2#frag', GOOD],
    [`${GOOD}?`, GOOD],
    ['https://acme.apartmentiq.io/', 'https://acme.apartmentiq.io'],
    ['https://acme.apartmentiq.io/Users', 'https://acme.apartmentiq.io'],
  ];
  it.each(normalizations)('normalizes %s to %s', (input, expected) => {
    expect(checkTenantUrl(input).normalized).toBe(expected);
  });

  it('offers no value to paste when a person has to decide', () => {
    for (const input of [
      'https://<tenant>.apartmentiq.io/scim',
      'https://acme.apartmentiq.io/sc im',
      'ftp://acme.apartmentiq.io/scim',
      'hello',
      'Bearer abcdefghijklmnop1234',
    ]) {
      expect(checkTenantUrl(input).normalized).toBeUndefined();
    }
  });

  it('names the resource it removed, and the expected host pattern', () => {
    expect(checkTenantUrl(`${GOOD}/Groups`).findings[0]?.message).toMatch(/\/Groups/);
    const host = checkTenantUrl('https://scim.acme-corp.com/scim/v2').findings.find(
      (f) => f.code === 'unexpected-host',
    );
    expect(host?.message).toMatch(/\*\.apartmentiq\.io/);
    expect(host?.message).not.toMatch(/acme-corp/);
  });

  it('explains the aadOptscim062020 feature flag', () => {
    const finding = checkTenantUrl(`${GOOD}?aadOptscim062020`).findings.find(
      (f) => f.code === 'has-query',
    );
    expect(finding?.message).toMatch(/PATCH/);
  });

  it('names the inner whitespace and its position', () => {
    const finding = checkTenantUrl('https://acme.apartmentiq.io/scim\u00a0/v2').findings.find(
      (f) => f.code === 'whitespace',
    );
    expect(finding?.message).toContain('U+00A0 no-break space at position 33');
  });

  it('says that a token was pasted into the Tenant URL field, without echoing it', () => {
    const tokens = [
      'Bearer 9f8e7d6c5b4a39281706abcdefABCDEF',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl',
      'aiq_Zx81LqP0vR5mN2kT7wYb3Hs9',
      '0123456789abcdef0123456789abcdef0123',
    ];
    for (const token of tokens) {
      const result = checkTenantUrl(token);
      expect(codes(result)).toEqual(['not-a-url']);
      expect(result.findings[0]?.message).toMatch(/looks like the Secret Token/);
      const texts = result.findings.map((f) => `${f.message} ${f.fix ?? ''}`).join(' ');
      expect(texts).not.toContain(token.replace(/^Bearer /, ''));
    }
  });

  it('never treats the Tenant URL as error on host alone', () => {
    for (const input of [
      'https://10.0.0.5:8443/scim',
      'https://localhost/scim',
      'https://scim.other.example.org/scim',
    ]) {
      const hostFindings = checkTenantUrl(input).findings.filter((f) =>
        ['unexpected-host', 'ip-address-host', 'non-default-port', 'localhost'].includes(f.code),
      );
      expect(hostFindings.length).toBeGreaterThan(0);
      for (const f of hostFindings) expect(f.severity).toBe('warning');
    }
  });
});

describe('looksLikeSecretToken and host patterns', () => {
  it.each([
    ['Bearer abc.def', true],
    ['bearer   x', true],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig', true],
    ['Zx81LqP0vR5mN2kT7wYb3Hs9', true],
    ['0123456789abcdef0123456789abcdef', true],
    ['https://acme.apartmentiq.io/scim/v2', false],
    ['acme.apartmentiq.io/scim/v2', false],
    ['scim/v2/ServiceProviderConfig2', false],
    ['/scim/v2/Users/AbC123defGhi', false],
    ['short1A', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(looksLikeSecretToken(input)).toBe(expected);
  });

  it.each([
    ['a.apartmentiq.io', '*.apartmentiq.io', true],
    ['a.b.apartmentiq.io', '*.apartmentiq.io', true],
    ['apartmentiq.io', '*.apartmentiq.io', false],
    ['evilapartmentiq.io', '*.apartmentiq.io', false],
    ['apartmentiq.io.evil.com', '*.apartmentiq.io', false],
    ['identity.apartmentiq.io', 'identity.apartmentiq.io', true],
    ['x.identity.apartmentiq.io', 'identity.apartmentiq.io', false],
  ])('%s matches %s: %s', (host, pattern, expected) => {
    expect(hostMatchesPattern(host, pattern)).toBe(expected);
  });
});

/** Tenant-URL-like strings built from the pieces admins actually get wrong. */
const urlLike = fc
  .record({
    scheme: fc.constantFrom('https://', 'http://', 'HTTPS://', '', 'https:/', 'ftp://'),
    credentials: fc.constantFrom('', 'user:pass@', 'user@'),
    host: fc.oneof(
      fc.constantFrom(
        'acme.apartmentiq.io',
        'localhost',
        '127.0.0.1',
        '[::1]',
        '10.1.2.3',
        'scim.example.org',
        'Acme.ApartmentIQ.io',
        'xn--bcher-kva.example',
        'a.b',
      ),
      fc.domain(),
    ),
    port: fc.constantFrom('', ':443', ':8443', ':80'),
    path: fc.array(
      fc.constantFrom(
        'scim',
        'v2',
        'Users',
        'groups',
        'abc-123',
        '',
        'ServiceProviderConfig',
        'Me',
        '%2F',
        '..',
        '.',
      ),
      { maxLength: 6 },
    ),
    trailing: fc.constantFrom('', '/', '//'),
    query: fc.constantFrom(
      '',
      '?',
      '?aadOptscim062020',
      '?aadOptscim062020&x=1',
      '?filter=userName eq "x"',
      '?a={b}',
    ),
    fragment: fc.constantFrom('', '#', '#top'),
    outer: fc.constantFrom('', ' ', '\n', '\u200b', '\t '),
  })
  .map(
    ({ scheme, credentials, host, port, path, trailing, query, fragment, outer }) =>
      `${outer}${scheme}${credentials}${host}${port}${path.length ? '/' : ''}${path.join('/')}${trailing}${query}${fragment}${outer}`,
  );

describe('checkTenantUrl: properties', () => {
  const anyInput = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    urlLike,
  );

  it('never throws, and ok is false exactly when there is an error finding', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = checkTenantUrl(input);
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
        for (const f of result.findings) {
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.fix?.length ?? 0).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on normalized: checking it again gives no error and the same value', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { normalized } = checkTenantUrl(input);
        if (normalized === undefined) return;
        const again = checkTenantUrl(normalized);
        expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(again.normalized).toBe(normalized);
      }),
      { numRuns: 3000 },
    );
  });

  it('never puts a token in a message or fix, wherever in the Tenant URL field it was pasted', () => {
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/'.split('');
    const places = [
      (t: string) => t,
      (t: string) => `Bearer ${t}`,
      (t: string) => `https://${t}/scim`,
      (t: string) => `https://acme.apartmentiq.io/scim?token=${t}`,
      (t: string) => `https://admin:${t}@acme.apartmentiq.io/scim`,
      (t: string) => `https://acme.apartmentiq.io/scim#${t}`,
    ];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...B64), minLength: 16, maxLength: 200 }),
        fc.constantFrom(...places),
        (token, place) => {
          fc.pre(/[0-9]/.test(token) && /[a-z]/i.test(token));
          for (const f of checkTenantUrl(place(token)).findings) {
            for (const text of [f.message, f.fix ?? '']) {
              expect(text).not.toContain(token);
              expect(text.toLowerCase()).not.toContain(token.toLowerCase());
            }
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('survives huge and broken input', () => {
    const huge = `https://acme.apartmentiq.io/${'a/'.repeat(200_000)}`;
    expect(checkTenantUrl(huge).ok).toBe(true);
    expect(() => checkTenantUrl('\ud800'.repeat(100_000))).not.toThrow();
    expect(() =>
      checkTenantUrl(`https://acme.apartmentiq.io/${'\udfff\ud83d'.repeat(10_000)}`),
    ).not.toThrow();
    expect(checkTenantUrl('x'.repeat(1_000_000)).ok).toBe(false);
    // Inputs that make backtracking regular expressions quadratic: these would hang, not fail.
    expect(checkTenantUrl(`x${' '.repeat(300_000)}x`).ok).toBe(false);
    expect(checkTenantUrl('['.repeat(300_000)).ok).toBe(false);
    expect(checkTenantUrl(`https://a.apartmentiq.io/${'[tenant'.repeat(50_000)}`).ok).toBe(true);
    expect(checkTenantUrl(`https://a.apartmentiq.io/${'[tenant'.repeat(50_000)}]`).ok).toBe(false);
    expect(checkTenantUrl(`${'a.'.repeat(100_000)}io`).ok).toBe(false);
  });
});
