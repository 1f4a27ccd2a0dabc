/**
 * The connection probe: tests a SCIM endpoint the way Microsoft Entra ID does, from this server.
 *
 * Order (../shared/DESIGN.md, issue 4): field checks → host allowed? → one DNS lookup, every
 * address public? → TLS 1.2 handshake (TLS 1.3 retry to tell `tls-version`) → ServiceProviderConfig
 * without credentials → then concurrently: ServiceProviderConfig with the token, Entra's /Users and
 * /Groups filter queries. Each step is one check in the answer; a step that cannot run because an
 * earlier one failed is reported as `skip` with the earlier step's code.
 *
 * Okta mode (`mode: 'okta'`, issue 17) makes Okta's requests instead of the ServiceProviderConfig and
 * Entra's filters: the list of the first two users Okta asks for when its integration is tested
 * (`GET /Users?startIndex=1&count=2`) and its look-up before it creates a user (a `userName eq`
 * filter with `startIndex=1&count=100`), concurrently, judged the way Okta does (okta-dev-scim-20:
 * integer paging numbers; a user that does not exist may be an empty list or a 404 SCIM error).
 * It is added with the smallest change to this function; the data-driven split into request plans
 * (helper A's runProbe split) was not on main yet.
 *
 * The token goes only into the Authorization header of the authenticated requests. Every
 * text in the answer that came from the endpoint passes through the one secret finder
 * (src/lib/secret), in case it echoes the token in any encoding: such a field is withheld whole.
 * The finished answer passes through it once more, string by string, as the last line of defence.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import type {
  Capabilities,
  CheckResult,
  CheckStatus,
  DiagnosticCode,
  Finding,
  ProbeCheck,
  ProbeCheckId,
  ProbeMode,
  ProbeRequest,
  ProbeResponse,
  TranscriptEntry,
} from '~/lib/scim/contract';
import { PROBE_MODE_CHECKS } from '~/lib/scim/contract';
import { classifyAddress } from './address-guard';
import {
  describeNetworkError,
  errorCodeOf,
  httpsGet,
  systemLookup,
  tlsHandshake,
  TLS_1_2_ONLY,
  TLS_1_2_OR_1_3,
  TLS_1_3_ONLY,
  type HandshakeResult,
  type HostLookup,
  type HttpResponse,
  type NetworkFailure,
  type ResolvedAddress,
  type Target,
  type TlsVersionRange,
} from './network';
import {
  catalogueEntry,
  checkTenantUrl,
  checkToken,
  ENTRA_FIELD_WORDS,
  ERROR_URN,
  maskSecret,
  OKTA_FIELD_WORDS,
  oktaPagingFindings,
  parseListResponse,
  parseScimError,
  parseServiceProviderConfig,
} from '~/lib/scim';
import {
  createSecretFinder,
  QUOTE_MARGIN,
  WITHHELD,
  withholdEverywhere,
  type SecretFinder,
} from '~/lib/secret/finder';
import { htmlTitle } from '~/lib/text/html-title';
import { trimTrailing } from '~/lib/text/trim';
import { isHostAllowed, type ProbeSettings } from './settings';

export interface ProbeDependencies {
  /** DNS lookup; tests replace it to simulate a failing resolver without sending a packet. */
  lookup?: HostLookup;
}

/** What the server logs about one probe: never the token, never bodies. */
export interface ProbeLogRecord {
  host: string | undefined;
  /** Why a host was refused before any connection (`no-such-name`, `loopback`, `private`…): never an address. */
  dnsNote?: string;
  verdict: ProbeResponse['verdict'];
  checks: Array<{
    id: ProbeCheckId;
    status: CheckStatus;
    code: DiagnosticCode;
    durationMs?: number;
  }>;
  durationMs: number;
}

export interface ProbeOutcome {
  response: ProbeResponse;
  log: ProbeLogRecord;
}

const TITLES: Record<ProbeCheckId, string> = {
  'tenant-url': 'Tenant URL',
  token: 'Secret Token',
  dns: 'Host name and address',
  tls: 'TLS 1.2 connection',
  'spc-anonymous': 'ServiceProviderConfig without credentials',
  spc: 'ServiceProviderConfig with the Secret Token',
  'users-filter': "Entra's Test connection: /Users filter",
  'groups-filter': "Entra's Test connection: /Groups filter",
  'okta-users-list': "Okta's test: the first two users (/Users list)",
  'okta-user-lookup': "Okta's look-up before it creates a user (/Users filter)",
};

