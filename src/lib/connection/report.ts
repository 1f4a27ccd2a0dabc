/**
 * The plain-text report an admin pastes into a support ticket: what was checked, every code,
 * the probe's answer and its transcript. It never contains the Secret Token, in any encoding: the
 * token field is summarised by its length and codes, every field taken from the probe's answer
 * or the Tenant URL passes through the one secret finder (src/lib/secret) and is withheld whole
 * when it holds the token, and every finished line passes through it once more.
 */
import type { CheckResult, Finding, ProbeMode } from '../scim/contract';
import { createSecretFinder, type SecretFinder } from '../secret/finder';
import { capabilityRows } from './capabilities';
import type { ProbeOutcome } from './probe-client';

export type PageContext = 'prepare' | 'connect';

export interface SupportReportInput {
  siteVersion: string;
  generatedAt: Date;
  context: PageContext;
  /** Which identity provider's words and requests the checker used; Entra ID when not given. */
  idp?: ProbeMode;
  tenantUrl: { value: string; check: CheckResult };
  token: { value: string; check: CheckResult };
  probe?: ProbeOutcome | undefined;
}

/** Each response body in the report is cut here; the full transcript is on screen. */
export const REPORT_BODY_CHARS = 1500;

/** Host, path and query parameter names (not values) of a Tenant URL, or a note that it is not one. */
export function describeTenantUrl(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed === '') return ['Value: (empty)'];
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (url === undefined || !/^https?:$/.test(url.protocol)) {
    return [`Value: (not a web address, ${trimmed.length} characters; not included)`];
  }
  const lines = [
    `Scheme: ${url.protocol.replace(':', '')}`,
    `Host: ${url.host}`,
    `Path: ${url.pathname}`,
  ];
  const names = [...new Set([...url.searchParams.keys()])];
  if (names.length > 0) lines.push(`Query parameters: ${names.join(', ')} (values not included)`);
  if (url.username !== '' || url.password !== '')
    lines.push('Credentials in the URL: yes (not included)');
  return lines;
}

function findingLines(findings: readonly Finding[], finder: SecretFinder): string[] {
  if (findings.length === 0) return ['Findings: none'];
  return [
    'Findings:',
    ...findings.map(
      (finding) => `  - ${finding.severity} ${finding.code}: ${finder.withhold(finding.message)}`,
    ),
  ];
}

function indent(lines: readonly string[], by = '  '): string[] {
  return lines.map((line) => `${by}${line}`);
}

function probeVerdictLine(probe: ProbeOutcome | undefined): string {
  if (probe === undefined) return 'Verdict: not tested (field checks only)';
  switch (probe.kind) {
    case 'result':
      return `Verdict: ${probe.response.verdict.toUpperCase()}`;
    case 'route-error':
      return `Verdict: connection test not run (${probe.code})`;
    case 'network-error':
      return `Verdict: connection test not run (the browser could not reach the test: ${probe.reason})`;
    case 'invalid-answer':
      return `Verdict: connection test gave an unreadable answer (HTTP ${probe.status})`;
  }
}

/** Every code worth quoting, field findings first, without repeats; `ok` is left out. */
export function reportCodes(
  input: Pick<SupportReportInput, 'tenantUrl' | 'token' | 'probe'>,
): string[] {
  const codes = [
    ...input.tenantUrl.check.findings.map((finding) => finding.code),
    ...input.token.check.findings.map((finding) => finding.code),
  ];
  const probe = input.probe;
  if (probe?.kind === 'route-error') codes.push(probe.code);
  if (probe?.kind === 'result') {
    for (const check of probe.response.checks) {
      if (check.code !== 'ok') codes.push(check.code);
      for (const finding of check.findings ?? []) codes.push(finding.code);
    }
  }
  return [...new Set(codes)];
}

