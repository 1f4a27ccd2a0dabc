/**
 * What the connection checker needs once there is a value to check: the two field checks with
 * their catalogue texts, and the tab's memory of the Tenant URL (which judges `?tenant=` links and
 * keeps the token out of what it stores). ConnectionChecker.tsx loads this module on the first
 * focus of either field, or at once when a link or the tab has a Tenant URL to fill in, so a
 * reader who only scrolls past the checker does not download it.
 */
export { checkTenantUrl } from '~/lib/scim/tenant-url';
export { checkToken, maskSecret } from '~/lib/scim/token';
export {
  initialTenantUrl,
  linkFinding,
  TENANT_QUERY_PARAM,
  tenantUrlToRemember,
  type LinkTenant,
} from '~/lib/connection/tenant-memory';
