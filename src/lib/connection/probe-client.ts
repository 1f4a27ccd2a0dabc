/**
 * Calling POST /api/probe from the browser and sorting every way it can go wrong into one
 * outcome the widget can render. Pure apart from the `fetch` it is handed, so the
 * classification is unit-tested without a network.
 */
import {
  ProbeErrorResponseSchema,
  ProbeResponseSchema,
  type ProbeMode,
  type ProbeResponse,
  type ProbeRouteErrorCode,
} from '../scim/contract';

export const PROBE_ROUTE_PATH = '/api/probe';

export type ProbeOutcome =
  /** The probe ran; its answer passed schema validation. */
  | { kind: 'result'; response: ProbeResponse }
  /** The route refused the request (4xx with a valid error body), or is not deployed (`probe-unavailable`). */
  | {
      kind: 'route-error';
      code: ProbeRouteErrorCode;
      message: string;
      status?: number;
      retryAfterSeconds?: number;
    }
  /** The browser could not reach the route at all (offline, blocked, aborted by our own time limit). */
  | { kind: 'network-error'; reason: 'offline' | 'timeout' }
  /** The route answered, but with something that is not the documented JSON. */
  | { kind: 'invalid-answer'; status: number; detail: string };

export interface ProbeAnswer {
  status: number;
  /** Lower-case header names. */
  contentType: string | null;
  retryAfter: string | null;
  body: string;
}

const UNAVAILABLE_MESSAGE =
  'The connection test is not available on this deployment; the field checks above still work.';

/** Statuses a static host or a proxy gives for a route that does not exist or takes no POST. */
const ROUTE_MISSING_STATUSES = new Set([404, 405, 501]);

/**
 * Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), rounded up and
 * never negative; undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Only a real HTTP date (it names a weekday and GMT), not any string Date.parse happens to accept.
  if (!/GMT$/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Turns the route's HTTP answer into an outcome. Total: any status and body give an outcome. */
export function classifyProbeAnswer(answer: ProbeAnswer, now: Date = new Date()): ProbeOutcome {
  const json = parseJson(answer.body);
  const looksLikeHtml = (answer.contentType ?? '').toLowerCase().includes('text/html');

  if (answer.status >= 400 && answer.status < 500 && json.ok) {
    const refusal = ProbeErrorResponseSchema.safeParse(json.value);
    if (refusal.success) {
      const { code, message } = refusal.data.error;
      const retryAfterSeconds =
        code === 'rate-limited' ? parseRetryAfter(answer.retryAfter, now) : undefined;
      return {
        kind: 'route-error',
        code,
        message,
        status: answer.status,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      };
    }
  }

  // A static host (or a proxy in front of one) answers the missing route with its own 404/405
  // page, or serves the site's HTML shell for any path.
  if (
    ROUTE_MISSING_STATUSES.has(answer.status) ||
    (looksLikeHtml && !json.ok && answer.status < 500)
  ) {
    return {
      kind: 'route-error',
      code: 'probe-unavailable',
      message: UNAVAILABLE_MESSAGE,
      status: answer.status,
    };
  }

  if (answer.status === 429) {
    const retryAfterSeconds = parseRetryAfter(answer.retryAfter, now);
    return {
      kind: 'route-error',
      code: 'rate-limited',
      message: 'Too many connection tests in a short time.',
      status: 429,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }

  if (!json.ok) {
    return { kind: 'invalid-answer', status: answer.status, detail: 'The answer was not JSON.' };
  }
  if (answer.status !== 200) {
    return {
      kind: 'invalid-answer',
      status: answer.status,
      detail: `Unexpected HTTP status ${answer.status}.`,
    };
  }
  const result = ProbeResponseSchema.safeParse(json.value);
  if (!result.success) {
    return {
      kind: 'invalid-answer',
      status: answer.status,
      detail: 'The answer did not match the expected format.',
    };
  }
  return { kind: 'result', response: result.data };
}

export interface RequestProbeOptions {
  fetch: typeof fetch;
  tenantUrl: string;
  token: string;
  /** Whose requests to make; the route's default (Entra's) when not given. */
  mode?: ProbeMode;
  signal?: AbortSignal;
  /** Where the route lives; the default is this site's own route. */
  endpoint?: string;
}

/**
 * Sends one probe and classifies the answer. Never throws: a network failure or an abort is
 * an outcome too. (An abort by the caller's signal reports `timeout`: the widget only aborts
 * when its own time limit is reached or the page is left.)
 */
export async function requestProbe(options: RequestProbeOptions): Promise<ProbeOutcome> {
  let response: Response;
  try {
    response = await options.fetch(options.endpoint ?? PROBE_ROUTE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        tenantUrl: options.tenantUrl,
        token: options.token,
        ...(options.mode === undefined || options.mode === 'entra' ? {} : { mode: options.mode }),
      }),
      // The token must not end up in any HTTP cache.
      cache: 'no-store',
      credentials: 'same-origin',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch {
    return { kind: 'network-error', reason: options.signal?.aborted ? 'timeout' : 'offline' };
  }
  let body: string;
  try {
    body = await response.text();
  } catch {
    return { kind: 'network-error', reason: options.signal?.aborted ? 'timeout' : 'offline' };
  }
  return classifyProbeAnswer({
    status: response.status,
    contentType: response.headers.get('content-type'),
    retryAfter: response.headers.get('retry-after'),
    body,
  });
}
