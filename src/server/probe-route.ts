/**
 * POST /api/probe, minus Astro: request checks (cross-site, content type, size, JSON shape, rate
 * limit), the probe, and the JSON answer. Node-only; the browser bundle never imports src/server.
 *
 * Every answer is JSON with `Cache-Control: no-store`; refusals are `{ error: { code, message } }`
 * and never contain a stack trace. One line per probe goes to stdout: host, codes, durations.
 */
import { apartmentIq } from '~/config/apartmentiq';
import {
  ProbeRequestSchema,
  type ProbeErrorResponse,
  type ProbeResponse,
  type ProbeRouteErrorCode,
} from '~/lib/scim/contract';
import { runProbe, type ProbeDependencies, type ProbeLogRecord } from './probe';
import { createRateLimiter, clientKey } from './rate-limit';
import { clientAddressOf, isCrossSiteRequest, isJsonContentType } from './request-guard';
import { createRefusalLog } from './refusal-log';
import { parseProbeSettings, startupNotices, type ProbeSettings } from './settings';
import { WITHHELD } from '~/lib/secret/finder';
import { API_CSP } from './security-headers';

/** How many probes may run at once on this server; more get 503 `probe-unavailable`. */
const MAX_CONCURRENT_PROBES = apartmentIq.probe.maxConcurrentProbes;

const BASE_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // The server entry sends the site's other security headers with every answer; JSON needs no content.
  'Content-Security-Policy': API_CSP,
};

function json(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...BASE_HEADERS, ...headers } });
}

/** A refusal's JSON answer: `{ error: { code, message } }`, never a stack trace. */
function refusalResponse(
  status: number,
  code: ProbeRouteErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body: ProbeErrorResponse = { error: { code, message } };
  return json(status, JSON.stringify(body), headers);
}

function writeLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The one log line per probe. Only fixed vocabulary, numbers and the (redacted) host. */
export function formatProbeLog(record: ProbeLogRecord): string {
  const checks = record.checks
    .map(
      (item) =>
        `${item.id}:${item.status}:${item.code}${item.durationMs === undefined ? '' : `:${Math.round(item.durationMs)}ms`}`,
    )
    .join(' ');
  const host =
    record.host === undefined ? '-' : record.host === WITHHELD ? '(withheld)' : record.host;
  const note = record.dnsNote === undefined ? '' : ` refused-because=${record.dnsNote}`;
  return `scim-probe host=${host} verdict=${record.verdict} total=${Math.round(record.durationMs)}ms checks=${checks}${note}`;
}

type BodyRead =
  | { ok: true; text: string }
  | {
      ok: false;
      status: 400 | 408 | 413;
      reason: 'too-large' | 'not-utf8' | 'aborted' | 'timeout';
    };

/**
 * Reads at most `max` bytes of the request body, within `timeoutMs`; stops reading as soon as it
 * is over either. A client that aborts mid-body is a client fault: an answer, not an exception.
 */
async function readCappedBody(request: Request, max: number, timeoutMs: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > max)
    return { ok: false, status: 413, reason: 'too-large' };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    for (;;) {
      const next = reader.read();
      const result = await Promise.race([next, timedOut]);
      if (result === 'timeout') {
        // Not cancelled: that would reset the connection before the 408 is sent. The pending read
        // fails when the connection closes after the answer; that is expected, not an error.
        next.catch(() => undefined);
        return { ok: false, status: 408, reason: 'timeout' };
      }
      if (result.done) break;
      total += result.value.byteLength;
      if (total > max) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, status: 413, reason: 'too-large' };
      }
      chunks.push(result.value);
    }
  } catch {
    return { ok: false, status: 400, reason: 'aborted' };
  } finally {
    clearTimeout(timer);
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)),
    };
  } catch {
    return { ok: false, status: 400, reason: 'not-utf8' };
  }
}

/** Refusal lines one client may cause per minute before they are only counted. */
export const REFUSAL_LOG_LINES_PER_MINUTE = 5;

export interface ProbeHandler {
  post(request: Request, socketAddress: string | undefined): Promise<Response>;
  settings: ProbeSettings;
}

