/**
 * What a provisioning schema sends to ApartmentIQ, and what has to change: per user mapping row
 * keep / remove / missing, group provisioning on or off, the matching attribute, the e-mail
 * source and the `active` trade-off.
 */
import { leaverTextFor } from '../entra/leavers';
import { catalogueEntry } from '../scim/catalogue';
import type { Finding, SchemaFindingCode } from '../scim/contract';
import {
  ACTIVE_ATTRIBUTE,
  apartmentIqPolicy,
  attributesToKeep,
  describeSource,
  isDirectFrom,
  isKept,
  normalizeAttributeName,
  sameAttribute,
  USER_NAME_ATTRIBUTE,
  WORK_EMAIL_ATTRIBUTE,
  type MappingPolicy,
} from './attributes';
import {
  ENTRA_DEFAULT_USER_MAPPINGS,
  ENTRA_GROUP_MAPPING_NAME,
  ENTRA_USER_MAPPING_NAME,
} from './entra-defaults';
import {
  isEnabled,
  isGroupObjectMapping,
  isUserObjectMapping,
  matchingPriorityOf,
  objectMappingsWhere,
  SynchronizationSchemaSchema,
  type AttributeMapping,
  type AttributeMappingSource,
  type LocatedObjectMapping,
} from './model';

export type RowStatus = 'keep' | 'remove' | 'missing';

export interface MappingRow {
  /** The target attribute as the schema writes it (the policy's spelling for a missing one). */
  targetAttributeName: string;
  /** The source as the portal shows it; expressions verbatim. `null` for a missing row. */
  source: string | null;
  status: RowStatus;
  /** > 0 when the row is used to match users (1 = first). */
  matchingPriority: number;
  /** Why this status, in a few words. */
  reason: string;
}

/** A finding of the checker: a catalogue code, with the message for this schema. */
export type SchemaFinding = Finding & { code: SchemaFindingCode };
export type { SchemaFindingCode };

/** A finding with the catalogue's usual severity; `fix` only where this schema needs one. */
function finding(code: SchemaFindingCode, message: string, fix?: string): SchemaFinding {
  return { code, severity: catalogueEntry(code).severity, message, ...(fix ? { fix } : {}) };
}

export interface UserMappingReport {
  /** e.g. "Provision Microsoft Entra ID Users"; with the rule, says which mapping this is when there are several. */
  name: string;
  ruleId: string | undefined;
  ruleName: string | undefined;
  enabled: boolean;
  rows: MappingRow[];
  /** The attribute with the lowest matching priority above 0, if any. */
  matching: { targetAttributeName: string; source: string; removed: boolean } | null;
}

export interface GroupMappingState {
  name: string;
  ruleId: string | undefined;
  enabled: boolean;
}

export interface SchemaReport {
  userMappings: UserMappingReport[];
  groupMappings: GroupMappingState[];
  /** True when any group object mapping is enabled: the source guide says to disable it. */
  groupProvisioningOn: boolean;
  findings: SchemaFinding[];
  /** How many attribute mappings cleaning removes, and how many group mappings it disables. */
  changes: { mappingsRemoved: number; groupMappingsDisabled: number };
}

function rowFor(
  mapping: {
    targetAttributeName: string;
    source?: AttributeMappingSource | null | undefined;
    matchingPriority: number;
  },
  policy: MappingPolicy,
): MappingRow {
  const keep = isKept(mapping.targetAttributeName, policy);
  const isActive = sameAttribute(mapping.targetAttributeName, ACTIVE_ATTRIBUTE);
  let reason: string;
  if (keep)
    reason = isActive
      ? 'Kept so that Entra can deactivate users (see the active note)'
      : 'Supported by ApartmentIQ';
  else if (isActive)
    reason = 'Not in ApartmentIQ’s list; the source guide removes it (see the active note)';
  else reason = 'Not supported by ApartmentIQ';
  return {
    targetAttributeName: mapping.targetAttributeName,
    source: describeSource(mapping.source),
    status: keep ? 'keep' : 'remove',
    matchingPriority: mapping.matchingPriority,
    reason,
  };
}

const defaultSourceOf = (attribute: string) =>
  ENTRA_DEFAULT_USER_MAPPINGS.find((mapping) =>
    sameAttribute(mapping.targetAttributeName, attribute),
  )?.source;

/** Report rows for a list of attribute mappings: each mapped row, then each kept attribute that is not mapped. */
export function mappingRows(
  mappings: readonly {
    targetAttributeName: string;
    source?: AttributeMappingSource | null | undefined;
    matchingPriority: number;
  }[],
  policy: MappingPolicy = apartmentIqPolicy,
): MappingRow[] {
  const rows = mappings.map((mapping) => rowFor(mapping, policy));
  const mapped = new Set(
    mappings.map((mapping) => normalizeAttributeName(mapping.targetAttributeName)),
  );
  for (const attribute of attributesToKeep(policy)) {
    if (mapped.has(normalizeAttributeName(attribute))) continue;
    const entraDefault = defaultSourceOf(attribute);
    rows.push({
      targetAttributeName: attribute,
      source: null,
      status: 'missing',
      matchingPriority: 0,
      reason: entraDefault
        ? `Supported but not mapped; Entra’s default source is ${describeSource(entraDefault)}`
        : 'Supported but not mapped',
    });
  }
  return rows;
}