function probeSection(probe: ProbeOutcome | undefined, finder: SecretFinder): string[] {
  // Every field that came from the server (and so maybe from the endpoint) is checked whole,
  // before it is cut into lines: a token split over two lines is found too.
  const field = (text: string): string => finder.withhold(text);
  if (probe === undefined) return ['Connection test: not run'];
  switch (probe.kind) {
    case 'route-error':
      return [
        'Connection test: not run',
        ...indent([
          `Code: ${probe.code}${probe.status === undefined ? '' : ` (HTTP ${probe.status})`}`,
          `Message: ${field(probe.message)}`,
          ...(probe.retryAfterSeconds === undefined
            ? []
            : [`Retry after: ${probe.retryAfterSeconds} s`]),
        ]),
      ];
    case 'network-error':
      return [
        'Connection test: not run',
        ...indent([`The browser could not reach the test (${probe.reason}).`]),
      ];
    case 'invalid-answer':
      return [
        'Connection test: unreadable answer',
        ...indent([`HTTP ${probe.status}: ${field(probe.detail)}`]),
      ];
    case 'result':
      break;
  }
  const { response } = probe;
  const lines = [
    'Connection test',
    ...indent([
      `Verdict: ${response.verdict}`,
      ...(response.host === undefined ? [] : [`Host: ${field(response.host)}`]),
      `Started: ${response.startedAt}`,
      `Duration: ${Math.round(response.durationMs)} ms`,
      'Checks:',
      ...indent(
        response.checks.flatMap((check) => {
          const http = check.http
            ? ` (${check.http.method} ${field(check.http.path)}${check.http.status === undefined ? '' : ` → HTTP ${check.http.status}`})`
            : '';
          return [
            `[${check.status}] ${check.id}: ${check.code}${http}: ${field(check.message)}`,
            ...(check.findings ?? []).map(
              (finding) => `    - ${finding.severity} ${finding.code}: ${field(finding.message)}`,
            ),
          ];
        }),
      ),
    ]),
  ];
  if (response.capabilities) {
    lines.push(
      'Capabilities (ServiceProviderConfig)',
      ...indent(
        capabilityRows(response.capabilities).map(
          (row) =>
            `${row.label}: ${field(row.value)}${row.requiredByEntra ? ' (required by Entra)' : ''}`,
        ),
      ),
    );
  } else if (response.mode !== 'okta') {
    lines.push('Capabilities: not known');
  }
  lines.push(`Transcript (${response.transcript.length} requests; Authorization shown masked)`);
  response.transcript.forEach((entry, index) => {
    const headerLines = Object.entries(entry.request.headers).map(([name, value]) =>
      name.toLowerCase() === 'authorization' && !value.includes('••••')
        ? `> ${field(name)}: [redacted]`
        : `> ${field(name)}: ${field(value)}`,
    );
    const entryLines = [
      `#${index + 1} ${entry.checkId}: ${entry.request.method} ${field(entry.request.url)} (${Math.round(entry.durationMs)} ms)`,
    ];
    entryLines.push(...indent(headerLines));
    if (entry.response) {
      const body = entry.response.body;
      const cut = body.length > REPORT_BODY_CHARS;
      const shown = finder.quote(body, REPORT_BODY_CHARS);
      entryLines.push(
        ...indent([
          `< HTTP ${entry.response.status}`,
          ...Object.entries(entry.response.headers).map(
            ([name, value]) => `< ${field(name)}: ${field(value)}`,
          ),
          ...(body === '' ? [] : shown.split(/\r?\n/)),
          ...(cut || entry.response.bodyTruncated ? ['[body truncated]'] : []),
        ]),
      );
    }
    if (entry.error !== undefined) entryLines.push(...indent([`! ${field(entry.error)}`]));
    lines.push(...indent(entryLines));
  });
  return lines;
}

export function buildSupportReport(input: SupportReportInput): string {
  const codes = reportCodes(input);
  // The token as typed and as cleaned up: a server (or an endpoint) may echo either.
  const finder = createSecretFinder([input.token.value, input.token.check.normalized]);
  const okta = input.idp === 'okta';
  const lines = [
    'ApartmentIQ SCIM connection report',
    `Date: ${input.generatedAt.toISOString()}`,
    `Site version: ${input.siteVersion}`,
    `Identity provider: ${okta ? 'Okta' : 'Microsoft Entra ID'}`,
    `Page: ${okta ? 'Okta › ' : ''}${input.context === 'prepare' ? 'Prepare' : 'Connect'}`,
    probeVerdictLine(input.probe),
    `Codes: ${codes.length > 0 ? codes.join(', ') : 'none'}`,
    '',
    okta ? 'SCIM connector base URL' : 'Tenant URL',
    ...indent([
      ...describeTenantUrl(input.tenantUrl.value).map((line) => finder.withhold(line)),
      ...findingLines(input.tenantUrl.check.findings, finder),
    ]),
    '',
    `${okta ? 'API token' : 'Secret Token'} (never included in this report)`,
    ...indent([
      `Length: ${input.token.value.trim().length} characters`,
      ...findingLines(input.token.check.findings, finder),
    ]),
    '',
    ...probeSection(input.probe, finder),
  ];
  // Last line of defence: every finished line once more.
  return `${lines.map((line) => finder.withhold(line)).join('\n')}\n`;
}
