import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  initialTenantUrl,
  MAX_REMEMBERED_LENGTH,
  tenantUrlToRemember,
} from '~/lib/connection/tenant-memory';

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
    expect(initialTenantUrl(search, remembered)).toBe(expected);
  });

  it('never returns the value of a token or secret parameter', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{8,40}$/),
        fc.constantFrom('token', 'secret', 'Token'),
        (value, name) => {
          expect(initialTenantUrl(`?${name}=${value}`, null)).toBe('');
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