/** Tenant URL findings the probe judges itself (host-not-allowed, blocked-address): shown, but not a warning here. */
const HOST_FINDINGS = new Set<DiagnosticCode>([
  'localhost',
  'ip-address-host',
  'unexpected-host',
  'non-default-port',
]);

const USER_AGENT = 'ApartmentIQ-SCIM-Guide-Probe/1.0';
const MAX_HEADERS_IN_TRANSCRIPT = 60;
const MAX_HEADER_VALUE = 1024;

const round = (ms: number): number => Math.round(ms * 10) / 10;

interface StepResult {
  status: CheckStatus;
  code: DiagnosticCode;
  message: string;
  findings?: Finding[];
}

function fixFor(code: DiagnosticCode): string | undefined {
  return code === 'ok' ? undefined : catalogueEntry(code).fix;
}

/** Okta's names for the two fields (the other titles are the same in both modes). */
const OKTA_TITLES: Partial<Record<ProbeCheckId, string>> = {
  'tenant-url': 'SCIM connector base URL',
  token: 'API token (Authorization)',
};

function check(id: ProbeCheckId, step: StepResult, extra: Partial<ProbeCheck> = {}): ProbeCheck {
  const fix = step.status === 'pass' ? undefined : fixFor(step.code);
  return {
    id,
    title: TITLES[id],
    status: step.status,
    code: step.code,
    message: step.message,
    ...(fix === undefined ? {} : { fix }),
    ...(step.findings && step.findings.length > 0 ? { findings: step.findings } : {}),
    ...extra,
  };
}

function fieldStep(
  result: CheckResult,
  okMessage: string,
  ignore: ReadonlySet<DiagnosticCode> = new Set(),
): StepResult {
  const error = result.findings.find((item) => item.severity === 'error');
  if (error)
    return { status: 'fail', code: error.code, message: error.message, findings: result.findings };
  const warning = result.findings.find(
    (item) => item.severity === 'warning' && !ignore.has(item.code),
  );
  if (warning)
    return {
      status: 'warn',
      code: warning.code,
      message: warning.message,
      findings: result.findings,
    };
  return { status: 'pass', code: 'ok', message: okMessage, findings: result.findings };
}

function verdictOf(checks: ProbeCheck[]): ProbeResponse['verdict'] {
  if (checks.some((item) => item.status === 'fail')) return 'fail';
  if (checks.some((item) => item.status === 'warn')) return 'warn';
  return 'pass';
}

function reason(status: number): string {
  const phrase = STATUS_CODES[status];
  return phrase ? `${status} ${phrase}` : String(status);
}

