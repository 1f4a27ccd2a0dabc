/**
 * The connection probe's WORDING: every sentence it says, from the outcomes src/server/probe-policy.ts
 * decides. Whatever the endpoint sent is quoted through the secret finder here, never raw.
 */
import type { HandshakeResult } from './network';
import { ENTRA_FIELD_WORDS, type FieldWords } from '~/lib/scim';
import type { ProbeCheckId, ProbeMode } from '~/lib/scim/contract';
import type { SecretFinder } from '~/lib/secret/finder';
import type { NotFoundRule } from './probe-plan';
import type { AnswerOutcome } from './probe-policy';

export const CHECK_TITLES: Record<ProbeCheckId, string> = {
  'tenant-url': 'Tenant URL',
  token: 'Secret Token',
  dns: 'Host name and address',
  tls: 'TLS 1.2 connection',
  'spc-anonymous': 'ServiceProviderConfig without credentials',
  spc: 'ServiceProviderConfig with the Secret Token',
  'users-filter': "Entra's Test connection: /Users filter",
  'groups-filter': "Entra's Test connection: /Groups filter",
  'okta-users-list': "Okta's user list: the first two users (/Users list)",
  'okta-user-lookup': "Okta's look-up before it creates a user (/Users filter)",
};

/** A check's title in a mode's words: Okta names the two fields and TLS its own way. */
export function checkTitle(id: ProbeCheckId, mode: ProbeMode): string {
  if (mode === 'okta') {
    if (id === 'tenant-url') return 'SCIM connector base URL';
    if (id === 'token') return 'API token (Authorization)';
    if (id === 'tls') return 'TLS connection';
  }
  return CHECK_TITLES[id];
}

export function lowerFirst(text: string): string {
  return text.length > 0 ? `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}` : text;
}

/** The field names of the sentences below; Entra's unless a plan says otherwise. */
type Words = Pick<FieldWords, 'url' | 'token' | 'idp'>;

export const say = {
  tenantUrlPass: (normalized: string | undefined, words: Words = ENTRA_FIELD_WORDS): string =>
    `The ${words.url} is well formed${normalized ? `: ${normalized}` : ''}.`,
  tokenPass: (words: Words = ENTRA_FIELD_WORDS): string =>
    `The ${words.token} has a plausible shape.`,
  notAnHttpsUrl: (words: Words = ENTRA_FIELD_WORDS): string =>
    `The ${words.url} could not be read as an https:// URL.`,
  fixFieldFirst: (field: 'tenant-url' | 'token', words: Words = ENTRA_FIELD_WORDS): string =>
    `the ${field === 'tenant-url' ? words.url : words.token} needs fixing first.`,
  skipped: (because: string): string => `Not run: ${lowerFirst(because)}`,
  hostNotAllowed: (host: string, patterns: readonly string[] | 'any'): string =>
    `This test only connects to ${patterns === 'any' ? 'any host' : patterns.join(', ')}; ${host} is not one of them, so it was not contacted.`,
  /**
   * The one answer for a host the probe will not contact because of its address or its name: the
   * same words whether the name does not exist or leads to a private, loopback or reserved address,
   * and no address, so the probe cannot be used to map internal networks.
   */
  unreachable: (host: string): string =>
    `${host} is not reachable from the public internet or not allowed, so it was not contacted.`,
  resolved: (facts: {
    host: string;
    ipLiteral: boolean;
    shown: readonly string[];
    chosen: string;
    privateAllowed: boolean;
    words?: Words;
  }): string => {
    const privateNote = facts.privateAllowed
      ? ' (a non-public address, allowed because SCIM_PROBE_ALLOW_PRIVATE is on)'
      : '';
    return facts.ipLiteral
      ? `The ${(facts.words ?? ENTRA_FIELD_WORDS).url} names the address ${facts.chosen}${privateNote}.`
      : `${facts.host} resolves to ${facts.shown.join(', ')}${privateNote}; the test connects to ${facts.chosen} only.`;
  },
  tls12: (handshake: HandshakeResult, hostname: string): string =>
    `The endpoint accepts TLS 1.2, as Entra requires: ${describeHandshake(handshake, hostname)}.`,
  tls13Only: (refusal: string, handshake: HandshakeResult, hostname: string): string =>
    `The endpoint refuses a TLS 1.2 handshake (${refusal}) but accepts TLS 1.3 (${describeHandshake(handshake, hostname)}). Microsoft documents TLS 1.2 for SCIM endpoints, so Entra may fail to connect.`,
  /** Okta's TLS check: it asks for TLS and names no version. */
  tlsForOkta: (handshake: HandshakeResult, hostname: string): string =>
    `The endpoint accepts ${handshake.protocol}; Okta asks for TLS and names no version: ${describeHandshake(handshake, hostname)}.`,
  /** A request that got no HTTP answer, e.g. `GET /scim/v2/Users: the connection was reset…`. */
  noAnswer: (request: string, detail: string): string => `${request}: ${lowerFirst(detail)}`,
};

const NOT_FOUND: Record<NotFoundRule, (words: Words) => string> = {
  'warn-no-groups': () =>
    ". Entra's Test connection also queries /Groups and may fail on a 404 even though ApartmentIQ provisions no groups.",
  'warn-no-config': (words) =>
    `: the endpoint has no ServiceProviderConfig at this path, so its capabilities are unknown. Check the path of the ${words.url}.`,
  fail: (words) => `: nothing exists at this path, so the ${words.url}'s path is probably wrong.`,
  'pass-scim-error': (words) =>
    `: nothing exists at this path (no SCIM error either), so the ${words.url}'s path is probably wrong.`,
};