export function createProbeHandler(
  settings: ProbeSettings,
  dependencies: ProbeDependencies = {},
  output: (line: string) => void = writeLine,
): ProbeHandler {
  const limiter = createRateLimiter(settings.rateLimitPerMinute);
  const refusalLog = createRefusalLog(output, REFUSAL_LOG_LINES_PER_MINUTE);
  let running = 0;

  async function post(request: Request, socketAddress: string | undefined): Promise<Response> {
    const client = clientKey(clientAddressOf(socketAddress, request.headers, settings.trustProxy));
    const refuse = (
      status: number,
      code: ProbeRouteErrorCode,
      message: string,
      headers: Record<string, string> = {},
      reason?: string,
    ): Response => {
      refusalLog.write(
        client,
        `scim-probe refused status=${status} code=${code}${reason ? ` reason=${reason}` : ''}`,
      );
      return refusalResponse(status, code, message, headers);
    };
    try {
      return await answer(request, client, refuse);
    } catch (error) {
      // Never the message or stack: either could carry request data. One line.
      output(`scim-probe error=${error instanceof Error ? error.name : 'unknown'}`);
      return refusalResponse(
        500,
        'probe-unavailable',
        'The connection test failed unexpectedly; try again, and contact support if it keeps failing.',
      );
    }
  }

  async function answer(
    request: Request,
    client: string,
    refuse: (
      status: number,
      code: ProbeRouteErrorCode,
      message: string,
      headers?: Record<string, string>,
      reason?: string,
    ) => Response,
  ): Promise<Response> {
    if (isCrossSiteRequest(request.headers, new URL(request.url))) {
      return refuse(
        403,
        'cross-site-request',
        'This connection test only accepts requests from the guide itself, not from other web sites.',
      );
    }
    if (!isJsonContentType(request.headers.get('content-type'))) {
      return refuse(
        415,
        'unsupported-media-type',
        'Send the request body as JSON with Content-Type: application/json.',
      );
    }
    const body = await readCappedBody(
      request,
      settings.maxRequestBytes,
      settings.requestBodyTimeoutMs,
    );
    if (!body.ok) {
      switch (body.reason) {
        case 'too-large':
          return refuse(
            413,
            'payload-too-large',
            `The request body is larger than ${Math.round(settings.maxRequestBytes / 1024)} KiB; send only the Tenant URL and the Secret Token.`,
          );
        case 'timeout':
          return refuse(
            408,
            'request-timeout',
            `The request body did not arrive within ${settings.requestBodyTimeoutMs / 1000} s; send it again.`,
            { Connection: 'close' },
            'slow-body',
          );
        case 'aborted':
          return refuse(
            400,
            'bad-request',
            'The request body was cut off.',
            { Connection: 'close' },
            'aborted-body',
          );
        case 'not-utf8':
          return refuse(400, 'bad-request', 'The request body is not valid UTF-8 text.');
      }
    }
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(body.text);
    } catch {
      return refuse(400, 'bad-request', 'The request body is not valid JSON.');
    }
    const parsed = ProbeRequestSchema.safeParse(parsedJson);
    if (!parsed.success) {
      return refuse(400, 'bad-request', describeShapeProblem(parsedJson));
    }
    const decision = limiter.take(client);
    if (!decision.allowed) {
      return refuse(
        429,
        'rate-limited',
        `Too many connection tests from your network; try again in ${decision.retryAfterSeconds} s.`,
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    }
    if (running >= MAX_CONCURRENT_PROBES) {
      return refuse(
        503,
        'probe-unavailable',
        'The connection test is busy; try again in a few seconds.',
        { 'Retry-After': '5' },
      );
    }
    running += 1;
    try {
      const outcome = await runProbe(parsed.data, settings, dependencies);
      output(formatProbeLog(outcome.log));
      const result: ProbeResponse = outcome.response;
      // runProbe passed every string of the answer through the secret finder already.
      return json(200, JSON.stringify(result));
    } finally {
      running -= 1;
    }
  }

  return { post, settings };
}

/** A specific 400 message that names fields but never echoes their values. */
function describeShapeProblem(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The request body must be a JSON object: { "tenantUrl": "…", "token": "…" }.';
  }
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ['tenantUrl', 'token']) {
    if (!(field in record)) problems.push(`"${field}" is missing`);
    else if (typeof record[field] !== 'string') problems.push(`"${field}" must be a string`);
  }
  const extra = Object.keys(record).filter((key) => key !== 'tenantUrl' && key !== 'token');
  if (extra.length > 0)
    problems.push(
      `only "tenantUrl" and "token" are accepted (${extra.length} other field${extra.length === 1 ? '' : 's'} sent)`,
    );
  return `The request body is not a probe request: ${problems.join('; ')}.`;
}

export function methodNotAllowed(): Response {
  return new Response(
    JSON.stringify({
      error: {
        code: 'bad-request',
        message: 'Use POST with a JSON body { "tenantUrl", "token" }.',
      },
    } satisfies ProbeErrorResponse),
    {
      status: 405,
      headers: { ...BASE_HEADERS, Allow: 'POST' },
    },
  );
}

let defaultHandler: ProbeHandler | undefined;

/** The server's handler, configured from process.env once; prints the start-up notices then. */
export function probeHandler(): ProbeHandler {
  if (!defaultHandler) {
    const parsed = parseProbeSettings(process.env);
    for (const notice of startupNotices(parsed)) console.warn(notice);
    defaultHandler = createProbeHandler(parsed.settings);
  }
  return defaultHandler;
}
