/**
 * The connection probe's POLICY: what each result means (pass, warn, fail; which code). Pure; no
 * text for people (src/server/probe-wording.ts words each outcome) and no I/O (src/server/probe.ts).
 *
 * Everything an endpoint sent stays raw in an outcome's facts; the wording passes it through the
 * secret finder before it reaches the answer.
 */
import { STATUS_CODES } from 'node:http';
import type {
  Capabilities,
  CheckResult,
  CheckStatus,
  DiagnosticCode,
  Finding,
  ProbeResponse,
} from '~/lib/scim/contract';
import { TENANT_URL_HOST_CODES } from '~/lib/scim/contract';
import {
  ERROR_URN,
  oktaPagingFindings,
  parseListResponse,
  parseScimError,
  parseServiceProviderConfig,
} from '~/lib/scim';
import { htmlTitle } from '~/lib/text/html-title';
import type { AddressVerdict } from './address-guard';
import type { HttpResponse, NetworkFailure } from './network';
import type { Expectation } from './probe-plan';

export interface Outcome {
  status: CheckStatus;
  code: DiagnosticCode;
  findings?: Finding[];
}

/** What a field check means for the probe: its first error fails, its first warning warns. */
export interface FieldOutcome extends Outcome {
  /** The finding that decided (none when the field passes). */
  decisive?: Finding;
}

/** Tenant URL findings the probe judges itself (allow-list, address): shown, but not a warning here. */
const HOST_CODES: ReadonlySet<DiagnosticCode> = new Set(TENANT_URL_HOST_CODES);

export function judgeField(result: CheckResult, field: 'tenant-url' | 'token'): FieldOutcome {
  const findings = result.findings;
  const error = findings.find((item) => item.severity === 'error');
  if (error) return { status: 'fail', code: error.code, decisive: error, findings };
  const warning = findings.find(
    (item) => item.severity === 'warning' && !(field === 'tenant-url' && HOST_CODES.has(item.code)),
  );
  if (warning) return { status: 'warn', code: warning.code, decisive: warning, findings };
  return { status: 'pass', code: 'ok', findings };
}

/** Resolver answers that mean "this name does not exist" (or has no address). */
const NO_SUCH_NAME_CODES = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

export function isNoSuchName(errorCode: string | undefined): boolean {
  return NO_SUCH_NAME_CODES.has(errorCode ?? '');
}

/**
 * The first address the probe must not contact, if any: invalid always; non-public unless
 * SCIM_PROBE_ALLOW_PRIVATE is on. One refused address refuses the host (no picking the good one).
 */
export function refusedAddress(
  verdicts: readonly AddressVerdict[],
  allowPrivate: boolean,
): AddressVerdict | undefined {
  return verdicts.find((item) => !item.isPublic && (item.kind === 'invalid' || !allowPrivate));
}

/** A TLS 1.2 failure worth a TLS 1.3 retry: the handshake itself was refused. */
export function tls12Refused(failure: NetworkFailure): boolean {
  return (
    (failure.code === 'tls-error' && failure.tlsProblem === 'handshake') ||
    failure.code === 'connection-reset'
  );
}

/** Which failure to report when the TLS 1.3 retry failed too: a certificate problem is the more useful. */
export function tlsFailureToReport(first: NetworkFailure, retry: NetworkFailure): NetworkFailure {
  return retry.code === 'tls-error' && retry.tlsProblem !== 'handshake' ? retry : first;
}

export function verdictOf(
  checks: ReadonlyArray<{ status: CheckStatus }>,
): ProbeResponse['verdict'] {
  if (checks.some((item) => item.status === 'fail')) return 'fail';
  if (checks.some((item) => item.status === 'warn')) return 'warn';
  return 'pass';
}

