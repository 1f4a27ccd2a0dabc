/**
 * SCIM attribute names as Entra writes them in a mapping's target, and which of them ApartmentIQ takes.
 */
import { apartmentIq } from '~/config/apartmentiq';
import type { AttributeMappingSource } from './model';

export const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/**
 * A comparable form of a target attribute name. SCIM attribute names and schema URNs are
 * case-insensitive (RFC 7643 §2.1), and Microsoft's own tables mix `.value` and `.Value`
 * (`emails[type eq "work"].value`, `emails[type eq "other"].Value`); spacing inside the filter is
 * not significant either.
 */
export function normalizeAttributeName(name: string): string {
  return (
    name
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      // Runs of spaces are single spaces by now, so ` ?` is enough (and linear).
      .replace(/ ?([[\].]) ?/g, '$1')
  );
}

export const sameAttribute = (a: string, b: string) =>
  normalizeAttributeName(a) === normalizeAttributeName(b);

export const ACTIVE_ATTRIBUTE = 'active';
export const USER_NAME_ATTRIBUTE = 'userName';
export const WORK_EMAIL_ATTRIBUTE = 'emails[type eq "work"].value';

/** What the checker keeps: ApartmentIQ's supported attributes, plus `active` if the config says to keep it. */
export interface MappingPolicy {
  supportedAttributes: readonly string[];
  activeMapping: 'remove' | 'keep';
}

export const apartmentIqPolicy: MappingPolicy = {
  supportedAttributes: apartmentIq.scim.supportedAttributes,
  activeMapping: apartmentIq.scim.activeMapping,
};

/** The target attributes to keep, in the order the report lists missing ones. */
export function attributesToKeep(policy: MappingPolicy): string[] {
  const keep = [...policy.supportedAttributes];
  if (
    policy.activeMapping === 'keep' &&
    !keep.some((name) => sameAttribute(name, ACTIVE_ATTRIBUTE))
  )
    keep.push(ACTIVE_ATTRIBUTE);
  return keep;
}

export type MappingDecision = 'keep' | 'remove';

/**
 * THE keep-or-remove rule, for the Attribute mapping page's table and the schema checker alike:
 * keep exactly the supported attributes, and `active` when the policy keeps it.
 *
 * Names compare case-insensitively (and ignoring spacing around `[`, `]` and `.`): RFC 7643 §2.1
 * makes SCIM attribute names case-insensitive, and Microsoft's attribute tables mix `.value` and
 * `.Value` in the same kind of target. A schema
 * edited by hand must not lose `UserName` because of its capital U.
 */
export function decideMapping(targetAttributeName: string, policy: MappingPolicy): MappingDecision {
  return attributesToKeep(policy).some((name) => sameAttribute(name, targetAttributeName))
    ? 'keep'
    : 'remove';
}

export const isKept = (targetAttributeName: string, policy: MappingPolicy): boolean =>
  decideMapping(targetAttributeName, policy) === 'keep';

/**
 * The source as the portal's mapping list shows it: the attribute name for a direct mapping,
 * the quoted value for a constant, the expression verbatim for a function.
 */
export function describeSource(source: AttributeMappingSource | null | undefined): string {
  if (!source) return '(none)';
  const type = source.type?.toLowerCase();
  if (type === 'attribute' && source.name) return source.name;
  if (type === 'constant' && source.name != null && !source.expression) return `"${source.name}"`;
  return source.expression ?? source.name ?? '(none)';
}

/** True when the source is the plain Entra attribute `name` (direct mapping), e.g. `mail`. */
export function isDirectFrom(
  source: AttributeMappingSource | null | undefined,
  name: string,
): boolean {
  if (!source) return false;
  const wanted = name.toLowerCase();
  if (source.type?.toLowerCase() === 'attribute' && source.name?.toLowerCase() === wanted)
    return true;
  return source.expression?.trim().toLowerCase() === `[${wanted}]`;
}