/** The manual path: Entra's default user mappings with keep / remove for each. */
export function defaultMappingRows(policy: MappingPolicy = apartmentIqPolicy): MappingRow[] {
  return mappingRows(ENTRA_DEFAULT_USER_MAPPINGS, policy);
}

function matchingOf(
  mappings: readonly AttributeMapping[],
  policy: MappingPolicy,
): UserMappingReport['matching'] {
  let best: AttributeMapping | undefined;
  for (const mapping of mappings) {
    const priority = matchingPriorityOf(mapping);
    if (priority > 0 && (!best || priority < matchingPriorityOf(best))) best = mapping;
  }
  if (!best) return null;
  return {
    targetAttributeName: best.targetAttributeName,
    source: describeSource(best.source),
    removed: !isKept(best.targetAttributeName, policy),
  };
}

function describeMapping(located: LocatedObjectMapping, several: boolean): string {
  const name =
    located.mapping.name ??
    (isUserObjectMapping(located.mapping) ? ENTRA_USER_MAPPING_NAME : ENTRA_GROUP_MAPPING_NAME);
  if (!several) return name;
  return `${name} (rule ${located.ruleName ?? located.ruleId ?? located.ruleIndex + 1})`;
}

function userMappingReport(
  located: LocatedObjectMapping,
  several: boolean,
  policy: MappingPolicy,
): UserMappingReport {
  const mappings = located.mapping.attributeMappings;
  return {
    name: describeMapping(located, several),
    ruleId: located.ruleId,
    ruleName: located.ruleName,
    enabled: isEnabled(located.mapping),
    rows: mappingRows(
      mappings.map((mapping) => ({ ...mapping, matchingPriority: matchingPriorityOf(mapping) })),
      policy,
    ),
    matching: matchingOf(mappings, policy),
  };
}

const list = (names: readonly string[]) => names.join(', ');

/** The usual e-mail source is `mail`; Entra skips it when it is empty (ms-known-issues). */
export function emailFromMailFinding(): SchemaFinding {
  // Entra skips empty attributes (ms-known-issues: "If an attribute is null on the user object, it is skipped").
  const entry = catalogueEntry('email-from-mail');
  return finding('email-from-mail', entry.explanation, entry.fix);
}

/** What keeping or removing `active` means (fact sheet §0.5, §6); what to do is the config's `activeMapping`. */
export function activeTradeOffFinding(policy: MappingPolicy = apartmentIqPolicy): SchemaFinding {
  return policy.activeMapping === 'remove'
    ? finding(
        'active-trade-off',
        `active is removed, as the source guide says: it is not in ApartmentIQ's list of supported attributes. ${leaverTextFor('remove').details.join(' ')}`,
        leaverTextFor('remove').action,
      )
    : finding('active-trade-off', `active is kept. ${leaverTextFor('keep').details.join(' ')}`);
}

/** The notes that go with the manual path on Entra's default mappings. */
export function defaultMappingFindings(policy: MappingPolicy = apartmentIqPolicy): SchemaFinding[] {
  return [activeTradeOffFinding(policy), emailFromMailFinding()];
}

