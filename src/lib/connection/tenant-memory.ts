/**
 * Where the Tenant URL the admin pasted comes back from: a CSM's link (`?tenant=`) or what
 * was typed earlier in this browser tab. The Secret Token has no such path on purpose: it is
 * never read from a URL and never stored.
 */
import { apartmentIq } from '../../config/apartmentiq';
import type { Finding } from '../scim/contract';
import { fieldFinding } from '../scim/entries/fields';
import { ENTRA_FIELD_WORDS, inFieldWords, type FieldWords } from '../scim/field-words';
import { containsSecretTokenShape } from '../scim/secret-shape';
import { hostMatchesPattern } from '../scim/tenant-url';
import { createSecretFinder } from '../secret/finder';
import { TENANT_QUERY_PARAM } from './tenant-link-names';

export { TENANT_QUERY_PARAM, TENANT_URL_STORAGE_KEY } from './tenant-link-names';

/** Values longer than this are not a Tenant URL; do not keep or prefill them. */
export const MAX_REMEMBERED_LENGTH = 2048;

/**
 * What a link's `?tenant=` holds, judged before anything is filled in or stored:
 *   - `trusted`: an https:// Tenant URL whose host matches the configured ApartmentIQ host patterns;
 *   - `token`: it carries something shaped like a Secret Token (the whole value, a query value,
 *     the fragment, a user name or password): refused outright, and never shown;
 *   - `untrusted`: anything else; `host` is the host name to show the admin, when there is one.
 */
export type LinkTenant =
  | { kind: 'none' }
  | { kind: 'trusted'; value: string }
  | { kind: 'untrusted'; host?: string }
  | { kind: 'token' };

/** The verdict on one value a link would prefill; the CSM link builder uses it too. */
export function judgeLinkTenant(value: string): Exclude<LinkTenant, { kind: 'none' }> {
  if (containsSecretTokenShape(value)) return { kind: 'token' };
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  const host = url?.hostname.replace(/^\[(.*)\]$/, '$1');
  const trusted =
    url !== undefined &&
    host !== undefined &&
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    value.length <= MAX_REMEMBERED_LENGTH &&
    apartmentIq.scim.hostPatterns.some((pattern) => hostMatchesPattern(host, pattern));
  if (trusted) return { kind: 'trusted', value };
  return host ? { kind: 'untrusted', host: host.slice(0, 253) } : { kind: 'untrusted' };
}

/** The link's `?tenant=` and what it holds. Only the `tenant` parameter is read. */
export function tenantFromLink(search: string): LinkTenant {
  const fromLink = new URLSearchParams(search).get(TENANT_QUERY_PARAM);
  if (fromLink === null || fromLink.trim() === '') return { kind: 'none' };
  return judgeLinkTenant(fromLink);
}

/**
 * The notice for a link whose value was not used, in the words of the provider the page is for
 * (Okta's "SCIM connector base URL" and "API token" on the Okta track); undefined when there is
 * nothing to say.
 */
export function linkFinding(
  link: LinkTenant,
  words: FieldWords = ENTRA_FIELD_WORDS,
): Finding | undefined {
  if (link.kind === 'token') {
    return inFieldWords(
      fieldFinding(
        'token-in-link',
        `The link that opened this page carries what looks like your ${words.token}. Nothing from the link was filled in or remembered: a token must never travel in a link.`,
      ),
      words,
    );
  }
  if (link.kind === 'untrusted') {
    const which = link.host
      ? `a ${words.url} on ${link.host}, which is not an ApartmentIQ host`
      : `a value that is not an https:// ${words.url}`;
    return inFieldWords(
      fieldFinding(
        'untrusted-link',
        `This link did not come from ApartmentIQ’s guide as expected: it carries ${which}. It was not filled in. Check your ${words.url} with your ${apartmentIq.contacts.csmShort} before you use any value from this link.`,
      ),
      words,
    );
  }
  return undefined;
}

/**
 * The Tenant URL to start with: a trusted link's `?tenant=` wins over the one remembered for the
 * tab, because the CSM's link is the newer instruction; an untrusted or token-carrying link is
 * never used, and the remembered value (if any) stays.
 */
export function initialTenantUrl(
  search: string,
  remembered: string | null,
): { value: string; fromLink: boolean; link: LinkTenant } {
  const link = tenantFromLink(search);
  if (link.kind === 'trusted') return { value: link.value, fromLink: true, link };
  const value = remembered !== null && remembered.length <= MAX_REMEMBERED_LENGTH ? remembered : '';
  return { value, fromLink: false, link };
}

/**
 * What to write to sessionStorage for a Tenant URL value; `null` means remove the key.
 * Only something that is plainly a web address is kept, so a Secret Token pasted into the
 * wrong field (or a URL carrying a password or the token) never reaches storage.
 */
export function tenantUrlToRemember(value: string, token: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || value.length > MAX_REMEMBERED_LENGTH) return null;
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (createSecretFinder(token).found(value)) return null;
  return value;
}
