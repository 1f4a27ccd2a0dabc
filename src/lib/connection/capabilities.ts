/**
 * The rows of the capabilities table: what the endpoint's ServiceProviderConfig says, next to
 * what Entra needs. Entra's Test connection and every sync query users with `filter`, and it
 * sends every update as PATCH (fact sheet §2), so those two are required; the rest is shown
 * for support, not judged.
 */
import type { Capabilities } from '../scim/contract';

export type CapabilityId = 'patch' | 'filter' | 'bulk' | 'etag' | 'sort' | 'authentication-schemes';

export interface CapabilityRow {
  id: CapabilityId;
  label: string;
  /** What the endpoint says, in words. */
  value: string;
  supported: boolean;
  requiredByEntra: boolean;
  /** Required by Entra and not supported: the admin must act. */
  missingButRequired: boolean;
}

function row(
  id: CapabilityId,
  label: string,
  supported: boolean,
  requiredByEntra: boolean,
  value: string,
): CapabilityRow {
  return {
    id,
    label,
    value,
    supported,
    requiredByEntra,
    missingButRequired: requiredByEntra && !supported,
  };
}

const yesNo = (supported: boolean): string => (supported ? 'Supported' : 'Not supported');

export function capabilityRows(capabilities: Capabilities): CapabilityRow[] {
  const { bulk, filter, authenticationSchemes } = capabilities;
  const bulkLimits = [
    bulk.maxOperations === undefined ? undefined : `up to ${bulk.maxOperations} operations`,
    bulk.maxPayloadSize === undefined ? undefined : `${bulk.maxPayloadSize} bytes`,
  ].filter((part) => part !== undefined);
  const schemes = authenticationSchemes.map((scheme) =>
    scheme.primary ? `${scheme.name} (primary)` : scheme.name,
  );
  return [
    row('patch', 'PATCH', capabilities.patch, true, yesNo(capabilities.patch)),
    row(
      'filter',
      'Filter',
      filter.supported,
      true,
      filter.supported && filter.maxResults !== undefined
        ? `Supported, up to ${filter.maxResults} results`
        : yesNo(filter.supported),
    ),
    row(
      'bulk',
      'Bulk',
      bulk.supported,
      false,
      bulk.supported && bulkLimits.length > 0
        ? `Supported, ${bulkLimits.join(', ')}`
        : yesNo(bulk.supported),
    ),
    row('etag', 'ETag', capabilities.etag, false, yesNo(capabilities.etag)),
    row('sort', 'Sort', capabilities.sort, false, yesNo(capabilities.sort)),
    row(
      'authentication-schemes',
      'Authentication schemes',
      schemes.length > 0,
      false,
      schemes.length > 0 ? schemes.join(', ') : 'None listed',
    ),
  ];
}
