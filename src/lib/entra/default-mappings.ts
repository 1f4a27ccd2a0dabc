/**
 * Entra ID's default user attribute mappings for a non-gallery SCIM app, in the order the
 * portal lists them (fact sheet §5: "Provision Microsoft Entra ID Users"), and what the
 * ApartmentIQ guide tells the admin to do with each row.
 *
 * Pure data plus one pure function: the Attribute mapping page renders its table from here,
 * so the table and the config's supported-attribute list cannot drift apart.
 */
import type { ApartmentIqConfig } from '~/config/apartmentiq';

export interface DefaultUserMapping {
  /** The SCIM attribute, as Entra shows it in the target column. */
  readonly target: string;
  /** Entra's default source: an attribute name or an expression. */
  readonly source: string;
}

/** The 22 rows, in portal order. */
export const entraDefaultUserMappings: readonly DefaultUserMapping[] = [
  { target: 'userName', source: 'userPrincipalName' },
  { target: 'active', source: 'Switch([IsSoftDeleted], , "False", "True", "True", "False")' },
  { target: 'displayName', source: 'displayName' },
  { target: 'title', source: 'jobTitle' },
  { target: 'emails[type eq "work"].value', source: 'mail' },
  { target: 'preferredLanguage', source: 'preferredLanguage' },
  { target: 'name.givenName', source: 'givenName' },
  { target: 'name.familyName', source: 'surname' },
  { target: 'name.formatted', source: 'Join(" ", [givenName], [surname])' },
  { target: 'addresses[type eq "work"].formatted', source: 'physicalDeliveryOfficeName' },
  { target: 'addresses[type eq "work"].streetAddress', source: 'streetAddress' },
  { target: 'addresses[type eq "work"].locality', source: 'city' },
  { target: 'addresses[type eq "work"].region', source: 'state' },
  { target: 'addresses[type eq "work"].postalCode', source: 'postalCode' },
  { target: 'addresses[type eq "work"].country', source: 'country' },
  { target: 'phoneNumbers[type eq "work"].value', source: 'telephoneNumber' },
  { target: 'phoneNumbers[type eq "mobile"].value', source: 'mobile' },
  { target: 'phoneNumbers[type eq "fax"].value', source: 'facsimileTelephoneNumber' },
  { target: 'externalId', source: 'mailNickname' },
  { target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber', source: 'employeeId' },
  { target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', source: 'department' },
  { target: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', source: 'manager' },
];

/** The SCIM attribute Entra uses to send deactivations (`PATCH active=false`). */
export const ACTIVE_ATTRIBUTE = 'active';

export type MappingDecision = 'keep' | 'remove';

export interface PlannedMapping extends DefaultUserMapping {
  readonly decision: MappingDecision;
  /** A short remark for rows that need one (only `active`, whose decision is a trade-off). */
  readonly note?: string;
}

type MappingPolicy = Pick<ApartmentIqConfig['scim'], 'supportedAttributes' | 'activeMapping'>;

/**
 * Keep exactly the supported attributes; `active` follows the config's `activeMapping`
 * (the source guide removes it, with a trade-off the page explains).
 */
export function decideMapping(target: string, policy: MappingPolicy): MappingDecision {
  if (policy.supportedAttributes.includes(target)) return 'keep';
  if (target === ACTIVE_ATTRIBUTE) return policy.activeMapping;
  return 'remove';
}

export function planMappings(
  policy: MappingPolicy,
  mappings: readonly DefaultUserMapping[] = entraDefaultUserMappings,
): PlannedMapping[] {
  return mappings.map((mapping) => {
    const decision = decideMapping(mapping.target, policy);
    if (mapping.target !== ACTIVE_ATTRIBUTE || policy.supportedAttributes.includes(mapping.target)) return { ...mapping, decision };
    const note = decision === 'keep' ? 'Deactivates users who leave' : 'Trade-off: see “When someone leaves”';
    return { ...mapping, decision, note };
  });
}

/** Supported attributes that Entra does not map by default: the admin would have to add them. */
export function supportedAttributesMissingFromDefaults(
  policy: MappingPolicy,
  mappings: readonly DefaultUserMapping[] = entraDefaultUserMappings,
): string[] {
  const targets = new Set(mappings.map((mapping) => mapping.target));
  return policy.supportedAttributes.filter((attribute) => !targets.has(attribute));
}