function describeHandshake(handshake: HandshakeResult, hostname: string): string {
  return `${handshake.protocol} with ${handshake.cipher}; certificate for ${handshake.certificate.subject || hostname} issued by ${handshake.certificate.issuer || 'an unnamed issuer'}, valid until ${handshake.certificate.validTo}`;
}

/**
 * The message for one HTTP answer. `request` names it (`GET /scim/v2/Users`); the endpoint's own
 * SCIM error detail is quoted where it helps.
 */
export function answerMessage(
  request: string,
  outcome: AnswerOutcome,
  finder: SecretFinder,
  words: Words = ENTRA_FIELD_WORDS,
): string {
  const { idp } = words;
  const answered = `${request} answered ${outcome.statusLine}`;
  const said = outcome.detail ? ` The endpoint said: "${finder.quote(outcome.detail, 200)}".` : '';
  const reading = outcome.reading;
  switch (reading.kind) {
    case 'redirect': {
      const where = reading.location
        ? ` to ${finder.quote(reading.location, 300)}`
        : ' without saying where (no Location header)';
      return idp === 'Entra'
        ? `${answered}: it redirects${where}. Entra does not follow redirects, and neither does this test.`
        : `${answered}: it redirects${where}. This test does not follow redirects: the ${words.url} must be the endpoint itself.`;
    }
    case 'anonymous-refused':
      return `${answered} without credentials: the endpoint requires the ${words.token}, as it should for user data.`;
    case 'anonymous-public':
      return `${answered} without credentials: the ServiceProviderConfig is public, which RFC 7644 allows.`;
    case 'anonymous-not-config': {
      const what = {
        html: `an HTML page${reading.title ? ` ("${finder.withhold(reading.title)}")` : ''}`,
        'not-json': 'something that is not JSON',
        'not-config': 'JSON that is not a SCIM ServiceProviderConfig',
      }[reading.answer];
      return `${answered} without credentials with ${what}, not a refusal and not a ServiceProviderConfig. ${idp} always sends the ${words.token}, so the checks with it decide; if they fail the same way, the ${words.url} points at something other than the SCIM endpoint.`;
    }
    case 'unauthorized':
      return `${answered}: the endpoint did not accept the ${words.token}.${said}`;
    case 'forbidden':
      return `${answered}: the ${words.token} was recognised but is not allowed to do this.${said}`;
    case 'not-found':
      return `${answered}${NOT_FOUND[reading.rule](words)}${said}`;
    case 'method-not-allowed':
      return `${answered}: the endpoint does not allow GET here, so the URL probably points at something other than the SCIM base.${said}`;
    case 'rate-limited':
      return `${answered}: the endpoint is rate limiting requests${reading.retryAfter ? ` (Retry-After: ${finder.quote(reading.retryAfter, 40)})` : ''}.${said}`;
    case 'server-error':
      return `${answered}: the endpoint failed on its side.${said}`;
    case 'filter-unsupported':
      return `${answered} with scimType invalidFilter: the endpoint rejects ${idp}'s filter query.${said}`;
    case 'unexpected-status':
      return `${answered}, which a SCIM endpoint should not answer to this request.${said}`;
    case 'too-large':
      return `${answered} with a body larger than ${Math.round(reading.bytes / 1024)} KiB; the test stopped reading it there.`;
    case 'html':
      return `${answered} with an HTML page${reading.title ? ` ("${finder.withhold(reading.title)}")` : ''} instead of SCIM JSON: usually a sign-in, proxy or error page in front of the endpoint.`;
    case 'not-json':
      return `${answered}, but the body is not JSON${reading.contentType ? ` (Content-Type: ${finder.quote(reading.contentType, 80)})` : ''}.`;
    case 'not-config':
      return `${answered}, but the JSON is not a SCIM ServiceProviderConfig.`;
    case 'config-deviates':
      return `${answered} with a ServiceProviderConfig that deviates from the standard: ${reading.deviation.message}`;
    case 'config-valid':
      return `${answered} with a valid ServiceProviderConfig.`;
    case 'not-list':
      return `${answered}, but the JSON is not a SCIM ListResponse.`;
    case 'filter-ignored':
      return `${answered} with ${reading.count} ${reading.listOf} for a filter that matches nobody (a random id): the endpoint ignores the filter, so ${idp} would match the wrong ${reading.listOf}.`;
    case 'empty-list':
      return idp === 'Entra'
        ? `${answered} with an empty ListResponse (totalResults 0), as Entra's Test connection expects.`
        : `${answered} with an empty ListResponse (totalResults 0): no such user, as ${idp} expects before it creates one.`;
    case 'no-such-user':
      return `${answered} with a SCIM error: no such user. ${idp} accepts that answer for a user who does not exist, as well as an empty list.${said}`;
    case 'user-page':
      return `${answered} with a ListResponse of ${reading.shown} of ${reading.total} users and integer paging numbers, as ${idp} reads it.`;
    case 'paging':
      return `${answered} with a ListResponse, but ${lowerFirst(reading.problem.message)}`;
  }
}
