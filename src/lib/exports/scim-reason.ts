/**
 * What an app answered, read out of the `reason` Entra logs for a failed SCIM request (exports
 * research C.3):
 *
 *   StatusCode: Conflict\r\n
 *   Message: Processing of the HTTP request resulted in an exception. …\r\n
 *   Web Response: \r\n
 *   {"schemas":[…Error],"detail":"…","status":409,"scimType":"uniqueness"}. This operation was
 *   retried 1 times. It will be retried again after this date: 2026-03-24T13:23:44.9198514Z UTC
 *
 * Older entries put `Failed to create User '…' in customappsso; Error: …\r\n` first. Parsed with
 * indexOf and one bounded brace scan: linear time on any text, and never a throw.
 */

/** Longer reasons are read only this far: real ones are a few hundred characters. */
export const MAX_REASON_CHARS = 64 * 1024;
const MAX_DETAIL_CHARS = 1000;

export interface ScimResponse {
  /** 409, when the reason or the SCIM error says so. */
  httpStatus?: number;
  /** The reason phrase Entra wrote after `StatusCode:`, e.g. `Conflict`. */
  statusText?: string;
  /** SCIM `scimType`, e.g. `uniqueness`. */
  scimType?: string;
  /** The app's own words: the SCIM error's `detail`, or the plain response body. */
  detail?: string;
}

const STATUS_BY_PHRASE: Record<string, number> = {
  badrequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notfound: 404,
  methodnotallowed: 405,
  conflict: 409,
  preconditionfailed: 412,
  requestentitytoolarge: 413,
  payloadtoolarge: 413,
  unprocessableentity: 422,
  toomanyrequests: 429,
  internalservererror: 500,
  notimplemented: 501,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
};

const RETRY_TAIL = '. This operation was retried';

function lineAfter(text: string, label: string): string | undefined {
  const at = text.indexOf(label);
  if (at === -1) return undefined;
  const start = at + label.length;
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).trim();
}

/** The end (exclusive) of the JSON object that starts at `start`, or -1: a linear brace scan. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}

const clip = (text: string) =>
  text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS)}…` : text;

function readScimError(json: string): Omit<ScimResponse, 'statusText'> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const error = value as Record<string, unknown>;
    const result: Omit<ScimResponse, 'statusText'> = {};
    const status = typeof error['status'] === 'string' ? Number(error['status']) : error['status'];
    if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status < 600)
      result.httpStatus = status;
    if (typeof error['scimType'] === 'string' && error['scimType'] !== '')
      result.scimType = clip(error['scimType']);
    const detail = error['detail'] ?? error['message'] ?? error['Message'];
    result.detail = clip(typeof detail === 'string' ? detail : json);
    return result;
  } catch {
    return undefined;
  }
}

/** The HTTP status and the app's error from a `reason`; `undefined` when it holds no HTTP answer. */
export function parseScimReason(reason: string): ScimResponse | undefined {
  const text = reason.length > MAX_REASON_CHARS ? reason.slice(0, MAX_REASON_CHARS) : reason;
  const statusText = lineAfter(text, 'StatusCode:');
  const responseAt = text.indexOf('Web Response:');
  if (statusText === undefined && responseAt === -1) return undefined;

  const response: ScimResponse = {};
  if (statusText) {
    response.statusText = clip(statusText);
    const numeric = Number(statusText);
    const status =
      Number.isInteger(numeric) && numeric >= 100 && numeric < 600
        ? numeric
        : STATUS_BY_PHRASE[statusText.toLowerCase()];
    if (status !== undefined) response.httpStatus = status;
  }
  if (responseAt !== -1) {
    let bodyStart = responseAt + 'Web Response:'.length;
    while (bodyStart < text.length && /\s/.test(text.charAt(bodyStart))) bodyStart += 1;
    const tail = text.indexOf(RETRY_TAIL, bodyStart);
    const bodyEnd = tail === -1 ? text.length : tail;
    const end = text.charAt(bodyStart) === '{' ? objectEnd(text, bodyStart) : -1;
    const scimError =
      end !== -1 && end <= bodyEnd ? readScimError(text.slice(bodyStart, end)) : undefined;
    if (scimError) Object.assign(response, scimError);
    else {
      const body = text.slice(bodyStart, bodyEnd).trim();
      if (body !== '') response.detail = clip(body);
    }
  }
  return response;
}
