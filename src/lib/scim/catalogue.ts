/**
 * The diagnostic catalogue: one entry per code in ALL_DIAGNOSTIC_CODES (contract.ts).
 *
 * The widgets show these texts, the probe uses them as default messages and fixes, and the
 * Troubleshooting page is generated from them, so every code has a page entry at
 * `/troubleshooting/#<code>` by construction. Texts are for a customer's IT admin: plain words,
 * the exact Entra field names, and never a token.
 */
import type { DiagnosticCode, Severity } from './contract';
import { connectionEntries } from './entries/connection';
import { findingFrom } from './entries/finding';
import { dryRunEntries } from './entries/dry-run';
import { entraLogCodeEntries } from './entries/entra-log';
import { fieldEntries } from './entries/fields';
import { logDoctorEntries } from './entries/log-doctor';
import { mappingCheckerEntries } from './entries/mapping-checker';
import { oktaProvisioningEntries } from './entries/okta';

// Where a code's entry is, the severity words, and how texts mark literal values: a module of their
// own, so a widget that shows findings does not load the catalogue's texts.
export { inlineCodeSegments, SEVERITY_LABELS, troubleshootingHref } from './anchors';

export const CATALOGUE_GROUPS = [
  'tenant-url',
  'token',
  'both-fields',
  'endpoint',
  'connection-test',
  'mapping-checker',
  'dry-run',
  'log-doctor',
  'entra-log',
  'okta-provisioning',
] as const;
export type CatalogueGroup = (typeof CATALOGUE_GROUPS)[number];

/** Headings for the Troubleshooting page and the widgets, in page order. */
export const CATALOGUE_GROUP_TITLES: Record<CatalogueGroup, string> = {
  'tenant-url': 'Tenant URL',
  token: 'Secret Token',
  'both-fields': 'Tenant URL and Secret Token',
  endpoint: 'SCIM endpoint (ServiceProviderConfig)',
  'connection-test': 'Connection test',
  'mapping-checker': 'Attribute mapping checker',
  'dry-run': 'Provisioning dry run',
  'log-doctor': 'Provisioning-log doctor',
  'entra-log': "Entra's provisioning-log codes",
  'okta-provisioning': 'Okta provisioning messages',
};

/** What Entra itself shows for one of its provisioning-log codes (group `entra-log`). */
export interface EntraSighting {
  /** What the admin sees in Entra: a log code, a status, or the exact message text. */
  shown: string;
  /** Other codes or skip reasons Entra uses for the same cause (older or alternative names). */
  alsoShown?: readonly string[];
  kind: 'code' | 'skip-reason' | 'status' | 'message';
  /** Where in Entra it appears. */
  where: string;
  /** Guide diagnostics that find the same cause before Entra does. */
  related: readonly DiagnosticCode[];
}

interface EntryBase {
  code: DiagnosticCode;
  /** The usual severity; a finding may differ (e.g. `has-query` is info for Entra's feature flag). */
  severity: Severity;
  title: string;
  /** What it means (for an Entra log code: what Microsoft and admins say it means). */
  explanation: string;
  fix: string;
  /**
   * For a message the identity provider shows (the `okta-provisioning` group): its text as Okta
   * writes it, with <placeholders> for names, and where it appears.
   */
  shown?: { text: string; where: string };
}

/** One code's entry: the guide's own findings, or (group `entra-log`) a code Entra shows. */
export type CatalogueEntry =
  | (EntryBase & { group: Exclude<CatalogueGroup, 'entra-log'>; entra?: never })
  | (EntryBase & { group: 'entra-log'; entra: EntraSighting });

export type EntryText = DistributiveOmit<CatalogueEntry, 'code'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

// Each group's entries are in ./entries, so a widget loads only the groups it can show; here they
// make the one catalogue. A code without an entry is a type error.
const entries: Record<DiagnosticCode, EntryText> = {
  ...fieldEntries,
  ...connectionEntries,
  ...mappingCheckerEntries,
  ...dryRunEntries,
  ...logDoctorEntries,
  ...entraLogCodeEntries,
  ...oktaProvisioningEntries,
};

export const diagnosticCatalogue: Record<DiagnosticCode, CatalogueEntry> =
  /* @__PURE__ */ Object.fromEntries(
    Object.entries(entries).map(([code, entry]) => [
      code,
      { code: code as DiagnosticCode, ...entry },
    ]),
  ) as Record<DiagnosticCode, CatalogueEntry>;

/** An entry for one of Entra's own provisioning-log codes. */
export type EntraLogEntry = Extract<CatalogueEntry, { group: 'entra-log' }>;

/** Entra's provisioning-log codes, in catalogue order (the Troubleshooting page, the log doctor). */
export const entraLogEntries: readonly EntraLogEntry[] = Object.values(diagnosticCatalogue).filter(
  (entry): entry is EntraLogEntry => entry.group === 'entra-log',
);

export function catalogueEntry(code: DiagnosticCode): CatalogueEntry {
  return diagnosticCatalogue[code];
}

/**
 * A Finding for any code with the catalogue's texts as defaults, for code outside the checks (the
 * probe, the widgets) that reports a diagnostic: `diagnosticFinding('redirect', 'Redirects to …')`.
 */
export const diagnosticFinding = findingFrom(entries);
