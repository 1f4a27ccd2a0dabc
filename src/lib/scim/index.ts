// TEMPORARY STUB (branches `widgets` + `workspace`) so both build before branch `lib` lands.
// On `git merge lib`, take lib's version of this file entirely.
import { ALL_DIAGNOSTIC_CODES, type CheckResult, type DiagnosticCode, type Finding, type Severity } from './contract';

export * from './contract';

export function checkTenantUrl(input: string): CheckResult {
  const findings: Finding[] = [];
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, findings: [{ code: 'empty', severity: 'error', message: 'Paste the Tenant URL.' }] };
  if (trimmed !== input) findings.push({ code: 'whitespace', severity: 'warning', message: 'Remove the spaces around the Tenant URL.' });
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, findings: [...findings, { code: 'not-a-url', severity: 'error', message: 'This is not a web address.' }] };
  }
  if (url.protocol !== 'https:') findings.push({ code: 'not-https', severity: 'error', message: 'The Tenant URL must start with https://.' });
  let normalized = trimmed;
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    findings.push({ code: 'trailing-slash', severity: 'warning', message: 'Remove the slash at the end.' });
    normalized = normalized.replace(/\/+$/, '');
  }
  if (!url.hostname.endsWith('.apartmentiq.io')) findings.push({ code: 'unexpected-host', severity: 'warning', message: 'This host is not an ApartmentIQ host.' });
  const ok = !findings.some((finding) => finding.severity === 'error');
  return { ok, ...(ok ? { normalized } : {}), findings };
}

export function checkToken(input: string): CheckResult {
  const findings: Finding[] = [];
  let value = input.trim();
  if (value === '') return { ok: false, findings: [{ code: 'empty', severity: 'error', message: 'Paste the Secret Token.' }] };
  if (value !== input) findings.push({ code: 'whitespace', severity: 'warning', message: 'Remove the spaces around the token.' });
  if (/^bearer\s+/i.test(value)) {
    findings.push({ code: 'bearer-prefix', severity: 'warning', message: 'Remove "Bearer " before the token.' });
    value = value.replace(/^bearer\s+/i, '');
  }
  if (/^".*"$/.test(value)) {
    findings.push({ code: 'quoted', severity: 'warning', message: 'Remove the quotes around the token.' });
    value = value.slice(1, -1);
  }
  if (value.length < 16) findings.push({ code: 'too-short', severity: 'error', message: 'The token is too short.' });
  const ok = !findings.some((finding) => finding.severity === 'error');
  return { ok, ...(ok ? { normalized: value } : {}), findings };
}

export function maskSecret(secret: string): string {
  return secret.length <= 4 ? '••••' : `••••${secret.slice(-4)}`;
}

export interface CatalogueEntry {
  title: string;
  explanation: string;
  fix: string;
  severity: Severity;
  group: string;
}

export function catalogueEntry(code: DiagnosticCode): CatalogueEntry {
  return { title: code, explanation: `About ${code}.`, fix: `How to fix ${code}.`, severity: 'error', group: 'stub' };
}

export function troubleshootingHref(code: DiagnosticCode): string {
  return `/troubleshooting/#${code}`;
}

export const diagnosticCatalogue = Object.fromEntries(
  ALL_DIAGNOSTIC_CODES.map((code) => [code, { code, ...catalogueEntry(code) }]),
) as Record<DiagnosticCode, CatalogueEntry & { code: DiagnosticCode }>;

export function looksLikeSecretToken(input: string): boolean {
  const value = input.trim().replace(/^bearer\s+/i, '');
  if (value.length < 16 || /\s/.test(value) || value.includes('://')) return false;
  return /^[A-Za-z0-9._~+/=-]+$/.test(value) && !value.includes('.apartmentiq.io');
}
