/**
 * The connection probe's ORDER: which HTTP requests it makes, in which order, and what each answer
 * must be. Data only: src/server/probe.ts runs a plan, src/server/probe-policy.ts judges each answer
 * by its `expect`, src/server/probe-wording.ts words the outcome.
 *
 * Before any request the probe always checks the two fields, the host (allow-list, one DNS lookup,
 * public addresses only) and TLS; those steps are not part of a plan. A second identity provider's
 * test (for example Okta's Test Connector Configuration) is a second plan with its own requests.
 */
import type { ProbeCheckId, ProbeHttpCheckId } from '~/lib/scim/contract';

/** What a 404 means for one request. */
export type NotFoundRule =
  /** The path is wrong: a failure. */
  | 'fail'
  /** No ServiceProviderConfig here: a warning, the capabilities stay unknown. */
  | 'warn-no-config'
  /** No /Groups: a warning, ApartmentIQ provisions no groups but Entra's Test connection asks. */
  | 'warn-no-groups';

/** How the policy judges one answer. */
export interface Expectation {
  /** What a 2xx answer must carry. */
  document: 'service-provider-config' | 'empty-list-response';
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
  /** The User-Agent header of every request. */
  userAgent: string;
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
export const ENTRA_PLAN: ProbePlan = {
  userAgent: 'ApartmentIQ-SCIM-Guide-Probe/1.0',
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

/** The checks a plan reports, in order: the fixed steps, then its requests. */
export function checkIdsOf(plan: ProbePlan): ProbeCheckId[] {
  return ['tenant-url', 'token', 'dns', 'tls', ...plan.stages.flat().map((request) => request.id)];
}