function findingsFor(
  report: Omit<SchemaReport, 'findings'>,
  userMappings: readonly LocatedObjectMapping[],
  policy: MappingPolicy,
): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const several = report.userMappings.length > 1;

  if (several) {
    findings.push(
      finding(
        'several-user-mappings',
        `This schema has ${report.userMappings.length} user mappings (${list(report.userMappings.map((user) => user.name))}). Each is checked below, and the cleaned schema cleans each of them.`,
      ),
    );
  }

  for (const user of report.userMappings) {
    const prefix = several ? `${user.name}: ` : '';
    if (!user.enabled) {
      findings.push(
        finding(
          'user-mapping-disabled',
          `${prefix}the user mapping is disabled ("enabled": false), so Entra provisions no users with it.`,
          catalogueEntry('user-mapping-disabled').fix,
        ),
      );
    }

    const removed = user.rows
      .filter((row) => row.status === 'remove')
      .map((row) => row.targetAttributeName);
    if (removed.length > 0) {
      findings.push(
        finding(
          'unsupported-mappings',
          removed.length <= 3
            ? `${prefix}${removed.length} mapped ${removed.length === 1 ? 'attribute is' : 'attributes are'} not supported by ApartmentIQ: ${list(removed)}.`
            : `${prefix}${removed.length} mapped attributes are not supported by ApartmentIQ; they are marked Remove in the table.`,
          'The cleaned schema removes them; nothing else changes.',
        ),
      );
    } else {
      findings.push(
        finding(
          'only-supported-mappings',
          `${prefix}only attributes ApartmentIQ supports are mapped.`,
        ),
      );
    }

    for (const row of user.rows.filter((candidate) => candidate.status === 'missing')) {
      const entraDefault = defaultSourceOf(row.targetAttributeName);
      findings.push(
        finding(
          'missing-supported-attribute',
          `${prefix}${row.targetAttributeName} is supported by ApartmentIQ but not mapped, so ApartmentIQ will not receive it.`,
          `In Entra's attribute mapping, choose Add New Mapping with target attribute ${row.targetAttributeName}${entraDefault ? ` and source attribute ${describeSource(entraDefault)} (Entra's default)` : ''}. The checker does not add mappings for you.`,
        ),
      );
    }

    if (!user.matching) {
      findings.push(
        finding(
          'no-matching-attribute',
          `${prefix}no attribute is marked for matching (none has a matching priority). Entra uses the matching attribute to find users that already exist in ApartmentIQ.`,
          catalogueEntry('no-matching-attribute').fix,
        ),
      );
    } else if (user.matching.removed) {
      findings.push(
        finding(
          'matching-attribute-removed',
          `${prefix}users are matched on ${user.matching.targetAttributeName}, which ApartmentIQ does not support, so the cleaned schema removes it and leaves no matching attribute. Entra uses one to find existing users.`,
          `Before saving, make ${USER_NAME_ATTRIBUTE} the matching attribute: in the portal, edit the ${USER_NAME_ATTRIBUTE} mapping and set Match objects using this attribute to Yes with Matching precedence 1 (in the cleaned JSON, "matchingPriority": 1 on the ${USER_NAME_ATTRIBUTE} mapping).`,
        ),
      );
    } else if (!sameAttribute(user.matching.targetAttributeName, USER_NAME_ATTRIBUTE)) {
      findings.push(
        finding(
          'matching-not-username',
          `${prefix}users are matched on ${user.matching.targetAttributeName} (from ${user.matching.source}), not on ${USER_NAME_ATTRIBUTE}. The usual setting, and what this guide assumes, is ${USER_NAME_ATTRIBUTE} from userPrincipalName.`,
          catalogueEntry('matching-not-username').fix,
        ),
      );
    }
  }

  const emailFromMail = userMappings.some((located) =>
    located.mapping.attributeMappings.some(
      (mapping) =>
        sameAttribute(mapping.targetAttributeName, WORK_EMAIL_ATTRIBUTE) &&
        isDirectFrom(mapping.source, 'mail'),
    ),
  );
  if (emailFromMail) findings.push(emailFromMailFinding());

  const activeMapped = userMappings.some((located) =>
    located.mapping.attributeMappings.some((mapping) =>
      sameAttribute(mapping.targetAttributeName, ACTIVE_ATTRIBUTE),
    ),
  );
  if (activeMapped || policy.activeMapping === 'keep') findings.push(activeTradeOffFinding(policy));

  if (report.groupProvisioningOn) {
    const names = report.groupMappings.filter((group) => group.enabled).map((group) => group.name);
    findings.push(
      finding(
        'group-provisioning-on',
        `Group provisioning is on (${list([...new Set(names)])}). ApartmentIQ does not take groups: the source guide says to disable it.`,
        'The cleaned schema disables it ("enabled": false). Groups you assign to the app still decide which users are provisioned; only the group objects are not sent.',
      ),
    );
  } else {
    findings.push(
      finding(
        'group-provisioning-off',
        report.groupMappings.length === 0
          ? 'The schema has no group mapping, so no groups are provisioned.'
          : 'Group provisioning is already off.',
      ),
    );
  }

  return findings;
}

/**
 * Analyses a provisioning schema (the value of `JSON.parse`). Throws only if the value is not a
 * schema at all; use `parseSchemaText` first to get a specific error for the admin.
 */
export function analyzeSchema(
  json: unknown,
  policy: MappingPolicy = apartmentIqPolicy,
): SchemaReport {
  const schema = SynchronizationSchemaSchema.parse(json);
  const userMappings = objectMappingsWhere(schema, isUserObjectMapping);
  const groupMappings = objectMappingsWhere(schema, isGroupObjectMapping);
  const several = userMappings.length > 1;
  const userReports = userMappings.map((located) => userMappingReport(located, several, policy));
  const groups = groupMappings.map((located) => ({
    name: describeMapping(located, groupMappings.length > 1),
    ruleId: located.ruleId,
    enabled: isEnabled(located.mapping),
  }));
  const partial = {
    userMappings: userReports,
    groupMappings: groups,
    groupProvisioningOn: groups.some((group) => group.enabled),
    changes: {
      mappingsRemoved: userReports.reduce(
        (total, user) => total + user.rows.filter((row) => row.status === 'remove').length,
        0,
      ),
      groupMappingsDisabled: groups.filter((group) => group.enabled).length,
    },
  };
  return { ...partial, findings: findingsFor(partial, userMappings, policy) };
}
