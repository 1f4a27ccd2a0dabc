/**
 * Where the Tenant URL the admin pasted comes back from: a CSM's link (`?tenant=`) or what
 * was typed earlier in this browser tab. The Secret Token has no such path on purpose: it is
 * never read from a URL and never stored.
 */
import { createSecretFinder } from '../secret/finder';

/** sessionStorage key; namespaced because the site shares its origin with other tools. */
export const TENANT_URL_STORAGE_KEY = 'aiq-scim:tenant-url';

/** The query parameter a CSM's link uses to prefill the Tenant URL. */
export const TENANT_QUERY_PARAM = 'tenant';

/** Values longer than this are not a Tenant URL; do not keep or prefill them. */
export const MAX_REMEMBERED_LENGTH = 2048;

/**
 * The Tenant URL to start with: the link's `?tenant=` wins over the one remembered for the
 * tab, because the CSM's link is the newer instruction. Only the `tenant` parameter is read.
 */
export function initialTenantUrl(search: string, remembered: string | null): string {
  const fromLink = new URLSearchParams(search).get(TENANT_QUERY_PARAM);
  if (fromLink !== null && fromLink.trim() !== '' && fromLink.length <= MAX_REMEMBERED_LENGTH)
    return fromLink;
  if (remembered !== null && remembered.length <= MAX_REMEMBERED_LENGTH) return remembered;
  return '';
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
