/**
 * TEMPORARY FALLBACK (probe branch): the SCIM library (`src/lib/scim/index.ts`) is written in
 * parallel on branch `lib`. Until it is merged, these tiny stand-ins keep the probe compiling and
 * testable. After `git merge lib` this file only re-exports the real library.
 */
import type { Capabilities, CheckResult, DiagnosticCode, Finding, Severity } from '~/lib/scim/contract';

interface CatalogueEntryLike {
  title: string;
  explanation: string;
  fix: string;
  severity: Severity;
  group: string;
}

export function catalogueEntry(code: DiagnosticCode): CatalogueEntryLike {
  return { title: code, explanation: code, fix: `See the Troubleshooting entry for ${code}.`, severity: 'error', group: 'connection-test' };
}

function finding(code: DiagnosticCode, severity: Severity, message: string): Finding {
  return { code, severity, message };
}

function result(findings: Finding[], normalized?: string): CheckResult {
  const ok = !findings.some((item) => item.severity === 'error');
  return normalized === undefined ? { ok, findings } : { ok, normalized, findings };
}

export function checkTenantUrl(input: string): CheckResult {
  const value = input.trim();
  if (value === '') return result([finding('empty', 'error', 'The Tenant URL is empty.')]);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return result([finding('not-a-url', 'error', 'The Tenant URL is not a URL.')]);
  }
  if (url.protocol !== 'https:') return result([finding('not-https', 'error', 'The Tenant URL must start with https://.')]);
  if (url.username || url.password) return result([finding('has-credentials', 'error', 'The Tenant URL contains a user name or password.')]);
  const path = url.pathname.replace(/\/+$/, '');
  return result([], `https://${url.host}${path}${url.search}`);
}

export function checkToken(input: string): CheckResult {
  const value = input.trim();
  if (value === '') return result([finding('empty', 'error', 'The Secret Token is empty.')]);
  if (value.length < 16) return result([finding('too-short', 'error', 'The Secret Token is too short.')]);
  if (/\s/.test(value)) return result([finding('whitespace', 'error', 'The Secret Token contains spaces.')]);
  return result([], value);
}

export function maskSecret(secret: string): string {
  return `••••${secret.slice(-4)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function supported(value: unknown): boolean {
  return isRecord(value) && value['supported'] === true;
}

export function parseServiceProviderConfig(json: unknown): { ok: boolean; capabilities?: Capabilities; findings: Finding[] } {
  if (!isRecord(json)) return { ok: false, findings: [finding('spc-not-object', 'error', 'Not a JSON object.')] };
  const schemas = json['schemas'];
  if (!Array.isArray(schemas) || !schemas.includes('urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig')) {
    return { ok: false, findings: [finding('spc-missing-schema', 'error', 'The ServiceProviderConfig schema is missing.')] };
  }
  const schemes = Array.isArray(json['authenticationSchemes']) ? json['authenticationSchemes'].filter(isRecord) : [];
  return {
    ok: true,
    capabilities: {
      patch: supported(json['patch']),
      bulk: { supported: supported(json['bulk']) },
      filter: { supported: supported(json['filter']) },
      changePassword: supported(json['changePassword']),
      sort: supported(json['sort']),
      etag: supported(json['etag']),
      authenticationSchemes: schemes.map((scheme) => ({ type: String(scheme['type'] ?? ''), name: String(scheme['name'] ?? '') })),
    },
    findings: [],
  };
}

export function parseListResponse(json: unknown): { ok: boolean; totalResults?: number; resources: unknown[]; findings: Finding[] } {
  if (!isRecord(json)) return { ok: false, resources: [], findings: [] };
  const schemas = json['schemas'];
  if (!Array.isArray(schemas) || !schemas.includes('urn:ietf:params:scim:api:messages:2.0:ListResponse')) {
    return { ok: false, resources: [], findings: [] };
  }
  const total = json['totalResults'];
  const resources = Array.isArray(json['Resources']) ? json['Resources'] : [];
  return typeof total === 'number' ? { ok: true, totalResults: total, resources, findings: [] } : { ok: false, resources, findings: [] };
}

export function parseScimError(json: unknown): { ok: boolean; status?: number; scimType?: string; detail?: string; findings: Finding[] } {
  if (!isRecord(json)) return { ok: false, findings: [] };
  const detail = typeof json['detail'] === 'string' ? json['detail'] : undefined;
  const scimType = typeof json['scimType'] === 'string' ? json['scimType'] : undefined;
  return { ok: true, ...(detail === undefined ? {} : { detail }), ...(scimType === undefined ? {} : { scimType }), findings: [] };
}
