/**
 * Entra ID's default user attribute mappings for a non-gallery SCIM app, in the order vendor
 * documentation and screenshots show them (fact sheet §5: "Provision Microsoft Entra ID Users";
 * Microsoft publishes only an example table), and what the
 * ApartmentIQ guide tells the admin to do with each row.
 *
 * Pure data; the keep-or-remove rule is the schema checker's own (`decideMapping` in
 * src/lib/schema/attributes.ts), so the page's table and the checker cannot disagree.
 */
import {
  ACTIVE_ATTRIBUTE,
  decideMapping,
  sameAttribute,
  type MappingDecision,
  type MappingPolicy,
} from '~/lib/schema/attributes';
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

export interface PlannedMapping extends DefaultUserMapping {
  readonly decision: MappingDecision;
  /** A short remark for rows that need one (only `active`, whose decision is a trade-off). */
  readonly note?: string;
}

export function planMappings(
  policy: MappingPolicy,
  mappings: readonly DefaultUserMapping[] = entraDefaultUserMappings,
): PlannedMapping[] {
  return mappings.map((mapping) => {
    const decision = decideMapping(mapping.target, policy);
    const isSupported = policy.supportedAttributes.some((name) =>
      sameAttribute(name, mapping.target),
    );
    if (!sameAttribute(mapping.target, ACTIVE_ATTRIBUTE) || isSupported)
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
  return policy.supportedAttributes.filter(
    (attribute) => !mappings.some((mapping) => sameAttribute(mapping.target, attribute)),
  );
}
