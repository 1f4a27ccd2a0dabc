/**
 * The names the Tenant URL's memory and links use, apart from tenant-memory.ts so the connection
 * checker can look for a value to fill in before it loads the checks (see field-checks.ts).
 */

/** sessionStorage key; namespaced because the site shares its origin with other tools. */
export const TENANT_URL_STORAGE_KEY = 'aiq-scim:tenant-url';

/** The query parameter a CSM's link uses to prefill the Tenant URL. */
export const TENANT_QUERY_PARAM = 'tenant';
