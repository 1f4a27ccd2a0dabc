/**
 * TEMPORARY STUB on branch `workspace` so it builds before branch `lib` lands.
 * Branch `lib` owns this file: on `git merge lib`, take lib's version whole (`git checkout --theirs`).
 * Same signatures as lib's brief; the behaviour here is deliberately minimal.
 */
import { ALL_DIAGNOSTIC_CODES, type CheckResult, type DiagnosticCode, type Finding, type Severity } from './contract';

export * from './contract';

export interface DiagnosticEntry {
  code: DiagnosticCode;
  group: string;
  severity: Severity;
  title: string;
  explanation: string;
  fix: string;
}

export const diagnosticCatalogue = Object.fromEntries(
  ALL_DIAGNOSTIC_CODES.map((code) => [
    code,
    { code, group: 'stub', severity: 'error', title: code, explanation: `Stub entry for ${code}.`, fix: 'Stub.' },
  ]),
) as Record<DiagnosticCode, DiagnosticEntry>;

export function troubleshootingHref(code: DiagnosticCode): string {
  return `/troubleshooting/#${code}`;
}

export function looksLikeSecretToken(input: string): boolean {
  const value = input.trim().replace(/^bearer\s+/i, '');
  if (value.length < 16 || /\s/.test(value) || value.includes('://')) return false;
  return /^[A-Za-z0-9._~+/=-]+$/.test(value) && !value.includes('.apartmentiq.io');
}

export function checkTenantUrl(input: string): CheckResult {
  const findings: Finding[] = [];
  const value = input.trim();
  if (value === '') {
    findings.push({ code: 'empty', severity: 'error', message: 'Enter the Tenant URL.' });
    return { ok: false, findings };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    findings.push({ code: 'not-a-url', severity: 'error', message: 'This is not a URL.' });
    return { ok: false, findings };
  }
  if (url.protocol !== 'https:') findings.push({ code: 'not-https', severity: 'error', message: 'Use https.' });
  const ok = !findings.some((finding) => finding.severity === 'error');
  return ok ? { ok, normalized: url.href, findings } : { ok, findings };
}
