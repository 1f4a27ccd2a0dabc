/**
 * The probe's settings: the limits in src/config/apartmentiq.ts, overridable by environment.
 *
 *   SCIM_PROBE_ALLOWED_HOSTS      comma-separated host patterns (`*.apartmentiq.io`, `scim.example.com`);
 *                                 `*` allows any host name (the address rule still applies)
 *   SCIM_PROBE_ALLOW_PRIVATE=1    also connect to loopback/private/link-local… addresses (development, tests)
 *   SCIM_PROBE_RATE_LIMIT         probes per client address per minute; 0 turns the limit off
 *   SCIM_PROBE_TRUST_PROXY=1      take the client address from X-Forwarded-For (behind one reverse proxy)
 *   SCIM_PROBE_TOTAL_TIMEOUT_MS   lower the whole-probe limit (never raises it above the config's)
 *
 * A bad value never turns a safety rule off: it falls back to the configured default and is
 * reported in `warnings`, which the server prints once at start.
 */
import { isIP } from 'node:net';
import { apartmentIq } from '~/config/apartmentiq';
import { hostMatchesPattern } from '~/lib/scim/tenant-url';

export interface ProbeSettings {
  /** Host patterns the probe may contact, or `any` for `SCIM_PROBE_ALLOWED_HOSTS=*`. */
  allowedHostPatterns: readonly string[] | 'any';
  allowPrivateAddresses: boolean;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxResponseBytes: number;
  maxRequestBytes: number;
  requestBodyTimeoutMs: number;
  transcriptBodyBytes: number;
}

export interface ParsedSettings {
  settings: ProbeSettings;
  warnings: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

const HOST_NAME =
  /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** `*.example.com`, an exact host name, or an IP address literal. */
export function isValidHostPattern(pattern: string): boolean {
  if (isIP(pattern) !== 0) return true;
  const name = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  return (
    name.length <= 253 && HOST_NAME.test(name) && (!pattern.startsWith('*.') || name.includes('.'))
  );
}

function parseFlag(name: string, raw: string | undefined, warnings: string[]): boolean {
  const value = raw?.trim().toLowerCase() ?? '';
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['', '0', 'false', 'no', 'off'].includes(value)) return false;
  warnings.push(`${name}=${JSON.stringify(raw)} is not 1/0 or true/false; treating it as off.`);
  return false;
}

function parseCount(
  name: string,
  raw: string | undefined,
  fallback: number,
  warnings: string[],
): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (Number.isSafeInteger(value) && value >= 0) return value;
  warnings.push(`${name}=${JSON.stringify(raw)} is not a whole number ≥ 0; using ${fallback}.`);
  return fallback;
}

function parseAllowedHosts(raw: string | undefined, warnings: string[]): readonly string[] | 'any' {
  const fallback = apartmentIq.probe.allowedHostPatterns;
  if (raw === undefined || raw.trim() === '') return fallback;
  const entries = raw
    .split(',')
    .map((entry) =>
      entry
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1'),
    )
    .filter((entry) => entry !== '');
  if (entries.includes('*')) return 'any';
  const valid = entries.filter((entry) => isValidHostPattern(entry));
  for (const entry of entries.filter((item) => !valid.includes(item))) {
    warnings.push(
      `SCIM_PROBE_ALLOWED_HOSTS: ignoring ${JSON.stringify(entry)}, which is not a host name, "*.domain" pattern or IP address.`,
    );
  }
  if (valid.length === 0) {
    warnings.push(
      `SCIM_PROBE_ALLOWED_HOSTS has no valid pattern; using the default (${fallback.join(', ')}).`,
    );
    return fallback;
  }
  return valid;
}

export function parseProbeSettings(env: Env): ParsedSettings {
  const warnings: string[] = [];
  const limits = apartmentIq.probe;
  const requestedTotal = parseCount(
    'SCIM_PROBE_TOTAL_TIMEOUT_MS',
    env['SCIM_PROBE_TOTAL_TIMEOUT_MS'],
    limits.totalTimeoutMs,
    warnings,
  );
  // The override may only shorten the probe: Entra's own limit is 60 s and the config stays well under it.
  const totalTimeoutMs =
    requestedTotal > 0 ? Math.min(requestedTotal, limits.totalTimeoutMs) : limits.totalTimeoutMs;
  const settings: ProbeSettings = {
    allowedHostPatterns: parseAllowedHosts(env['SCIM_PROBE_ALLOWED_HOSTS'], warnings),
    allowPrivateAddresses: parseFlag(
      'SCIM_PROBE_ALLOW_PRIVATE',
      env['SCIM_PROBE_ALLOW_PRIVATE'],
      warnings,
    ),
    rateLimitPerMinute: parseCount(
      'SCIM_PROBE_RATE_LIMIT',
      env['SCIM_PROBE_RATE_LIMIT'],
      limits.rateLimitPerMinute,
      warnings,
    ),
    trustProxy: parseFlag('SCIM_PROBE_TRUST_PROXY', env['SCIM_PROBE_TRUST_PROXY'], warnings),
    connectTimeoutMs: Math.min(limits.connectTimeoutMs, totalTimeoutMs),
    totalTimeoutMs,
    maxResponseBytes: limits.maxResponseBytes,
    maxRequestBytes: limits.maxRequestBytes,
    requestBodyTimeoutMs: limits.requestBodyTimeoutMs,
    transcriptBodyBytes: limits.transcriptBodyBytes,
  };
  return { settings, warnings };
}

/** True when `host` (IPv6 without brackets) matches one of the (lower-case) patterns. */
export function isHostAllowed(host: string, patterns: readonly string[] | 'any'): boolean {
  return patterns === 'any' || patterns.some((pattern) => hostMatchesPattern(host, pattern));
}

/** The text printed once when the server starts with settings that need attention. */
export function startupNotices(parsed: ParsedSettings): string[] {
  const notices = parsed.warnings.map((warning) => `[scim-probe] config: ${warning}`);
  if (parsed.settings.allowPrivateAddresses) {
    const bar = '!'.repeat(78);
    notices.push(
      [
        bar,
        '[scim-probe] WARNING: SCIM_PROBE_ALLOW_PRIVATE is ON.',
        '[scim-probe] The connection probe will connect to loopback, private, link-local and other',
        '[scim-probe] internal addresses. Use this only for local development and tests, never on a',
        '[scim-probe] server reachable from the internet.',
        bar,
      ].join('\n'),
    );
  }
  return notices;
}
