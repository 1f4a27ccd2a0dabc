/**
 * The shared vocabulary of the SCIM checks: diagnostic codes, findings, check results, the
 * ServiceProviderConfig capabilities, and the JSON contract of POST /api/probe.
 *
 * The library (checks, parsers, catalogue), the probe server and the widgets all import these,
 * so a code or a field is spelled once. The probe answer is described with zod because the
 * browser must validate what the server sends before it renders it.
 */
import { z } from '../../config/zod';

/**
 * Tenant URL findings about its host. The field check warns about them; the connection probe judges
 * the host itself (allow-list, then the address), so there they are shown but not a warning. A new
 * host finding is listed here (and has its catalogue entry); the probe follows this list.
 */
export const TENANT_URL_HOST_CODES = [
  'unexpected-host',
  'ip-address-host',
  'non-default-port',
  'localhost',
] as const;

/** Findings about the Tenant URL field. */
export const TENANT_URL_CODES = [
  'empty',
  'not-a-url',
  'whitespace',
  'not-https',
  'has-credentials',
  'has-fragment',
  'resource-path',
  'trailing-slash',
  'duplicate-slashes',
  'doubled-scim-segment',
  'has-query',
  ...TENANT_URL_HOST_CODES,
  'placeholder',
] as const;

/** Findings about the Secret Token field (`empty`, `whitespace`, `placeholder` are shared with the URL). */
export const TOKEN_CODES = [
  'empty',
  'bearer-prefix',
  'quoted',
  'whitespace',
  'invalid-characters',
  'too-short',
  'too-long',
  'looks-like-url',
  'placeholder',
  'jwt-expired',
  'jwt-not-yet-valid',
  'jwt-expiring-soon',
  'jwt-unreadable',
] as const;

/** Why a Tenant URL in a link to the guide (`?tenant=`) was not filled in. */
export const LINK_CODES = ['untrusted-link', 'token-in-link'] as const;

/** Findings about a ServiceProviderConfig, ListResponse or SCIM Error document. */
export const DOCUMENT_CODES = [
  'spc-not-object',
  'spc-missing-schema',
  'spc-scim-1-1',
  'spc-missing-field',
  'spc-string-boolean',
  'spc-nonstandard-name',
  'patch-unsupported',
  'filter-unsupported',
  'no-bearer-scheme',
] as const;

/** Outcomes of the connection probe's network checks. */
export const PROBE_CODES = [
  'ok',
  'unauthorized',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'redirect',
  'upstream-rate-limited',
  'server-error',
  'html-response',
  'not-json',
  'not-scim',
  'filter-ignored',
  'groups-not-found',
  'response-too-large',
  'timeout',
  'dns-failure',
  'connection-refused',
  'connection-reset',
  'tls-error',
  'tls-version',
  'blocked-address',
  'host-not-allowed',
  'paging-not-integer',
  'paging-ignored',
] as const;

/** Why POST /api/probe itself refused a request (answered with a 4xx and no checks). */
export const PROBE_ROUTE_ERROR_CODES = [
  'bad-request',
  'unsupported-media-type',
  'payload-too-large',
  'request-timeout',
  'cross-site-request',
  'rate-limited',
  'probe-unavailable',
] as const;

/**
 * Findings of the provisioning dry run (Entra's "Download users" CSV): per user, then about the file,
 * then why a file could not be read at all.
 */
export const DRY_RUN_CODES = [
  'dry-run-no-mail',
  'dry-run-guest-user-name',
  'dry-run-onmicrosoft-user-name',
  'dry-run-guest',
  'dry-run-shared-email',
  'dry-run-disabled',
  'dry-run-missing-name',
  'dry-run-email-differs',
  'dry-run-missing-columns',
  'dry-run-external-id-unknown',
  'dry-run-rows-left-out',
  'dry-run-duplicate-rows',
  'dry-run-not-utf8',
  'users-file-empty',
  'users-file-too-large',
  'users-file-spreadsheet',
  'users-file-bulk-template',
  'users-file-m365-export',
  'users-file-not-users-export',
  'users-file-broken-quotes',
] as const;

/** Findings of the provisioning-log doctor about the dropped file (the log's own codes are Entra's). */
export const LOG_DOCTOR_CODES = [
  'log-file-empty',
  'log-file-too-large',
  'log-file-csv',
  'log-file-invalid-json',
  'log-file-not-provisioning-log',
  'log-too-many-entries',
  'log-entries-unreadable',
  'log-graph-response',
  'log-no-entries',
  'log-no-failures',
  'log-group-entries',
  'log-cause-not-decoded',
] as const;