function headerText(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A body that says it is a SCIM Error (RFC 7644 §3.12), as Okta's look-up may be answered. */
function isScimError(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const schemas = (value as { schemas?: unknown }).schemas;
  return Array.isArray(schemas) && schemas.includes(ERROR_URN);
}

type HttpCheckId =
  | 'spc-anonymous'
  | 'spc'
  | 'users-filter'
  | 'groups-filter'
  | 'okta-users-list'
  | 'okta-user-lookup';

/** How many users Okta's test asks for (`count=2`). */
const OKTA_TEST_COUNT = 2;

interface HttpJudgement extends StepResult {
  capabilities?: Capabilities;
}

/**
 * What one HTTP answer means for one check. Pure: status, headers and body in, outcome out.
 * `said` quotes the endpoint's own SCIM error detail when there is one.
 */
export function judgeResponse(
  id: HttpCheckId,
  request: string,
  response: HttpResponse,
  finder: SecretFinder,
): HttpJudgement {
  const { status } = response;
  const bodyText = response.body.toString('utf8');
  const json = parseJson(bodyText);
  const scimError = json.ok ? parseScimError(json.value) : undefined;
  const detail =
    scimError?.ok && scimError.detail
      ? ` The endpoint said: "${finder.quote(scimError.detail, 200)}".`
      : '';
  const fail = (code: DiagnosticCode, message: string): HttpJudgement => ({
    status: 'fail',
    code,
    message,
  });
  const answered = `${request} answered ${reason(status)}`;
  const okta = id === 'okta-users-list' || id === 'okta-user-lookup';
  const idp = okta ? 'Okta' : 'Entra';

  if (status >= 300 && status < 400) {
    const location = headerText(response.headers.location);
    const where = location
      ? ` to ${finder.quote(location, 300)}`
      : ' without saying where (no Location header)';
    return fail(
      'redirect',
      okta
        ? `${answered}: it redirects${where}. This test does not follow redirects: the SCIM connector base URL must be the endpoint itself.`
        : `${answered}: it redirects${where}. Entra does not follow redirects, and neither does this test.`,
    );
  }
  if (id === 'spc-anonymous') {
    if (status === 401 || status === 403) {
      return {
        status: 'pass',
        code: 'ok',
        message: `${answered} without credentials: the endpoint requires the Secret Token, as it should for user data.`,
      };
    }
    if (status >= 200 && status < 300) {
      return {
        status: 'pass',
        code: 'ok',
        message: `${answered} without credentials: the ServiceProviderConfig is public, which RFC 7644 allows.`,
      };
    }
  }
  if (status === 401)
    return fail(
      'unauthorized',
      `${answered}: the endpoint did not accept the Secret Token.${detail}`,
    );
  if (status === 403)
    return fail(
      'forbidden',
      `${answered}: the Secret Token was recognised but is not allowed to do this.${detail}`,
    );
  if (status === 404) {
    if (id === 'okta-user-lookup' && json.ok && isScimError(json.value)) {
      return {
        status: 'pass',
        code: 'ok',
        message: `${answered} with a SCIM error: no such user. Okta accepts that answer for a user who does not exist, as well as an empty list.${detail}`,
      };
    }
    if (id === 'groups-filter') {
      return {
        status: 'warn',
        code: 'groups-not-found',
        message: `${answered}. Entra's Test connection also queries /Groups and may fail on a 404 even though ApartmentIQ provisions no groups.${detail}`,
      };
    }
    if (id === 'spc' || id === 'spc-anonymous') {
      return {
        status: 'warn',
        code: 'not-found',
        message: `${answered}: the endpoint has no ServiceProviderConfig at this path, so its capabilities are unknown. Check the path of the Tenant URL.${detail}`,
      };
    }
    return fail(
      'not-found',
      `${answered}: nothing exists at this path, so the Tenant URL's path is probably wrong.${detail}`,
    );
  }
  if (status === 405)
    return fail(
      'method-not-allowed',
      `${answered}: the endpoint does not allow GET here, so the URL probably points at something other than the SCIM base.${detail}`,
    );
  if (status === 429) {
    const retryAfter = headerText(response.headers['retry-after']);
    return fail(
      'upstream-rate-limited',
      `${answered}: the endpoint is rate limiting requests${retryAfter ? ` (Retry-After: ${finder.quote(retryAfter, 40)})` : ''}.${detail}`,
    );
  }
  if (status >= 500)
    return fail('server-error', `${answered}: the endpoint failed on its side.${detail}`);
  if (status < 200 || status >= 300) {
    if (status === 400 && scimError?.scimType === 'invalidFilter') {
      return fail(
        'filter-unsupported',
        `${answered} with scimType invalidFilter: the endpoint rejects ${idp}'s filter query.${detail}`,
      );
    }
    return fail(
      'not-scim',
      `${answered}, which a SCIM endpoint should not answer to this request.${detail}`,
    );
  }

  // 2xx: the body must be a SCIM document of the right kind.
  if (response.tooLarge)
    return fail(
      'response-too-large',
      `${answered} with a body larger than ${Math.round(response.body.length / 1024)} KiB; the test stopped reading it there.`,
    );
  const contentType = headerText(response.headers['content-type']) ?? '';
  if (/\bhtml\b/i.test(contentType) || /^\s*</.test(bodyText)) {
    const title = htmlTitle(bodyText);
    return fail(
      'html-response',
      `${answered} with an HTML page${title ? ` ("${finder.withhold(title)}")` : ''} instead of SCIM JSON: usually a sign-in, proxy or error page in front of the endpoint.`,
    );
  }
  if (!json.ok) {
    return fail(
      'not-json',
      `${answered}, but the body is not JSON${contentType ? ` (Content-Type: ${finder.quote(contentType, 80)})` : ''}.`,
    );
  }
  if (id === 'spc' || id === 'spc-anonymous') {
    const parsed = parseServiceProviderConfig(json.value);
    if (!parsed.ok || !parsed.capabilities) {
      return {
        status: 'fail',
        code: 'not-scim',
        message: `${answered}, but the JSON is not a SCIM ServiceProviderConfig.`,
        findings: parsed.findings,
      };
    }
    const warning = parsed.findings.find((item) => item.severity !== 'info');
    const base: HttpJudgement = warning
      ? {
          status: 'warn',
          code: warning.code,
          message: `${answered} with a ServiceProviderConfig that deviates from the standard: ${warning.message}`,
          findings: parsed.findings,
        }
      : {
          status: 'pass',
          code: 'ok',
          message: `${answered} with a valid ServiceProviderConfig.`,
          findings: parsed.findings,
        };
    return { ...base, capabilities: parsed.capabilities };
  }
  const list = parseListResponse(json.value);
  if (!list.ok) {
    return {
      status: 'fail',
      code: 'not-scim',
      message: `${answered}, but the JSON is not a SCIM ListResponse.`,
      findings: list.findings,
    };
  }
  if (id === 'okta-users-list') {
    // Okta's test lists users: any number is fine, as long as Okta can page through them.
    const paging = oktaPagingFindings(json.value, OKTA_TEST_COUNT);
    const findings = [...list.findings, ...paging];
    const problem =
      paging.find((item) => item.severity === 'error') ??
      paging.find((item) => item.severity === 'warning');
    if (problem)
      return {
        status: problem.severity === 'error' ? 'fail' : 'warn',
        code: problem.code,
        message: `${answered} with a ListResponse, but ${lowerFirst(problem.message)}`,
        findings,
      };
    return {
      status: 'pass',
      code: 'ok',
      message: `${answered} with a ListResponse of ${list.resources.length} of ${list.totalResults ?? list.resources.length} users and integer paging numbers, as Okta reads it.`,
      findings,
    };
  }
  const count = Math.max(list.totalResults ?? 0, list.resources.length);
  if (count > 0) {
    const what = id === 'groups-filter' ? 'groups' : 'users';
    return {
      status: 'fail',
      code: 'filter-ignored',
      message: `${answered} with ${count} ${what} for a filter that matches nobody (a random id): the endpoint ignores the filter, so ${idp} would match the wrong ${what}.`,
      findings: list.findings,
    };
  }
  return {
    status: 'pass',
    code: 'ok',
    message: okta
      ? `${answered} with an empty ListResponse (totalResults 0): no such user, as Okta expects before it creates one.`
      : `${answered} with an empty ListResponse (totalResults 0), as Entra's Test connection expects.`,
    findings: list.findings,
  };
}

/** Resolver answers that mean "this name does not exist" (or has no address). */
const NO_SUCH_NAME_CODES = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

/**
 * The one answer for a host the probe will not contact because of its address or its name: the
 * same words whether the name does not exist or leads to a private, loopback or reserved address,
 * and no address, so the probe cannot be used to map internal networks.
 */
function unreachableStep(host: string): StepResult {
  return {
    status: 'fail',
    code: 'blocked-address',
    message: `${host} is not reachable from the public internet or not allowed, so it was not contacted.`,
  };
}

function networkStep(failure: NetworkFailure): StepResult {
  return { status: 'fail', code: failure.code, message: failure.detail };
}

function flattenHeaders(
  headers: HttpResponse['headers'],
  finder: SecretFinder,
): Record<string, string> {
  const flat: Record<string, string> = {};
  Object.entries(headers)
    .slice(0, MAX_HEADERS_IN_TRANSCRIPT)
    .forEach(([name, value], index) => {
      const text = headerText(value);
      if (text === undefined) return;
      // A header name can carry the token too: then the whole header is withheld.
      if (finder.found(name)) flat[`withheld-header-${index + 1}`] = WITHHELD;
      else flat[name] = finder.quote(text, MAX_HEADER_VALUE);
    });
  return flat;
}

/** The first bytes of a body for the transcript, or WITHHELD when they (or the bytes just after) hold the token. */
function transcriptBody(body: Buffer, shownBytes: number, finder: SecretFinder): string {
  const shown = body.subarray(0, shownBytes).toString('utf8');
  const margin = body.subarray(shownBytes, shownBytes + QUOTE_MARGIN * 4).toString('utf8');
  return finder.found(shown + margin) ? WITHHELD : shown;
}

/**
 * What one HTTP answer adds to the probe's answer: its transcript entry (headers and the first
 * bytes of the body, each passed through the secret finder) and the check's judgement. Pure.
 */
export function recordResponse(
  id: HttpCheckId,
  request: TranscriptEntry['request'],
  response: HttpResponse,
  options: {
    finder: SecretFinder;
    transcriptBodyBytes: number;
    durationMs: number;
    /** How messages name the request, e.g. `GET /scim/v2/Users`. */
    described: string;
  },
): { entry: TranscriptEntry; judgement: HttpJudgement } {
  const { finder, transcriptBodyBytes, durationMs, described } = options;
  return {
    entry: {
      checkId: id,
      request,
      response: {
        status: response.status,
        headers: flattenHeaders(response.headers, finder),
        body: transcriptBody(response.body, transcriptBodyBytes, finder),
        bodyTruncated: response.tooLarge || response.body.length > transcriptBodyBytes,
      },
      durationMs,
    },
    judgement: judgeResponse(id, described, response, finder),
  };
}

function hostHeaderOf(url: URL): string {
  return url.host; // Includes the port only when it is not 443, as Entra's client sends it.
}

/** Runs one probe. Never throws for anything the endpoint does; the answer says what happened. */
export async function runProbe(
  input: ProbeRequest,
  settings: ProbeSettings,
  dependencies: ProbeDependencies = {},
): Promise<ProbeOutcome> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const mode: ProbeMode = input.mode ?? 'entra';
  const checkIds = PROBE_MODE_CHECKS[mode];
  const words = mode === 'okta' ? OKTA_FIELD_WORDS : ENTRA_FIELD_WORDS;
  const lookup = dependencies.lookup ?? systemLookup;
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), settings.totalTimeoutMs);
  const limits = { connectTimeoutMs: settings.connectTimeoutMs, signal: controller.signal };
  const timeLimits = {
    connectTimeoutMs: settings.connectTimeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs,
  };

  const checks = new Map<ProbeCheckId, ProbeCheck>();
  const transcript: TranscriptEntry[] = [];
  let capabilities: Capabilities | undefined;
  let host: string | undefined;
  /** Why the host was refused, for the server log only (never an address). */
  let dnsNote: string | undefined;
  // The token as sent and as the admin typed it: either may come back, in any encoding.
  const finder = createSecretFinder([input.token, checkToken(input.token).normalized]);

  const skipRest = (step: StepResult): void => {
    for (const id of checkIds) {
      if (!checks.has(id)) {
        checks.set(
          id,
          check(id, {
            status: 'skip',
            code: step.code,
            message: `Not run: ${lowerFirst(step.message)}`,
          }),
        );
      }
    }
  };

  try {
    // 1. The two fields, with the library's rules.
    const tenant = checkTenantUrl(input.tenantUrl, { words });
    const tokenCheck = checkToken(input.token, { words });
    const tenantStep = fieldStep(
      tenant,
      `The ${words.url} is well formed${tenant.normalized ? `: ${tenant.normalized}` : ''}.`,
      HOST_FINDINGS,
    );
    const tokenStep = fieldStep(tokenCheck, `The ${words.token} has a plausible shape.`);
    checks.set('tenant-url', check('tenant-url', tenantStep));
    checks.set('token', check('token', tokenStep));
    const baseUrl = tenant.ok ? safeUrl(tenant.normalized ?? input.tenantUrl.trim()) : undefined;
    if (tenantStep.status !== 'fail' && (!baseUrl || baseUrl.protocol !== 'https:')) {
      // The library accepted a value this server still cannot use: say so rather than guess.
      checks.set(
        'tenant-url',
        check('tenant-url', {
          status: 'fail',
          code: 'not-a-url',
          message: `The ${words.url} could not be read as an https:// URL.`,
          findings: tenant.findings,
        }),
      );
    }
    const tenantFailure =
      checks.get('tenant-url')?.status === 'fail' ? checks.get('tenant-url') : undefined;
    if (tenantFailure || tokenStep.status === 'fail' || !baseUrl) {
      const code = tenantFailure?.code ?? tokenStep.code;
      skipRest({
        status: 'skip',
        code,
        message: `the ${tenantFailure ? words.url : words.token} needs fixing first.`,
      });
      return finish();
    }
    const token = tokenCheck.normalized ?? input.token.trim();
    const hostname = baseUrl.hostname
      .replace(/^\[(.*)\]$/, '$1')
      .replace(/\.$/, '')
      .toLowerCase();
    host = finder.withhold(hostname);

    // 2. Host allowed? One lookup, and only public addresses.
    const dnsStarted = performance.now();
    if (!isHostAllowed(hostname, settings.allowedHostPatterns)) {
      const allowed =
        settings.allowedHostPatterns === 'any'
          ? 'any host'
          : settings.allowedHostPatterns.join(', ');
      const step: StepResult = {
        status: 'fail',
        code: 'host-not-allowed',
        message: `This test only connects to ${allowed}; ${host} is not one of them, so it was not contacted.`,
      };
      checks.set('dns', check('dns', step));
      skipRest(step);
      return finish();
    }
    let addresses: ResolvedAddress[];
    const ipFamily = isIP(hostname);
    if (ipFamily !== 0) {
      addresses = [{ address: hostname, family: ipFamily === 6 ? 6 : 4 }];
    } else {
      try {
        addresses = await withDeadline(lookup(hostname), controller.signal);
        if (addresses.length === 0)
          throw Object.assign(new Error('no addresses'), { code: 'ENODATA' });
      } catch (error) {
        // "No such name" and "a private address" get the same answer (no DNS oracle); the log tells them apart.
        const noSuchName = NO_SUCH_NAME_CODES.has(errorCodeOf(error) ?? '');
        if (noSuchName) dnsNote = 'no-such-name';
        const step = noSuchName
          ? unreachableStep(host)
          : networkStep(describeNetworkError(error, host, timeLimits));
        checks.set(
          'dns',
          check('dns', step, { durationMs: round(performance.now() - dnsStarted) }),
        );
        skipRest(step);
        return finish();
      }
    }
    const verdicts = addresses.map((item) => classifyAddress(item.address));
    const refused = verdicts.find(
      (item) => !item.isPublic && (item.kind === 'invalid' || !settings.allowPrivateAddresses),
    );
    const shown = verdicts
      .map((item) => item.address)
      .slice(0, 4)
      .join(', ');
    if (refused) {
      // Which kind of address, never which address: the answer says only "not reachable or not allowed".
      dnsNote = refused.kind;
      const step = unreachableStep(host);
      checks.set('dns', check('dns', step, { durationMs: round(performance.now() - dnsStarted) }));
      skipRest(step);
      return finish();
    }
    const chosen = addresses[0] as ResolvedAddress;
    const privateNote = verdicts.some((item) => !item.isPublic)
      ? ' (a non-public address, allowed because SCIM_PROBE_ALLOW_PRIVATE is on)'
      : '';
    checks.set(
      'dns',
      check(
        'dns',
        {
          status: 'pass',
          code: 'ok',
          message:
            ipFamily !== 0
              ? `The ${words.url} names the address ${chosen.address}${privateNote}.`
              : `${host} resolves to ${shown}${privateNote}; the test connects to ${chosen.address} only.`,
        },
        { durationMs: round(performance.now() - dnsStarted) },
      ),
    );
    const port = baseUrl.port === '' ? 443 : Number(baseUrl.port);
    const target: Target = {
      hostname,
      hostHeader: hostHeaderOf(baseUrl),
      address: chosen.address,
      family: chosen.family,
      port,
      hostnameIsIp: ipFamily !== 0,
    };

    // 3. TLS the way Entra connects: 1.2 only; if that fails at the handshake, does 1.3 work?
    const tlsStarted = performance.now();
    const tls = await checkTls(target, limits, timeLimits);
    if (mode === 'okta' && tls.step.code === 'tls-version') {
      // TLS 1.2 is Entra's requirement; Okta asks for TLS and names no version.
      tls.step = {
        status: 'pass',
        code: 'ok',
        message: tls.step.message.replace(
          /\. Microsoft documents TLS 1\.2 .*$/,
          '. Okta requires TLS and names no version, so TLS 1.3 is fine for Okta.',
        ),
      };
    }
    checks.set(
      'tls',
      check('tls', tls.step, { durationMs: round(performance.now() - tlsStarted) }),
    );
    if (!tls.range) {
      skipRest(tls.step);
      return finish();
    }

    // 4–6. The HTTP requests.
    const basePath = trimTrailing(baseUrl.pathname, '/');
    const headers = { Accept: 'application/scim+json', 'User-Agent': USER_AGENT };
    const authorized = { ...headers, Authorization: `Bearer ${token}` };
    const context: HttpContext = {
      target,
      range: tls.range,
      settings,
      signal: controller.signal,
      finder,
      transcript,
      origin: baseUrl.origin,
      timeLimits,
      token,
    };

    if (mode === 'okta') {
      // Okta's requests, with the headers Okta says it sends (okta-kb-sync-failure).
      const oktaHeaders = { ...authorized, 'Accept-Charset': 'utf-8' };
      const [list, lookupCheck] = await Promise.all([
        httpCheck(
          context,
          'okta-users-list',
          `${basePath}/Users?startIndex=1&count=${OKTA_TEST_COUNT}`,
          oktaHeaders,
        ),
        httpCheck(
          context,
          'okta-user-lookup',
          `${basePath}/Users?filter=${encodeURIComponent(`userName eq "${randomUUID()}"`)}&startIndex=1&count=100`,
          oktaHeaders,
        ),
      ]);
      checks.set('okta-users-list', list.check);
      checks.set('okta-user-lookup', lookupCheck.check);
      return finish();
    }

    const anonymous = await httpCheck(
      context,
      'spc-anonymous',
      `${basePath}/ServiceProviderConfig`,
      headers,
    );
    checks.set('spc-anonymous', anonymous.check);
    if (anonymous.networkFailure) {
      skipRest(networkStep(anonymous.networkFailure));
      return finish();
    }
    const probeId = randomUUID();
    const [spc, users, groups] = await Promise.all([
      httpCheck(context, 'spc', `${basePath}/ServiceProviderConfig`, authorized),
      httpCheck(
        context,
        'users-filter',
        `${basePath}/Users?filter=${encodeURIComponent(`userName eq "${probeId}"`)}`,
        authorized,
      ),
      httpCheck(
        context,
        'groups-filter',
        `${basePath}/Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq "${probeId}"`)}`,
        authorized,
      ),
    ]);
    checks.set('spc', spc.check);
    checks.set('users-filter', users.check);
    checks.set('groups-filter', groups.check);
    capabilities = spc.capabilities ?? anonymous.capabilities;
    return finish();
  } finally {
    clearTimeout(deadline);
  }

  function finish(): ProbeOutcome {
    const ordered = checkIds
      .map((id) => checks.get(id))
      .filter((item): item is ProbeCheck => item !== undefined)
      .map((item) => {
        const oktaTitle = mode === 'okta' ? OKTA_TITLES[item.id] : undefined;
        return oktaTitle === undefined ? item : { ...item, title: oktaTitle };
      });
    // Transcript entries in check order (the concurrent requests finish in any order).
    transcript.sort((a, b) => checkIds.indexOf(a.checkId) - checkIds.indexOf(b.checkId));
    const durationMs = round(performance.now() - started);
    // Last line of defence: any string anywhere in the answer that still holds the token (e.g. a
    // message naming a host or certificate the admin or the endpoint chose) is withheld whole.
    const response: ProbeResponse = withholdEverywhere(
      {
        // Only Okta's answers say whose requests they are: Entra's stay as they were.
        ...(mode === 'okta' ? { mode } : {}),
        verdict: verdictOf(ordered),
        ...(host === undefined ? {} : { host }),
        checks: ordered,
        ...(capabilities === undefined ? {} : { capabilities }),
        transcript,
        startedAt,
        durationMs,
      },
      finder,
    );
    const log: ProbeLogRecord = {
      host,
      ...(dnsNote === undefined ? {} : { dnsNote }),
      verdict: response.verdict,
      checks: ordered.map((item) => ({
        id: item.id,
        status: item.status,
        code: item.code,
        ...(item.durationMs === undefined ? {} : { durationMs: item.durationMs }),
      })),
      durationMs,
    };
    return { response, log };
  }
}

function lowerFirst(text: string): string {
  return text.length > 0 ? `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}` : text;
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function withDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted)
    return Promise.reject(Object.assign(new Error('probe time limit'), { code: 'ETIMEDOUT' }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void =>
      reject(Object.assign(new Error('probe time limit'), { code: 'ETIMEDOUT' }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function checkTls(
  target: Target,
  limits: { connectTimeoutMs: number; signal: AbortSignal },
  timeLimits: { connectTimeoutMs: number; totalTimeoutMs: number },
): Promise<{ step: StepResult; range?: TlsVersionRange }> {
  const describe = (handshake: HandshakeResult): string =>
    `${handshake.protocol} with ${handshake.cipher}; certificate for ${handshake.certificate.subject || target.hostname} issued by ${handshake.certificate.issuer || 'an unnamed issuer'}, valid until ${handshake.certificate.validTo}`;
  try {
    const handshake = await tlsHandshake(target, TLS_1_2_ONLY, limits);
    return {
      step: {
        status: 'pass',
        code: 'ok',
        message: `The endpoint accepts TLS 1.2, as Entra requires: ${describe(handshake)}.`,
      },
      range: TLS_1_2_ONLY,
    };
  } catch (error) {
    const failure = describeNetworkError(error, target.hostname, timeLimits);
    const handshakeRefused =
      (failure.code === 'tls-error' && failure.tlsProblem === 'handshake') ||
      failure.code === 'connection-reset';
    if (!handshakeRefused) return { step: networkStep(failure) };
    try {
      const handshake = await tlsHandshake(target, TLS_1_3_ONLY, limits);
      return {
        step: {
          status: 'warn',
          code: 'tls-version',
          message: `The endpoint refuses a TLS 1.2 handshake (${failure.errorCode ?? failure.code}) but accepts TLS 1.3 (${describe(handshake)}). Microsoft documents TLS 1.2 for SCIM endpoints, so Entra may fail to connect.`,
        },
        range: TLS_1_2_OR_1_3,
      };
    } catch (retryError) {
      const retryFailure = describeNetworkError(retryError, target.hostname, timeLimits);
      // A certificate problem found on the TLS 1.3 retry is the more useful thing to report.
      return {
        step: networkStep(
          retryFailure.code === 'tls-error' && retryFailure.tlsProblem !== 'handshake'
            ? retryFailure
            : failure,
        ),
      };
    }
  }
}

interface HttpContext {
  target: Target;
  range: TlsVersionRange;
  settings: ProbeSettings;
  signal: AbortSignal;
  finder: SecretFinder;
  transcript: TranscriptEntry[];
  origin: string;
  timeLimits: { connectTimeoutMs: number; totalTimeoutMs: number };
  token: string;
}

async function httpCheck(
  context: HttpContext,
  id: HttpCheckId,
  path: string,
  headers: Record<string, string>,
): Promise<{ check: ProbeCheck; capabilities?: Capabilities; networkFailure?: NetworkFailure }> {
  const { settings, finder } = context;
  const started = performance.now();
  const shownHeaders: Record<string, string> = { Host: context.target.hostHeader };
  for (const [name, value] of Object.entries(headers)) {
    shownHeaders[name] = name === 'Authorization' ? `Bearer ${maskSecret(context.token)}` : value;
  }
  const request = { method: 'GET', url: `${context.origin}${path}`, headers: shownHeaders };
  const described = `GET ${path.split('?', 1)[0] ?? path}`;
  try {
    const response = await httpsGet(context.target, context.range, path, headers, {
      connectTimeoutMs: settings.connectTimeoutMs,
      signal: context.signal,
      maxBytes: settings.maxResponseBytes,
    });
    const durationMs = round(performance.now() - started);
    const { entry, judgement } = recordResponse(id, request, response, {
      finder,
      transcriptBodyBytes: settings.transcriptBodyBytes,
      durationMs,
      described,
    });
    context.transcript.push(entry);
    const result: { check: ProbeCheck; capabilities?: Capabilities } = {
      check: check(id, judgement, {
        http: { method: 'GET', path, status: response.status, durationMs },
        durationMs,
      }),
    };
    if (judgement.capabilities) result.capabilities = judgement.capabilities;
    return result;
  } catch (error) {
    const durationMs = round(performance.now() - started);
    const failure = describeNetworkError(error, context.target.hostname, context.timeLimits);
    context.transcript.push({
      checkId: id,
      request,
      error: `${failure.code}: ${failure.detail}`,
      durationMs,
    });
    const step: StepResult = {
      ...networkStep(failure),
      message: `${described}: ${lowerFirst(failure.detail)}`,
    };
    return {
      check: check(id, step, { http: { method: 'GET', path, durationMs }, durationMs }),
      networkFailure: failure,
    };
  }
}
