import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_LINK_PATH,
  CUSTOMER_NAME_MAX_LENGTH,
  OKTA_CUSTOMER_LINK_PATH,
  TENANT_QUERY_PARAMETER,
  buildCustomerLink,
  cleanCustomerName,
  mailtoHref,
} from '~/lib/csm/link';
import { looksLikeSecretToken } from '~/lib/scim';

const ORIGIN = 'https://guide.example.test';
const GOOD_URL = 'https://acme.apartmentiq.io/scim/v2';
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFjbWUifQ.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const OPAQUE_TOKEN = 'Zk9xW2pLr7QeT1uVb8NcYd3HsA6gJm4P0oIiEaFyKt5';

describe('buildCustomerLink: refusals', () => {
  const refused: [
    label: string,
    input: { tenantUrl: string; customerName?: string },
    field: string,
    reason: string,
  ][] = [
    ['an empty Tenant URL', { tenantUrl: '' }, 'tenantUrl', 'tenant-url-invalid'],
    ['text that is not a URL', { tenantUrl: 'acme scim' }, 'tenantUrl', 'tenant-url-invalid'],
    [
      'an http:// Tenant URL',
      { tenantUrl: 'http://acme.apartmentiq.io/scim/v2' },
      'tenantUrl',
      'tenant-url-invalid',
    ],
    [
      'a placeholder Tenant URL',
      { tenantUrl: 'https://yourcompany.apartmentiq.io/scim/v2' },
      'tenantUrl',
      'tenant-url-invalid',
    ],
    [
      'a JWT in the Tenant URL field',
      { tenantUrl: JWT },
      'tenantUrl',
      'tenant-url-looks-like-token',
    ],
    [
      'an opaque token in the Tenant URL field',
      { tenantUrl: OPAQUE_TOKEN },
      'tenantUrl',
      'tenant-url-looks-like-token',
    ],
    [
      'a token with its Bearer prefix',
      { tenantUrl: `Bearer ${OPAQUE_TOKEN}` },
      'tenantUrl',
      'tenant-url-looks-like-token',
    ],
    [
      'a token as the customer name',
      { tenantUrl: GOOD_URL, customerName: OPAQUE_TOKEN },
      'customerName',
      'customer-name-looks-like-token',
    ],
    [
      'a very long customer name',
      { tenantUrl: GOOD_URL, customerName: 'Acme '.repeat(40) },
      'customerName',
      'customer-name-too-long',
    ],
  ];
  it.each(refused)('refuses %s', (_label, input, field, reason) => {
    const result = buildCustomerLink({ ...input, guideOrigin: ORIGIN });
    expect(result).toMatchObject({ ok: false, field, reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
  });

  it.each([JWT, OPAQUE_TOKEN])('says why a token is refused and never repeats it', (token) => {
    const result = buildCustomerLink({ tenantUrl: token, guideOrigin: ORIGIN });
    expect(result.ok).toBe(false);
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain(token);
    expect(serialized).not.toContain(token.slice(0, 12));
    if (!result.ok)
      expect(result.message).toMatch(/looks like a Secret Token.*separate secure channel/);
  });

  it('explains what is wrong with a bad Tenant URL', () => {
    const result = buildCustomerLink({
      tenantUrl: 'http://acme.apartmentiq.io/scim/v2',
      guideOrigin: ORIGIN,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(
        result.findings.some(
          (finding) => finding.code === 'not-https' && finding.severity === 'error',
        ),
      ).toBe(true);
      expect(result.message).toMatch(/^The Tenant URL cannot go into a link yet\. \S/);
    }
  });

  it('refuses when the guide origin is not a URL', () => {
    expect(buildCustomerLink({ tenantUrl: GOOD_URL, guideOrigin: 'not an origin' })).toMatchObject({
      ok: false,
      reason: 'bad-origin',
    });
  });
});

describe('buildCustomerLink: a customer on Okta', () => {
  it('links into the Okta track, with the same checks and refusals', () => {
    const result = buildCustomerLink({
      tenantUrl: GOOD_URL,
      customerName: 'Acme Living',
      guideOrigin: ORIGIN,
      track: 'okta',
    });
    if (!result.ok) throw new Error(result.message);
    const link = new URL(result.link);
    expect(OKTA_CUSTOMER_LINK_PATH).toBe('/okta/prepare/');
    expect(link.pathname).toBe(OKTA_CUSTOMER_LINK_PATH);
    expect(link.searchParams.get(TENANT_QUERY_PARAMETER)).toBe(GOOD_URL);
    expect(
      buildCustomerLink({ tenantUrl: OPAQUE_TOKEN, guideOrigin: ORIGIN, track: 'okta' }),
    ).toMatchObject({ ok: false, reason: 'tenant-url-looks-like-token' });
  });

  it('writes the email in Okta’s and ApartmentIQ’s words, never with the token', () => {
    const result = buildCustomerLink({ tenantUrl: GOOD_URL, guideOrigin: ORIGIN, track: 'okta' });
    if (!result.ok) throw new Error(result.message);
    expect(result.email.subject).toBe('Set up ApartmentIQ user provisioning (SCIM) with Okta');
    expect(result.email.body).toContain(`SCIM connector base URL"): ${GOOD_URL}`);
    expect(result.email.body).toMatch(/API Token is not in this email.*secure channel/);
    expect(result.email.body).toContain('SAML SSO with Okta');
    expect(result.email.body).not.toMatch(/Entra|Secret Token|Tenant URL/);
  });

  it('still links Entra customers to the Entra track by default', () => {
    const result = buildCustomerLink({ tenantUrl: GOOD_URL, guideOrigin: ORIGIN });
    expect(result.ok && new URL(result.link).pathname).toBe(CUSTOMER_LINK_PATH);
    expect(result.ok && result.email.body).not.toContain('Okta');
  });
});

describe('buildCustomerLink: the link and the email', () => {
  it('links to Prepare with the Tenant URL in ?tenant=', () => {
    const result = buildCustomerLink({ tenantUrl: GOOD_URL, guideOrigin: ORIGIN });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const link = new URL(result.link);
    expect(link.origin).toBe(ORIGIN);
    expect(link.pathname).toBe(CUSTOMER_LINK_PATH);
    expect([...link.searchParams.keys()]).toEqual([TENANT_QUERY_PARAMETER]);
    expect(link.searchParams.get(TENANT_QUERY_PARAMETER)).toBe(result.tenantUrl);
    expect(result.tenantUrl).toMatch(/^https:\/\/acme\.apartmentiq\.io\/scim\/v2\/?$/);
  });

  it('keeps a query flag inside the tenant parameter, encoded', () => {
    const result = buildCustomerLink({
      tenantUrl: `${GOOD_URL}?aadOptscim062020`,
      guideOrigin: ORIGIN,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const link = new URL(result.link);
    expect(link.search).toBe(`?tenant=${encodeURIComponent(`${GOOD_URL}?aadOptscim062020`)}`);
    expect([...link.searchParams.keys()]).toEqual([TENANT_QUERY_PARAMETER]);
    expect(link.searchParams.get(TENANT_QUERY_PARAMETER)).toBe(`${GOOD_URL}?aadOptscim062020`);
    // The library's note about the flag is passed on, not treated as a blocker.
    expect(result.findings.map((finding) => finding.code)).toContain('has-query');
  });

  it('writes an email with the link, the Tenant URL and the separate-channel promise for the token', () => {
    const result = buildCustomerLink({
      tenantUrl: GOOD_URL,
      customerName: 'Acme Living',
      guideOrigin: ORIGIN,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.email.subject).toBe(
      'Acme Living: set up ApartmentIQ user provisioning (SCIM) with Microsoft Entra ID',
    );
    expect(result.email.body).toContain(result.link);
    expect(result.email.body).toContain(`Your Tenant URL: ${result.tenantUrl}`);
    expect(result.email.body).toMatch(
      /Secret Token is not in this email.*separately through a secure channel/,
    );
    expect(result.email.body).toContain('for Acme Living');
  });

  it('writes a neutral subject without a customer name', () => {
    const result = buildCustomerLink({
      tenantUrl: GOOD_URL,
      customerName: '   ',
      guideOrigin: ORIGIN,
    });
    expect(result.ok && result.email.subject).toBe(
      'Set up ApartmentIQ user provisioning (SCIM) with Microsoft Entra ID',
    );
  });

  it('accepts a name of exactly the maximum length', () => {
    const name = 'A'.repeat(CUSTOMER_NAME_MAX_LENGTH - 5) + ' Corp';
    expect(name.length).toBe(CUSTOMER_NAME_MAX_LENGTH);
    const result = buildCustomerLink({
      tenantUrl: GOOD_URL,
      customerName: name,
      guideOrigin: ORIGIN,
    });
    expect(result.ok && result.email.subject.startsWith(`${name}: `)).toBe(true);
  });

  it('builds a mailto: link that carries subject and body', () => {
    const href = mailtoHref({ subject: 'A & B', body: 'line 1\nline 2' });
    expect(href).toBe('mailto:?subject=A%20%26%20B&body=line%201%0Aline%202');
  });
});

describe('cleanCustomerName', () => {
  it.each([
    ['  Acme  Living ', 'Acme Living'],
    ['Acme\r\nBcc: attacker@example.test', 'Acme Bcc: attacker@example.test'],
    ['Tab\there', 'Tab here'],
    ['Line\u2028separator', 'Line separator'],
    ['', ''],
  ])('%j becomes %j', (input, cleaned) => {
    expect(cleanCustomerName(input)).toBe(cleaned);
  });
});

describe('buildCustomerLink: properties', () => {
  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        (tenantUrl, customerName) => {
          const result = buildCustomerLink({
            tenantUrl,
            guideOrigin: ORIGIN,
            ...(customerName === undefined ? {} : { customerName }),
          });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });

  it('never builds a link from a value that looks like a token, and never repeats it', () => {
    const tokenLike = fc
      .stringMatching(/^[A-Za-z0-9_-]{32,80}$/)
      .filter((value) => looksLikeSecretToken(value));
    fc.assert(
      fc.property(tokenLike, (token) => {
        const result = buildCustomerLink({ tenantUrl: token, guideOrigin: ORIGIN });
        expect(result.ok).toBe(false);
        expect(JSON.stringify(result)).not.toContain(token);
      }),
    );
  });

  it('keeps the subject on one line and the link to one parameter, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (customerName) => {
        const result = buildCustomerLink({
          tenantUrl: GOOD_URL,
          customerName,
          guideOrigin: ORIGIN,
        });
        if (!result.ok) return;
        expect(result.email.subject).not.toMatch(/[\r\n\u2028\u2029]/);
        expect([...new URL(result.link).searchParams.keys()]).toEqual([TENANT_QUERY_PARAMETER]);
      }),
    );
  });
});
