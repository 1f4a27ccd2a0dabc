/**
 * The field checks in Okta's words (src/lib/scim/field-words.ts): the same checks as Entra's, with
 * Okta's field names, and no Entra-only statement left in a message or fix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTenantUrl,
  checkToken,
  ENTRA_FIELD_WORDS,
  OKTA_FIELD_WORDS,
  type CheckResult,
} from '~/lib/scim';

const JWT_EXPIRED =
  'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE2MDAwMDAwMDB9.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl';

/** Inputs that reach most codes of both fields (the code tables live in tenant-url/token tests). */
const URLS = [
  '',
  'hello',
  'Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5',
  '  https://acme.apartmentiq.io/scim/v2\n',
  'https://acme.apartmentiq.io/scim /v2',
  'http://acme.apartmentiq.io/scim/v2',
  'acme.apartmentiq.io/scim/v2',
  'https://admin:pa55@acme.apartmentiq.io/scim/v2',
  'https://acme.apartmentiq.io/scim/v2#top',
  'https://acme.apartmentiq.io/scim/v2/Users',
  'https://acme.apartmentiq.io/scim/v2/',
  'https://acme.apartmentiq.io/scim//v2',
  'https://acme.apartmentiq.io/scim/scim/v2',
  'https://acme.apartmentiq.io/scim/v2?aadOptscim062020',
  'https://acme.apartmentiq.io/scim/v2?x=1',
  'https://acme.example.com/scim/v2',
  'https://10.0.0.1/scim/v2',
  'https://acme.apartmentiq.io:8443/scim/v2',
  'https://localhost/scim/v2',
  'https://yourcompany.apartmentiq.io/scim/v2',
];
const TOKENS = [
  '',
  ' Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5 ',
  'Bearer Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5',
  '"Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5"',
  'https://acme.apartmentiq.io/scim/v2',
  'your-token-here',
  'Zk9xW2pLr7Qe T1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5',
  'Zk9xW2pLr7Qe\u2019T1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5',
  'short',
  'x'.repeat(5000),
  JWT_EXPIRED,
  'aaaa.bbbb.cccc',
];

const ENTRA_ONLY = /Entra|Tenant URL|Secret Token|aadOptscim|Microsoft/;

function texts(result: CheckResult): string[] {
  return result.findings.flatMap((finding) => [finding.message, finding.fix ?? '']);
}

function shape(result: CheckResult) {
  return {
    ok: result.ok,
    normalized: result.normalized,
    findings: result.findings.map((finding) => `${finding.code}:${finding.severity}`),
  };
}

describe('the field checks in Okta’s words', () => {
  it.each(URLS)('base URL %j: the same findings as Entra’s, in Okta’s words', (input) => {
    const entra = checkTenantUrl(input);
    const okta = checkTenantUrl(input, { words: OKTA_FIELD_WORDS });
    if (input.includes('aadOptscim062020')) {
      // Entra's feature flag means nothing to Okta: an ordinary leftover query there.
      expect(shape(entra).findings).toContain('has-query:info');
      expect(shape(okta).findings).toContain('has-query:warning');
    } else {
      expect(shape(okta)).toEqual(shape(entra));
    }
    for (const text of texts(okta)) expect(text).not.toMatch(ENTRA_ONLY);
    if (input !== '' && entra.findings.length > 0)
      expect(texts(okta).join(' ')).toMatch(/SCIM connector base URL|API token|Okta/);
  });

  it.each(TOKENS.map((token) => [token.slice(0, 40), token]))(
    'token %j: the same findings as Entra’s, in Okta’s words',
    (_label, input) => {
      const now = new Date('2026-12-01T00:00:00Z');
      const entra = checkToken(input, { now });
      const okta = checkToken(input, { now, words: OKTA_FIELD_WORDS });
      expect(shape(okta)).toEqual(shape(entra));
      for (const text of texts(okta)) expect(text).not.toMatch(ENTRA_ONLY);
    },
  );

  it('names Okta’s fields and keeps the Bearer advice true for Okta', () => {
    const bearer = checkToken('Bearer Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5', {
      words: OKTA_FIELD_WORDS,
    });
    expect(bearer.findings[0]?.message).toMatch(/^The API token starts with "Bearer"\./);
    expect(bearer.findings[0]?.message).toContain('Authorization field');
    expect(checkTenantUrl('', { words: OKTA_FIELD_WORDS }).findings[0]?.message).toBe(
      'The SCIM connector base URL field is empty.',
    );
  });

  it('leaves Entra’s words exactly as they were (the default)', () => {
    for (const input of URLS)
      expect(checkTenantUrl(input, { words: ENTRA_FIELD_WORDS })).toEqual(checkTenantUrl(input));
    expect(checkToken('Bearer abc', { words: ENTRA_FIELD_WORDS })).toEqual(
      checkToken('Bearer abc'),
    );
  });

  it('says nothing Entra-only for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (url, token) => {
        const all = [
          ...texts(checkTenantUrl(url, { words: OKTA_FIELD_WORDS })),
          ...texts(checkToken(token, { words: OKTA_FIELD_WORDS })),
          ...texts(
            checkTenantUrl(`https://acme.apartmentiq.io/${url}`, { words: OKTA_FIELD_WORDS }),
          ),
        ];
        return all.every((text) => !ENTRA_ONLY.test(text));
      }),
      { numRuns: 300 },
    );
  });
});