/** Findings of the attribute mapping checker about a provisioning schema (src/lib/schema/analyze.ts). */
export const SCHEMA_FINDING_CODES = [
  'unsupported-mappings',
  'only-supported-mappings',
  'missing-supported-attribute',
  'group-provisioning-on',
  'group-provisioning-off',
  'matching-not-username',
  'matching-attribute-removed',
  'no-matching-attribute',
  'email-from-mail',
  'active-trade-off',
  'user-mapping-disabled',
  'several-user-mappings',
] as const;

/** Why the attribute mapping checker could not read the pasted text (src/lib/schema/parse.ts). */
export const SCHEMA_INPUT_CODES = [
  'schema-empty',
  'schema-too-large',
  'schema-invalid-json',
  'not-a-schema',
  'no-user-mapping',
] as const;

/**
 * Entra's own provisioning-log codes, skip reasons, statuses and messages this guide decodes (the
 * Troubleshooting page and the log doctor); each names what Entra shows in its catalogue entry.
 */
export const ENTRA_LOG_CODES = [
  'invalid-credentials',
  'service-incompatible',
  'quarantine',
  'duplicate-target-entries',
  'not-effectively-entitled',
  'schema-attribute-not-found',
  'mandatory-fields-missing',
  'scim-conflict',
  'scim-bad-request',
  'scim-bad-response',
  'scim-credentials-rejected',
  'scim-multiple-entries',
  'redundant-export',
  'entry-synchronization-skipped',
  'duplicate-source-entries',
  'import-skipped',
  'invalid-anchor',
  'retried-automatically',
  'not-authorized',
  'entry-conflict',
  'unexpected-response',
  'invalid-domain',
  'license-limit-exceeded',
  'schema-property-single-value',
] as const;

/**
 * Messages Okta shows when provisioning to ApartmentIQ fails (Test Connector Configuration,
 * Dashboard › Tasks, the Assignments tab, the System Log), decoded in the catalogue.
 */
export const OKTA_MESSAGE_CODES = [
  'okta-test-unauthorized',
  'okta-test-timed-out',
  'okta-verify-unauthorized',
  'okta-credentials-invalid',
  'okta-matching-user-not-found',
  'okta-empty-user',
  'okta-create-conflict',
  'okta-assigned-before-provisioning',
  'okta-sync-failure',
  'okta-rate-limited',
] as const;

/** Every list of codes, by what it is about: the union below and the catalogue follow it. */
export const DIAGNOSTIC_CODE_LISTS = {
  tenantUrl: TENANT_URL_CODES,
  token: TOKEN_CODES,
  link: LINK_CODES,
  document: DOCUMENT_CODES,
  probe: PROBE_CODES,
  probeRoute: PROBE_ROUTE_ERROR_CODES,
  dryRun: DRY_RUN_CODES,
  logDoctor: LOG_DOCTOR_CODES,
  schemaFinding: SCHEMA_FINDING_CODES,
  schemaInput: SCHEMA_INPUT_CODES,
  entraLog: ENTRA_LOG_CODES,
  oktaMessage: OKTA_MESSAGE_CODES,
} as const;

export type TenantUrlCode = (typeof TENANT_URL_CODES)[number];
export type TokenCode = (typeof TOKEN_CODES)[number];
export type DocumentCode = (typeof DOCUMENT_CODES)[number];
export type ProbeCode = (typeof PROBE_CODES)[number];
export type ProbeRouteErrorCode = (typeof PROBE_ROUTE_ERROR_CODES)[number];
export type DryRunCode = (typeof DRY_RUN_CODES)[number];
export type LogDoctorCode = (typeof LOG_DOCTOR_CODES)[number];
export type SchemaFindingCode = (typeof SCHEMA_FINDING_CODES)[number];
export type SchemaInputCode = (typeof SCHEMA_INPUT_CODES)[number];
export type OktaMessageCode = (typeof OKTA_MESSAGE_CODES)[number];
/** Every code any part of the site shows; each has one entry in the catalogue (catalogue.ts). */
export type DiagnosticCode =
  (typeof DIAGNOSTIC_CODE_LISTS)[keyof typeof DIAGNOSTIC_CODE_LISTS][number];

export const ALL_DIAGNOSTIC_CODES: readonly DiagnosticCode[] = [
  ...new Set<DiagnosticCode>(Object.values(DIAGNOSTIC_CODE_LISTS).flat()),
];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const diagnosticCode = z.enum(ALL_DIAGNOSTIC_CODES as [DiagnosticCode, ...DiagnosticCode[]]);