/** What an HTTP answer was, for the wording: each kind with the facts its message needs. */
export type AnswerReading =
  | { kind: 'redirect'; location?: string }
  | { kind: 'anonymous-refused' }
  | { kind: 'anonymous-public' }
  | { kind: 'anonymous-not-config'; answer: 'html' | 'not-json' | 'not-config'; title?: string }
  | { kind: 'unauthorized' }
  | { kind: 'forbidden' }
  | { kind: 'not-found'; rule: Expectation['notFound'] }
  | { kind: 'method-not-allowed' }
  | { kind: 'rate-limited'; retryAfter?: string }
  | { kind: 'server-error' }
  | { kind: 'filter-unsupported' }
  | { kind: 'unexpected-status' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'html'; title?: string }
  | { kind: 'not-json'; contentType: string }
  | { kind: 'not-config' }
  | { kind: 'config-deviates'; deviation: Finding }
  | { kind: 'config-valid' }
  | { kind: 'not-list' }
  | { kind: 'filter-ignored'; count: number; listOf: 'users' | 'groups' }
  | { kind: 'empty-list' }
  /** A 404 with a SCIM Error for a look-up of nobody: "no such user", which Okta accepts. */
  | { kind: 'no-such-user' }
  /** A page of users whose paging Okta reads: how many it holds of how many in all. */
  | { kind: 'user-page'; shown: number; total: number }
  /** A page of users whose paging Okta cannot read, or that ignores `count`. */
  | { kind: 'paging'; problem: Finding };

export interface AnswerOutcome extends Outcome {
  reading: AnswerReading;
  /** The HTTP status line, e.g. `401 Unauthorized`. */
  statusLine: string;
  /** The SCIM error `detail` the endpoint sent, raw (quoted through the secret finder when worded). */
  detail?: string;
  capabilities?: Capabilities;
}

function statusLine(status: number): string {
  const phrase = STATUS_CODES[status];
  return phrase ? `${status} ${phrase}` : String(status);
}

