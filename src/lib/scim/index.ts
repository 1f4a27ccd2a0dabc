// The SCIM checks library, pure and isomorphic (browser and server): one import for widgets, probe and pages.
export * from './contract';
export { checkTenantUrl, hostMatchesPattern } from './tenant-url';
export { checkToken, maskSecret, type CheckTokenOptions } from './token';
export { containsSecretTokenShape, looksLikeSecretToken, looksLikeUrl } from './secret-shape';
export {
  parseServiceProviderConfig,
  SPC_SCHEMA_URN,
  type ServiceProviderConfigResult,
} from './service-provider-config';
export {
  parseListResponse,
  parseScimError,
  LIST_RESPONSE_URN,
  ERROR_URN,
  type ListResponseResult,
  type ScimErrorResult,
} from './scim-messages';
export {
  diagnosticCatalogue,
  catalogueEntry,
  troubleshootingHref,
  inlineCodeSegments,
  diagnosticFinding,
  CATALOGUE_GROUPS,
  CATALOGUE_GROUP_TITLES,
  SEVERITY_LABELS,
  entraLogEntries,
  type CatalogueEntry,
  type EntraLogEntry,
  type EntraSighting,
  type CatalogueGroup,
} from './catalogue';
