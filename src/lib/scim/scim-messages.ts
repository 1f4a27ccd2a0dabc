/**
 * Readers for the two SCIM message documents the probe meets (RFC 7644 §3.4.2 and §3.12):
 * `urn:ietf:params:scim:api:messages:2.0:ListResponse` and `…:Error`. Lenient where real servers
 * differ harmlessly (`status` as text, `Resources` left out of an empty list); `not-scim` when the
 * JSON is not the expected shape at all.
 */
import { z } from '../../config/zod';
import type { Finding } from './contract';
import { diagnosticFinding as finding } from './catalogue';

export const LIST_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

export interface ListResponseResult {
  ok: boolean;
  totalResults?: number;
  resources: unknown[];
  findings: Finding[];
}

export interface ScimErrorResult {
  ok: boolean;
  status?: number;
  scimType?: string;
  detail?: string;
  findings: Finding[];
}

const JsonObject = z.record(z.string(), z.unknown());
const Count = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .trim()
    .regex(/^\d{1,15}$/)
    .transform(Number),
]);
const HttpStatus = z.union([
  z.number().int().min(100).max(599),
  z
    .string()
    .trim()
    .regex(/^[1-5]\d\d$/)
    .transform(Number),
]);

function asObject(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return undefined;
  const parsed = JsonObject.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The document is not the one asked for: one `not-scim` error. */
function notScim(message: string): { ok: false; findings: Finding[] } {
  return { ok: false, findings: [finding('not-scim', message)] };
}

function schemasOf(document: Record<string, unknown>): string[] {
  const schemas = document['schemas'];
  if (typeof schemas === 'string') return [schemas];
  return Array.isArray(schemas)
    ? schemas.filter((urn): urn is string => typeof urn === 'string')
    : [];
}

/** Reads a key case-insensitively: some servers write `resources` or `TotalResults`. */
function get(document: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(document, key)) return document[key];
  const found = Object.keys(document).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : document[found];
}

function describe(json: unknown): string {
  return json === null ? 'null' : Array.isArray(json) ? 'a JSON list' : `a JSON ${typeof json}`;
}

export function parseListResponse(json: unknown): ListResponseResult {
  const findings: Finding[] = [];
  const document = asObject(json);
  if (!document) {
    return {
      ...notScim(`The answer is ${describe(json)}, not a SCIM ListResponse object.`),
      resources: [],
    };
  }
  const schemas = schemasOf(document);
  if (schemas.includes(ERROR_URN)) {
    const error = parseScimError(document);
    const status = error.status === undefined ? '' : ` (status ${error.status})`;
    return {
      ...notScim(`The answer is a SCIM error${status}, not the list of users Entra expects.`),
      resources: [],
    };
  }

  const total = Count.safeParse(get(document, 'totalResults'));
  const rawResources = get(document, 'Resources');
  const hasResources = Array.isArray(rawResources);
  if (!total.success && !hasResources) {
    return {
      ...notScim(
        'The answer is JSON, but not a SCIM ListResponse: it has neither "totalResults" nor "Resources".',
      ),
      resources: [],
    };
  }
  if (rawResources !== undefined && rawResources !== null && !hasResources) {
    return { ...notScim('The answer\'s "Resources" is not a list.'), resources: [] };
  }
  if (!schemas.includes(LIST_RESPONSE_URN)) {
    findings.push(
      finding(
        'not-scim',
        `The answer does not list "${LIST_RESPONSE_URN}" in "schemas", as SCIM 2.0 requires; it was read anyway.`,
        { severity: 'warning' },
      ),
    );
  }
  const resources = hasResources ? (rawResources as unknown[]) : [];
  if (!total.success) {
    findings.push(
      finding(
        'not-scim',
        'The answer has no usable "totalResults", which SCIM 2.0 requires in every list.',
        { severity: 'warning' },
      ),
    );
  } else if (!hasResources && total.data > 0) {
    findings.push(
      finding(
        'not-scim',
        `The answer says "totalResults": ${total.data} but has no "Resources" list.`,
        { severity: 'warning' },
      ),
    );
  } else if (typeof get(document, 'totalResults') === 'string') {
    findings.push(
      finding(
        'not-scim',
        'The answer writes "totalResults" as text instead of a number; it was read anyway.',
        { severity: 'info' },
      ),
    );
  }

  const result: ListResponseResult = {
    ok: !findings.some((f) => f.severity === 'error'),
    resources,
    findings,
  };
  if (total.success) result.totalResults = total.data;
  return result;
}

export function parseScimError(json: unknown): ScimErrorResult {
  const findings: Finding[] = [];
  const document = asObject(json);
  if (!document) {
    return notScim(`The error answer is ${describe(json)}, not a SCIM Error object.`);
  }
  const status = HttpStatus.safeParse(get(document, 'status'));
  const detail = get(document, 'detail');
  const scimType = get(document, 'scimType');
  const hasDetail = typeof detail === 'string' && detail !== '';
  if (!status.success && !hasDetail) {
    return notScim(
      'The error answer is JSON, but not a SCIM Error: it has neither "status" nor "detail".',
    );
  }
  if (!schemasOf(document).includes(ERROR_URN)) {
    findings.push(
      finding(
        'not-scim',
        `The error answer does not list "${ERROR_URN}" in "schemas"; it was read anyway.`,
        { severity: 'info' },
      ),
    );
  }
  if (!status.success) {
    findings.push(
      finding('not-scim', 'The error answer has no usable "status".', { severity: 'info' }),
    );
  }

  const result: ScimErrorResult = { ok: !findings.some((f) => f.severity === 'error'), findings };
  if (status.success) result.status = status.data;
  if (typeof scimType === 'string' && scimType !== '') result.scimType = scimType;
  if (hasDetail) result.detail = detail;
  return result;
}
