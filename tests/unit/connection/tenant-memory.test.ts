import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  initialTenantUrl,
  judgeLinkTenant,
  linkFinding,
  MAX_REMEMBERED_LENGTH,
  tenantUrlToRemember,
} from '~/lib/connection/tenant-memory';
import { buildCustomerLink } from '~/lib/csm/link';
import { OKTA_FIELD_WORDS } from '~/lib/scim/field-words';

const LINK = 'https://acme.apartmentiq.io/scim/v2';
const REMEMBERED = 'https://old.apartmentiq.io/scim/v2';

describe('initialTenantUrl', () => {
  const cases: [string, string, string | null, string][] = [
    ['nothing', '', null, ''],
    ['only the remembered value', '', REMEMBERED, REMEMBERED],
    ['only the link', `?tenant=${encodeURIComponent(LINK)}`, null, LINK],
    ['the link over the remembered value', `?tenant=${encodeURIComponent(LINK)}`, REMEMBERED, LINK],
    ['an empty tenant parameter', '?tenant=', REMEMBERED, REMEMBERED],
    ['a token parameter, which is never read', '?token=abcdefgh12345678&secret=zzz', null, ''],
    [
      'a token parameter next to the tenant',
      `?token=abc&tenant=${encodeURIComponent(LINK)}`,
      null,
      LINK,
    ],
    [
      'an absurdly long link',
      `?tenant=${'a'.repeat(MAX_REMEMBERED_LENGTH + 1)}`,
      REMEMBERED,
      REMEMBERED,
    ],
  ];
  it.each(cases)('starts from %s', (_label, search, remembered, expected) => {
    expect(initialTenantUrl(search, remembered).value).toBe(expected);
  });

  it('never returns the value of a token or secret parameter', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{8,40}$/),
        fc.constantFrom('token', 'secret', 'Token'),
        (value, name) => {
          expect(initialTenantUrl(`?${name}=${value}`, null).value).toBe('');
        },
      ),
    );
  });
});

describe('tenantUrlToRemember', () => {
  const token = 'abcdEFGH1234ijklMNOP';
  const cases: [string, string, string | null][] = [
    ['a Tenant URL', LINK, LINK],
    [
      'an http URL (the field check flags it; still the admin’s URL)',
      'http://acme.apartmentiq.io/scim/v2',
      'http://acme.apartmentiq.io/scim/v2',
    ],
    ['an empty field', '   ', null],
    ['the token pasted into the wrong field', token, null],
    ['a bearer header pasted into the wrong field', `Bearer ${token}`, null],
    ['a URL with a password', 'https://user:pw@acme.apartmentiq.io/scim/v2', null],
    ['a URL carrying the token', `https://acme.apartmentiq.io/scim/v2?t=${token}`, null],
    ['a URL that does not parse', 'https://', null],
    ['something too long', `https://a.io/${'x'.repeat(MAX_REMEMBERED_LENGTH)}`, null],
  ];
  it.each(cases)('for %s', (_label, value, expected) => {
    expect(tenantUrlToRemember(value, `Bearer "${token}"`)).toBe(expected);
  });

  it('never keeps a value that contains the token', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9._-]{16,64}$/),
        fc.string(),
        fc.string(),
        (secret, before, after) => {
          expect(
            tenantUrlToRemember(`https://a.apartmentiq.io/${before}${secret}${after}`, secret),
          ).toBeNull();
        },
      ),
    );
  });
});

