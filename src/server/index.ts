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
import { parseProbeSettings, startupNotices, type ProbeSettings } from './settings';
import { WITHHELD } from '~/lib/secret/finder';
import { API_CSP } from './security-headers';

export { runProbe, judgeResponse, recordResponse } from './probe';
export { classifyAddress } from './address-guard';
export { parseProbeSettings, isHostAllowed, startupNotices } from './settings';
export type { ProbeSettings } from './settings';

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

function refusal(
  status: number,
  code: ProbeRouteErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body: ProbeErrorResponse = { error: { code, message } };
  writeLine(`scim-probe refused status=${status} code=${code}`);
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

type BodyRead = { ok: true; text: string } | { ok: false; status: 400 | 413 };

/** Reads at most `max` bytes of the request body; stops reading as soon as it is over. */
async function readCappedBody(request: Request, max: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > max) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)),
    };
  } catch {
    return { ok: false, status: 400 };
  }
}

export interface ProbeHandler {
  post(request: Request, socketAddress: string | undefined): Promise<Response>;
  settings: ProbeSettings;
}

export function createProbeHandler(
  settings: ProbeSettings,
  dependencies: ProbeDependencies = {},
): ProbeHandler {
  const limiter = createRateLimiter(settings.rateLimitPerMinute);
  let running = 0;

  async function post(request: Request, socketAddress: string | undefined): Promise<Response> {
    if (isCrossSiteRequest(request.headers, new URL(request.url))) {
      return refusal(
        403,
        'cross-site-request',
        'This connection test only accepts requests from the guide itself, not from other web sites.',
      );
    }
    if (!isJsonContentType(request.headers.get('content-type'))) {
      return refusal(
        415,
        'unsupported-media-type',
        'Send the request body as JSON with Content-Type: application/json.',
      );
    }
    const body = await readCappedBody(request, settings.maxRequestBytes);
    if (!body.ok) {
      return body.status === 413
        ? refusal(
            413,
            'payload-too-large',
            `The request body is larger than ${Math.round(settings.maxRequestBytes / 1024)} KiB; send only the Tenant URL and the Secret Token.`,
          )
        : refusal(400, 'bad-request', 'The request body is not valid UTF-8 text.');
    }
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(body.text);
    } catch {
      return refusal(400, 'bad-request', 'The request body is not valid JSON.');
    }
    const parsed = ProbeRequestSchema.safeParse(parsedJson);
    if (!parsed.success) {
      return refusal(400, 'bad-request', describeShapeProblem(parsedJson));
    }
    const client = clientKey(clientAddressOf(socketAddress, request.headers, settings.trustProxy));
    const decision = limiter.take(client);
    if (!decision.allowed) {
      return refusal(
        429,
        'rate-limited',
        `Too many connection tests from your network; try again in ${decision.retryAfterSeconds} s.`,
        {
          'Retry-After': String(decision.retryAfterSeconds),
        },
      );
    }
    if (running >= MAX_CONCURRENT_PROBES) {
      return refusal(
        503,
        'probe-unavailable',
        'The connection test is busy; try again in a few seconds.',
        { 'Retry-After': '5' },
      );
    }
    running += 1;
    try {
      const outcome = await runProbe(parsed.data, settings, dependencies);
      writeLine(formatProbeLog(outcome.log));
      const answer: ProbeResponse = outcome.response;
      // runProbe passed every string of the answer through the secret finder already.
      return json(200, JSON.stringify(answer));
    } catch (error) {
      // Never the message or stack: either could carry request data.
      writeLine(`scim-probe error=${error instanceof Error ? error.name : 'unknown'}`);
      return refusal(
        500,
        'probe-unavailable',
        'The connection test failed unexpectedly; try again, and contact support if it keeps failing.',
      );
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
