/**
 * Entra ID's default user attribute mappings for a non-gallery SCIM app, in the order the
 * portal lists them (fact sheet §5: "Provision Microsoft Entra ID Users"), and what the
 * ApartmentIQ guide tells the admin to do with each row.
 *
 * Pure data plus one pure function: the Attribute mapping page renders its table from here,
 * so the table and the config's supported-attribute list cannot drift apart.
 */
import type { ApartmentIqConfig } from '~/config/apartmentiq';
import { ENTRA_DEFAULT_USER_MAPPINGS } from '~/lib/schema/entra-defaults';

export interface DefaultUserMapping {
  /** The SCIM attribute, as Entra shows it in the target column. */
  readonly target: string;
  /** Entra's default source: an attribute name or an expression. */
  readonly source: string;
}

/**
 * The 22 rows, in portal order, as the portal's table shows them: an attribute name or an
 * expression. Derived from the schema checker's Graph-shaped defaults, so there is one list.
 */
export const entraDefaultUserMappings: readonly DefaultUserMapping[] =
  ENTRA_DEFAULT_USER_MAPPINGS.map((mapping) => ({
    target: mapping.targetAttributeName,
    source:
      mapping.source.type === 'Attribute'
        ? (mapping.source.name ?? mapping.source.expression ?? '')
        : (mapping.source.expression ?? ''),
  }));

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
    if (mapping.target !== ACTIVE_ATTRIBUTE || policy.supportedAttributes.includes(mapping.target))
      return { ...mapping, decision };
    const note =
      decision === 'keep'
        ? 'Deactivates users you unassign, block or delete'
        : 'Leavers: see “When someone leaves”';
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