describe('?tenant= from a link (issue 12, item 5)', () => {
  const TOKEN = 'Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5';
  const cases: Array<[string, string, 'trusted' | 'untrusted' | 'token']> = [
    ['an ApartmentIQ Tenant URL', LINK, 'trusted'],
    ['with Entra’s feature flag', `${LINK}?aadOptscim062020`, 'trusted'],
    ['a look-alike host', 'https://acme.apartmentiq.io.evil.example/scim/v2', 'untrusted'],
    ['another domain', 'https://apartmentiq-login.com/scim/v2', 'untrusted'],
    ['the bare domain', 'https://apartmentiq.io/scim/v2', 'untrusted'],
    ['http://', 'http://acme.apartmentiq.io/scim/v2', 'untrusted'],
    ['a user name in front', 'https://acme.apartmentiq.io@evil.example/scim/v2', 'untrusted'],
    ['credentials', 'https://u:p@acme.apartmentiq.io/scim/v2', 'untrusted'],
    ['not a URL', 'acme', 'untrusted'],
    ['a token in the query', `${LINK}?t=${TOKEN}`, 'token'],
    ['a token as a query name', `${LINK}?${TOKEN}`, 'token'],
    ['a token in the fragment', `${LINK}#${TOKEN}`, 'token'],
    ['a percent-encoded token', `${LINK}?x=${encodeURIComponent(`Bearer ${TOKEN}`)}`, 'token'],
    ['a token as a host label', `https://${TOKEN}.evil.example/`, 'token'],
    ['the token itself', TOKEN, 'token'],
    ['a Bearer header', `Bearer ${TOKEN}`, 'token'],
  ];
  it.each(cases)('%s → %s', (_label, value, kind) => {
    expect(judgeLinkTenant(value).kind).toBe(kind);
    const start = initialTenantUrl(`?tenant=${encodeURIComponent(value)}`, REMEMBERED);
    expect(start.value).toBe(kind === 'trusted' ? value : REMEMBERED);
    const finding = linkFinding(start.link);
    if (kind === 'trusted') expect(finding).toBeUndefined();
    else {
      expect(finding).toMatchObject({
        code: kind === 'token' ? 'token-in-link' : 'untrusted-link',
        severity: 'error',
      });
      // Never echoed: the notice names a host at most, never the token or the value.
      expect(finding?.message).not.toContain(TOKEN.slice(0, 8));
      if (kind === 'untrusted') expect(finding?.message).toMatch(/did not come from ApartmentIQ/);
    }
  });

  it('speaks the Okta track’s words on the Okta track', () => {
    const untrusted = linkFinding(
      initialTenantUrl('?tenant=https://evil.example/scim/v2', null).link,
      OKTA_FIELD_WORDS,
    );
    expect(untrusted?.message).toContain('a SCIM connector base URL on evil.example');
    expect(untrusted?.fix).toContain('SCIM connector base URL');
    const token = linkFinding(
      initialTenantUrl(`?tenant=${encodeURIComponent(TOKEN)}`, null).link,
      OKTA_FIELD_WORDS,
    );
    expect(token?.message).toContain('what looks like your API token');
    for (const finding of [untrusted, token]) {
      expect(`${finding?.message ?? ''} ${finding?.fix ?? ''}`).not.toMatch(
        /Tenant URL|Secret Token/,
      );
    }
  });

  it('shows the host of an untrusted link, nothing else of it', () => {
    const start = initialTenantUrl('?tenant=https://evil.example/scim/v2?x=1', null);
    expect(linkFinding(start.link)?.message).toContain('evil.example');
    expect(linkFinding(start.link)?.message).not.toContain('/scim/v2');
  });

  it('every link the CSM builder makes is trusted by the guide (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        fc.constantFrom('/scim/v2', '/scim', '/api/scim/v2', ''),
        (label, path) => {
          const built = buildCustomerLink({
            tenantUrl: `https://${label}.apartmentiq.io${path}`,
            guideOrigin: 'https://guide.apartmentiq.io',
          });
          if (!built.ok) return;
          const start = initialTenantUrl(new URL(built.link).search, null);
          expect(start.link.kind).toBe('trusted');
          expect(start.value).toBe(built.tenantUrl);
        },
      ),
    );
  });

  it('the CSM builder refuses a host the guide would not trust', () => {
    const built = buildCustomerLink({
      tenantUrl: 'https://scim.northwind-hr.net/scim/v2',
      guideOrigin: 'https://guide.apartmentiq.io',
    });
    expect(built).toMatchObject({ ok: false, reason: 'tenant-url-not-apartmentiq' });
  });
});