export const FindingSchema = z.object({
  code: diagnosticCode,
  severity: z.enum(SEVERITIES),
  /** Plain words for an IT admin; names the Entra field; never contains the token. */
  message: z.string(),
  fix: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Result of checkTenantUrl / checkToken. `ok` is false exactly when a finding is an error. */
export interface CheckResult {
  ok: boolean;
  /** The value to paste into Entra, when one can be derived. */
  normalized?: string;
  findings: Finding[];
}

export const CapabilitiesSchema = z.object({
  patch: z.boolean(),
  bulk: z.object({
    supported: z.boolean(),
    maxOperations: z.number().optional(),
    maxPayloadSize: z.number().optional(),
  }),
  filter: z.object({ supported: z.boolean(), maxResults: z.number().optional() }),
  changePassword: z.boolean(),
  sort: z.boolean(),
  etag: z.boolean(),
  authenticationSchemes: z.array(
    z.object({ type: z.string(), name: z.string(), primary: z.boolean().optional() }),
  ),
  documentationUri: z.string().optional(),
});
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

/**
 * Whose requests the probe makes: Entra's Test connection (the default) or Okta's (the list of the
 * first two users Okta's SCIM reference shows once provisioning is configured, and its look-up
 * before it creates a user). Each
 * mode is one plan in src/server/probe-plan.ts.
 */
export const PROBE_MODES = ['entra', 'okta'] as const;
export type ProbeMode = (typeof PROBE_MODES)[number];

/** The probe's checks that make an HTTP request (src/server/probe-plan.ts says which, in which order). */
export const PROBE_HTTP_CHECK_IDS = [
  'spc-anonymous',
  'spc',
  'users-filter',
  'groups-filter',
  'okta-users-list',
  'okta-user-lookup',
] as const;
export type ProbeHttpCheckId = (typeof PROBE_HTTP_CHECK_IDS)[number];

/** Every check the probe can report: the two fields, the host and TLS, then the HTTP requests. */
export const PROBE_CHECK_IDS = [
  'tenant-url',
  'token',
  'dns',
  'tls',
  ...PROBE_HTTP_CHECK_IDS,
] as const;
export type ProbeCheckId = (typeof PROBE_CHECK_IDS)[number];

export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'skip'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const ProbeCheckSchema = z.object({
  id: z.enum(PROBE_CHECK_IDS),
  /** Short label for the check, e.g. "Entra's Test connection: /Users filter". */
  title: z.string(),
  status: z.enum(CHECK_STATUSES),
  code: diagnosticCode,
  message: z.string(),
  fix: z.string().optional(),
  /** Present when the check made an HTTP request. */
  http: z
    .object({
      method: z.string(),
      /** Path and query as sent, relative to the host, e.g. `/scim/v2/Users?filter=…`. */
      path: z.string(),
      status: z.number().int().optional(),
      durationMs: z.number(),
    })
    .optional(),
  durationMs: z.number().optional(),
  /** Library findings behind this check (e.g. ServiceProviderConfig deviations). */
  findings: z.array(FindingSchema).optional(),
});
export type ProbeCheck = z.infer<typeof ProbeCheckSchema>;

export const TranscriptEntrySchema = z.object({
  checkId: z.enum(PROBE_CHECK_IDS),
  request: z.object({
    method: z.string(),
    url: z.string(),
    /** The Authorization header appears only as `Bearer ••••` plus the token's last 4 characters. */
    headers: z.record(z.string(), z.string()),
  }),
  response: z
    .object({
      status: z.number().int(),
      headers: z.record(z.string(), z.string()),
      /** The first few KB of the body, as text. */
      body: z.string(),
      bodyTruncated: z.boolean(),
    })
    .optional(),
  /** Network-level failure (timeout, reset, TLS) when there was no response. */
  error: z.string().optional(),
  durationMs: z.number(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

export const ProbeResponseSchema = z.object({
  /** Whose requests were made; absent means Entra's. */
  mode: z.enum(PROBE_MODES).optional(),
  verdict: z.enum(['pass', 'warn', 'fail']),
  /** The host that was probed, when the Tenant URL could be parsed. */
  host: z.string().optional(),
  checks: z.array(ProbeCheckSchema),
  capabilities: CapabilitiesSchema.optional(),
  transcript: z.array(TranscriptEntrySchema),
  startedAt: z.string(),
  durationMs: z.number(),
});
export type ProbeResponse = z.infer<typeof ProbeResponseSchema>;

/** Body of every 4xx answer of POST /api/probe. */
export const ProbeErrorResponseSchema = z.object({
  error: z.object({ code: z.enum(PROBE_ROUTE_ERROR_CODES), message: z.string() }),
});
export type ProbeErrorResponse = z.infer<typeof ProbeErrorResponseSchema>;

/** Body of POST /api/probe. `mode` defaults to Entra's requests. */
export const ProbeRequestSchema = z
  .object({ tenantUrl: z.string(), token: z.string(), mode: z.enum(PROBE_MODES).optional() })
  .strict();
export type ProbeRequest = z.infer<typeof ProbeRequestSchema>;
