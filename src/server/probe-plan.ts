/**
 * The connection probe's ORDER: which HTTP requests it makes, in which order, and what each answer
 * must be. Data only: src/server/probe.ts runs a plan, src/server/probe-policy.ts judges each answer
 * by its `expect`, src/server/probe-wording.ts words the outcome.
 *
 * Before any request the probe always checks the two fields, the host (allow-list, one DNS lookup,
 * public addresses only) and TLS; those steps are not part of a plan, but a plan says whose words
 * the fields are in and which TLS versions pass. Each identity provider's test is one plan: Entra's
 * Test connection (ENTRA_PLAN, the default) and Okta's (OKTA_PLAN), picked by the request's `mode`.
 */
import {
  ENTRA_FIELD_WORDS,
  OKTA_FIELD_WORDS,
  type FieldWords,
  type ProbeCheckId,
  type ProbeHttpCheckId,
  type ProbeMode,
} from '~/lib/scim';

/** What a 404 means for one request. */
export type NotFoundRule =
  /** The path is wrong: a failure. */
  | 'fail'
  /** No ServiceProviderConfig here: a warning, the capabilities stay unknown. */
  | 'warn-no-config'
  /** No /Groups: a warning, ApartmentIQ provisions no groups but Entra's Test connection asks. */
  | 'warn-no-groups'
  /**
   * For a look-up of a user who does not exist: a 404 with a SCIM Error passes (Okta accepts it
   * as well as an empty list, okta-dev-scim-20); any other 404 means the path is wrong.
   */
  | 'pass-scim-error';

/** How the policy judges one answer. */
export interface Expectation {
  /**
   * What a 2xx answer must carry: a ServiceProviderConfig, a list with nobody in it (a filter that
   * matches nobody), or a page of users whose paging numbers Okta can read (at most `count`).
   */
  document: 'service-provider-config' | 'empty-list-response' | 'paged-list';
  /** For `paged-list`: the page size the request asked for. */
  count?: number;
  /** Sent without credentials: a 401 or 403 (the endpoint wants the token) passes too. */
  anonymous: boolean;
  notFound: NotFoundRule;
  /** What a list holds, for the message when a filter that matches nobody returns some. */
  listOf?: 'users' | 'groups';
}

export interface PlannedRequest {
  id: ProbeHttpCheckId;
  /**
   * Path and query after the Tenant URL's path (which ends without a slash). `nonce` is a fresh
   * random id per probe, for filters that must match nobody.
   */
  path: (nonce: string) => string;
  /** `token`: with `Authorization: Bearer <Secret Token>`. */
  credentials: 'none' | 'token';
  expect: Expectation;
}

export interface ProbePlan {
  /** Whose test this is; an answer of a plan other than Entra's says so (`mode`). */
  mode: ProbeMode;
  /** The names the checks give the two fields (Tenant URL / SCIM connector base URL …). */
  words: FieldWords;
  /**
   * Which TLS passes: Entra documents TLS 1.2 (1.3 only is a warning); Okta asks for TLS and names
   * no version (okta-dev-scim-prepare), so 1.3 passes.
   */
  tls: 'tls-1.2' | 'any-version';
  /** The User-Agent header of every request. */
  userAgent: string;
  /** Headers every request carries besides Accept, User-Agent and Authorization. */
  headers?: Readonly<Record<string, string>>;
  /**
   * The requests, stage by stage: the requests of one stage run at the same time; a network
   * failure (no HTTP answer) in a stage reports every later stage as skipped.
   */
  stages: ReadonlyArray<readonly PlannedRequest[]>;
}

const filter = (expression: string): string => `filter=${encodeURIComponent(expression)}`;

/**
 * What Microsoft Entra ID's Test connection does: the ServiceProviderConfig first without then with
 * the token, and the /Users and /Groups filter queries for an id that exists nowhere.
 */
const USER_AGENT = 'ApartmentIQ-SCIM-Guide-Probe/1.0';

export const ENTRA_PLAN: ProbePlan = {
  mode: 'entra',
  words: ENTRA_FIELD_WORDS,
  tls: 'tls-1.2',
  userAgent: USER_AGENT,
  stages: [
    [
      {
        id: 'spc-anonymous',
        path: () => '/ServiceProviderConfig',
        credentials: 'none',
        expect: {
          document: 'service-provider-config',
          anonymous: true,
          notFound: 'warn-no-config',
        },
      },
    ],
    [
      {
        id: 'spc',
        path: () => '/ServiceProviderConfig',
        credentials: 'token',
        expect: {
          document: 'service-provider-config',
          anonymous: false,
          notFound: 'warn-no-config',
        },
      },
      {
        id: 'users-filter',
        path: (nonce) => `/Users?${filter(`userName eq "${nonce}"`)}`,
        credentials: 'token',
        expect: {
          document: 'empty-list-response',
          anonymous: false,
          notFound: 'fail',
          listOf: 'users',
        },
      },
      {
        id: 'groups-filter',
        path: (nonce) =>
          `/Groups?excludedAttributes=members&${filter(`displayName eq "${nonce}"`)}`,
        credentials: 'token',
        expect: {
          document: 'empty-list-response',
          anonymous: false,
          notFound: 'warn-no-groups',
          listOf: 'groups',
        },
      },
    ],
  ],
};

/** How many users Okta asks for in its first list (okta-dev-scim-11: `count=2`). */
export const OKTA_TEST_COUNT = 2;

/**
 * What Okta does: once provisioning is configured, it lists the first two users
 * (`GET /Users?startIndex=1&count=2`, okta-dev-scim-11, which ties it to saving the configuration;
 * Okta does not document what Test Connector Configuration itself sends. Never
 * /ServiceProviderConfig, okta-dev-scim-faq; no /Groups, which ApartmentIQ leaves off); before it creates a user, it looks
 * them up by `userName eq "…"` with `startIndex=1&count=100` (okta-dev-scim-20). Both with the
 * token, at the same time, with the headers Okta says it sends (okta-kb-sync-failure).
 */
export const OKTA_PLAN: ProbePlan = {
  mode: 'okta',
  words: OKTA_FIELD_WORDS,
  tls: 'any-version',
  userAgent: USER_AGENT,
  headers: { 'Accept-Charset': 'utf-8' },
  stages: [
    [
      {
        id: 'okta-users-list',
        path: () => `/Users?startIndex=1&count=${OKTA_TEST_COUNT}`,
        credentials: 'token',
        expect: {
          document: 'paged-list',
          count: OKTA_TEST_COUNT,
          anonymous: false,
          notFound: 'fail',
        },
      },
      {
        id: 'okta-user-lookup',
        path: (nonce) => `/Users?${filter(`userName eq "${nonce}"`)}&startIndex=1&count=100`,
        credentials: 'token',
        expect: {
          document: 'empty-list-response',
          anonymous: false,
          notFound: 'pass-scim-error',
          listOf: 'users',
        },
      },
    ],
  ],
};

/** Each mode's plan. */
export const PLANS: Readonly<Record<ProbeMode, ProbePlan>> = { entra: ENTRA_PLAN, okta: OKTA_PLAN };

/** The checks a plan reports, in order: the fixed steps, then its requests. */
export function checkIdsOf(plan: ProbePlan): ProbeCheckId[] {
  return ['tenant-url', 'token', 'dns', 'tls', ...plan.stages.flat().map((request) => request.id)];
}