export function headerText(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A body that says it is a SCIM Error (RFC 7644 §3.12). */
function isScimError(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const schemas = (value as { schemas?: unknown }).schemas;
  return Array.isArray(schemas) && schemas.includes(ERROR_URN);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Whether an answer is an HTML page: by its type, or a body that starts with a tag. */
function looksLikeHtml(response: HttpResponse, bodyText: string): boolean {
  const contentType = headerText(response.headers['content-type']) ?? '';
  return /\bhtml\b/i.test(contentType) || /^\s*</.test(bodyText);
}

/**
 * A 2xx to the request without credentials. A public ServiceProviderConfig passes (RFC 7644 allows
 * it). Anything else (a web page, a login form, other JSON) is not a SCIM answer, but Entra and Okta
 * always send the token, so it only warns: the checks with the token decide.
 */
function judgeAnonymousAnswer(
  response: HttpResponse,
  bodyText: string,
  json: { ok: true; value: unknown } | { ok: false },
  outcome: (verdict: CheckStatus, code: DiagnosticCode, reading: AnswerReading) => AnswerOutcome,
): AnswerOutcome {
  if (looksLikeHtml(response, bodyText)) {
    const title = htmlTitle(bodyText);
    return outcome('warn', 'html-response', {
      kind: 'anonymous-not-config',
      answer: 'html',
      ...(title ? { title } : {}),
    });
  }
  if (!json.ok)
    return outcome('warn', 'not-json', { kind: 'anonymous-not-config', answer: 'not-json' });
  const parsed = parseServiceProviderConfig(json.value);
  if (!parsed.ok || !parsed.capabilities)
    return outcome('warn', 'not-scim', { kind: 'anonymous-not-config', answer: 'not-config' });
  return outcome('pass', 'ok', { kind: 'anonymous-public' });
}

/**
 * What one HTTP answer means for one planned request. Pure: status, headers and body in, outcome
 * out; the status rules first (the same for every request), then the document the plan expects.
 */
export function judgeAnswer(expect: Expectation, response: HttpResponse): AnswerOutcome {
  const { status } = response;
  const bodyText = response.body.toString('utf8');
  const json = parseJson(bodyText);
  const scimError = json.ok ? parseScimError(json.value) : undefined;
  const facts = {
    statusLine: statusLine(status),
    ...(scimError?.ok && scimError.detail ? { detail: scimError.detail } : {}),
  };
  const outcome = (
    verdict: CheckStatus,
    code: DiagnosticCode,
    reading: AnswerReading,
    findings?: Finding[],
  ): AnswerOutcome => ({
    status: verdict,
    code,
    reading,
    ...facts,
    ...(findings ? { findings } : {}),
  });
  const fail = (code: DiagnosticCode, reading: AnswerReading, findings?: Finding[]) =>
    outcome('fail', code, reading, findings);

  if (status >= 300 && status < 400) {
    const location = headerText(response.headers.location);
    return fail('redirect', { kind: 'redirect', ...(location ? { location } : {}) });
  }
  if (expect.anonymous) {
    if (status === 401 || status === 403)
      return outcome('pass', 'ok', { kind: 'anonymous-refused' });
    if (status >= 200 && status < 300)
      return judgeAnonymousAnswer(response, bodyText, json, outcome);
  }
  if (status === 401) return fail('unauthorized', { kind: 'unauthorized' });
  if (status === 403) return fail('forbidden', { kind: 'forbidden' });
  if (status === 404) {
    const reading: AnswerReading = { kind: 'not-found', rule: expect.notFound };
    switch (expect.notFound) {
      case 'pass-scim-error':
        return json.ok && isScimError(json.value)
          ? outcome('pass', 'ok', { kind: 'no-such-user' })
          : fail('not-found', reading);
      case 'warn-no-groups':
        return outcome('warn', 'groups-not-found', reading);
      case 'warn-no-config':
        return outcome('warn', 'not-found', reading);
      case 'fail':
        return fail('not-found', reading);
    }
  }
  if (status === 405) return fail('method-not-allowed', { kind: 'method-not-allowed' });
  if (status === 429) {
    const retryAfter = headerText(response.headers['retry-after']);
    return fail('upstream-rate-limited', {
      kind: 'rate-limited',
      ...(retryAfter ? { retryAfter } : {}),
    });
  }
  if (status >= 500) return fail('server-error', { kind: 'server-error' });
  if (status < 200 || status >= 300) {
    if (status === 400 && scimError?.scimType === 'invalidFilter')
      return fail('filter-unsupported', { kind: 'filter-unsupported' });
    return fail('not-scim', { kind: 'unexpected-status' });
  }

  // 2xx: the body must be a SCIM document of the right kind.
  if (response.tooLarge)
    return fail('response-too-large', { kind: 'too-large', bytes: response.body.length });
  if (looksLikeHtml(response, bodyText)) {
    const title = htmlTitle(bodyText);
    return fail('html-response', { kind: 'html', ...(title ? { title } : {}) });
  }
  if (!json.ok)
    return fail('not-json', {
      kind: 'not-json',
      contentType: headerText(response.headers['content-type']) ?? '',
    });

  if (expect.document === 'service-provider-config') {
    const parsed = parseServiceProviderConfig(json.value);
    if (!parsed.ok || !parsed.capabilities)
      return fail('not-scim', { kind: 'not-config' }, parsed.findings);
    const deviation = parsed.findings.find((item) => item.severity !== 'info');
    const judged = deviation
      ? outcome('warn', deviation.code, { kind: 'config-deviates', deviation }, parsed.findings)
      : outcome('pass', 'ok', { kind: 'config-valid' }, parsed.findings);
    return { ...judged, capabilities: parsed.capabilities };
  }
  const list = parseListResponse(json.value);
  if (!list.ok) return fail('not-scim', { kind: 'not-list' }, list.findings);
  if (expect.document === 'paged-list') {
    // Any number of users is fine, as long as Okta can page through them.
    const paging = oktaPagingFindings(json.value, expect.count ?? list.resources.length);
    const findings = [...list.findings, ...paging];
    const problem =
      paging.find((item) => item.severity === 'error') ??
      paging.find((item) => item.severity === 'warning');
    if (problem)
      return outcome(
        problem.severity === 'error' ? 'fail' : 'warn',
        problem.code,
        { kind: 'paging', problem },
        findings,
      );
    const shown = list.resources.length;
    return outcome(
      'pass',
      'ok',
      { kind: 'user-page', shown, total: list.totalResults ?? shown },
      findings,
    );
  }
  const count = Math.max(list.totalResults ?? 0, list.resources.length);
  if (count > 0)
    return fail(
      'filter-ignored',
      { kind: 'filter-ignored', count, listOf: expect.listOf ?? 'users' },
      list.findings,
    );
  return outcome('pass', 'ok', { kind: 'empty-list' }, list.findings);
}
