/**
 * Entra's provisioning-log download (JSON: one array of Graph `provisioningObjectSummary`
 * objects) read into small entries, tolerating what the exports research lists: the old `action`
 * name, enum values in any case, `servicePrincipal` as an object or a one-element array, missing
 * optional fields, minified or pretty text, a Graph answer's `{"value": [...]}`, and Log
 * Analytics rows (PascalCase names, nested objects as JSON text).
 */
import { diagnosticFinding } from '../scim/catalogue';
import type { Finding, LogDoctorCode } from '../scim/contract';
import { JsonArraySplitter } from './json-array-stream';
import {
  formatLimit,
  MAX_LOG_ENTRIES,
  MAX_LOG_ENTRY_CHARS,
  MAX_LOG_FILE_BYTES,
  MAX_WRAPPED_LOG_CHARS,
} from './limits';
import { parseScimReason, type ScimResponse } from './scim-reason';

export const LOG_OUTCOMES = ['failure', 'warning', 'skipped', 'success', 'other'] as const;
export type LogOutcome = (typeof LOG_OUTCOMES)[number];

/** One log entry, reduced to what the doctor reports. */
export interface LogEntry {
  /** Epoch milliseconds, when the entry has a readable time. */
  time?: number;
  cycleId?: string;
  /** Lower-cased: `create`, `update`, `delete`, `disable`, `stageddelete`, `other`, … */
  action: string;
  outcome: LogOutcome;
  errorCode?: string;
  skipReason?: string;
  /** Entra's `reason`, cut to a bounded length. */
  reason?: string;
  scim?: ScimResponse;
  /** The same person in every entry about them: the source object id, else their name. */
  userKey: string;
  displayName?: string;
  userPrincipalName?: string;
  /** `User`, `Group`, … as Entra writes it. */
  identityType?: string;
  appName?: string;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nested objects of a Log Analytics row arrive as JSON text. */
function asObject(value: unknown): JsonObject | undefined {
  if (Array.isArray(value)) return isObject(value[0]) ? value[0] : undefined;
  if (isObject(value)) return value;
  if (typeof value === 'string' && value.length < MAX_LOG_ENTRY_CHARS) {
    const start = value.trimStart().charAt(0);
    if (start !== '{' && start !== '[') return undefined;
    try {
      return asObject(JSON.parse(value));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A field by any of its names, exact first, then ignoring case (Graph, beta and Log Analytics spellings). */
function field(object: JsonObject | undefined, ...names: string[]): unknown {
  if (!object) return undefined;
  for (const name of names) if (name in object) return object[name];
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  for (const key of Object.keys(object)) if (wanted.has(key.toLowerCase())) return object[key];
  return undefined;
}

const MAX_TEXT_CHARS = 2000;
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > MAX_TEXT_CHARS ? `${trimmed.slice(0, MAX_TEXT_CHARS)}…` : trimmed;
}

/** `details` is a flat object in v1.0, a list of `{key, value}` in beta. */
function detail(details: unknown, name: string): string | undefined {
  if (Array.isArray(details)) {
    const wanted = name.toLowerCase();
    for (const item of details)
      if (isObject(item) && String(field(item, 'key')).toLowerCase() === wanted)
        return text(field(item, 'value'));
    return undefined;
  }
  return text(field(asObject(details), name));
}

function outcomeOf(status: string | undefined): LogOutcome {
  const folded = status?.toLowerCase();
  return folded === 'failure' ||
    folded === 'warning' ||
    folded === 'skipped' ||
    folded === 'success'
    ? folded
    : 'other';
}

function skipReasonOf(steps: unknown): string | undefined {
  if (!Array.isArray(steps)) return undefined;
  let any: string | undefined;
  for (const step of steps) {
    const stepObject = asObject(step);
    const reason = detail(field(stepObject, 'details'), 'SkipReason');
    if (!reason) continue;
    if (text(field(stepObject, 'status'))?.toLowerCase() === 'skipped') return reason;
    any ??= reason;
  }
  return any;
}

/** True when the object has the fields that make it a provisioning-log entry. */
export function looksLikeLogEntry(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const status =
    field(value, 'provisioningStatusInfo', 'statusInfo') !== undefined ||
    field(value, 'ResultType') !== undefined ||
    field(value, 'provisioningSteps') !== undefined;
  const identity =
    field(value, 'activityDateTime', 'TimeGenerated') !== undefined ||
    field(value, 'cycleId') !== undefined ||
    field(value, 'changeId') !== undefined ||
    field(value, 'jobId') !== undefined;
  return status && identity;
}

export function toLogEntry(raw: JsonObject): LogEntry {
  const statusInfo = asObject(field(raw, 'provisioningStatusInfo', 'statusInfo'));
  const errorInformation = asObject(field(statusInfo, 'errorInformation'));
  const source = asObject(field(raw, 'sourceIdentity'));
  const sourceDetails = field(source, 'details');
  const servicePrincipal = asObject(field(raw, 'servicePrincipal'));
  const when = field(raw, 'activityDateTime', 'TimeGenerated');
  const time = typeof when === 'string' ? Date.parse(when) : Number.NaN;
  const outcome = outcomeOf(text(field(statusInfo, 'status')) ?? text(field(raw, 'ResultType')));
  const reason = text(field(errorInformation, 'reason')) ?? text(field(raw, 'ResultDescription'));
  const signature = text(field(raw, 'ResultSignature'));
  const errorCode =
    text(field(errorInformation, 'errorCode')) ??
    (signature && signature.toLowerCase() !== 'none' ? signature : undefined);
  const sourceId = text(field(source, 'id'));
  const userPrincipalName = detail(sourceDetails, 'UserPrincipalName');
  const displayName = text(field(source, 'displayName')) ?? detail(sourceDetails, 'DisplayName');
  const entry: LogEntry = {
    action: (
      text(field(raw, 'provisioningAction', 'action', 'ProvisioningAction')) ?? 'unknown'
    ).toLowerCase(),
    outcome,
    userKey: (
      sourceId ??
      userPrincipalName ??
      displayName ??
      text(field(raw, 'changeId')) ??
      text(field(raw, 'id')) ??
      '(unknown)'
    ).toLowerCase(),
  };
  if (Number.isFinite(time)) entry.time = time;
  const cycleId = text(field(raw, 'cycleId'));
  if (cycleId) entry.cycleId = cycleId;
  if (errorCode && outcome !== 'success') entry.errorCode = errorCode;
  const skipReason = skipReasonOf(field(raw, 'provisioningSteps'));
  if (skipReason) entry.skipReason = skipReason;
  if (reason && outcome !== 'success') {
    entry.reason = reason;
    const scim = parseScimReason(reason);
    if (scim) entry.scim = scim;
  }
  if (displayName) entry.displayName = displayName;
  if (userPrincipalName) entry.userPrincipalName = userPrincipalName;
  const identityType = text(field(source, 'identityType'));
  if (identityType) entry.identityType = identityType;
  const appName = text(field(servicePrincipal, 'displayName', 'name'));
  if (appName) entry.appName = appName;
  return entry;
}

export type LogReadOutcome =
  | { ok: true; entries: LogEntry[]; findings: Finding[] }
  | { ok: false; error: Finding & { code: LogDoctorCode } };

const inputError = (code: LogDoctorCode, message?: string): LogReadOutcome => ({
  ok: false,
  error: diagnosticFinding(code, message) as Finding & { code: LogDoctorCode },
});

/** The first line looks like CSV headers: commas and no JSON punctuation at the start. */
function looksLikeCsv(start: string): boolean {
  const firstLine = start.slice(0, start.indexOf('\n') === -1 ? undefined : start.indexOf('\n'));
  return firstLine.includes(',') && !/^\s*[[{"]/.test(firstLine);
}

/**
 * Reads a provisioning-log download chunk by chunk: `push` each piece of text as it is decoded,
 * then `finish`. Entries are reduced as they arrive; `done` turns true as soon as the file is
 * known to be refused, so the caller can stop reading. Never throws.
 */
export class ProvisioningLogReader {
  private readonly splitter = new JsonArraySplitter(MAX_LOG_ENTRY_CHARS, MAX_WRAPPED_LOG_CHARS);
  private readonly entries: LogEntry[] = [];
  private unreadable = 0;
  private capped = false;
  private refused: LogReadOutcome | undefined;
  private start = '';
  private chars = 0;

  get done(): boolean {
    return this.refused !== undefined || this.capped;
  }

  push(chunk: string): void {
    if (this.done) return;
    this.chars += chunk.length;
    if (this.start.length < 4096) this.start += chunk.slice(0, 4096 - this.start.length);
    for (const element of this.splitter.push(chunk)) this.take(element);
    if (this.splitter.top === 'other')
      this.refused = looksLikeCsv(this.start.trimStart())
        ? inputError('log-file-csv')
        : inputError('log-file-invalid-json', 'The file does not start with a JSON list (`[`).');
  }

  finish(): LogReadOutcome {
    if (this.refused) return this.refused;
    if (this.chars === 0 || this.start.trim() === '') return inputError('log-file-empty');
    const findings: Finding[] = [];
    if (!this.capped) {
      const problem = this.splitter.finish();
      if (this.splitter.top === 'object' && !problem) return this.finishWrapped();
      if (problem?.kind === 'element-too-large')
        return inputError(
          this.splitter.top === 'object' ? 'log-file-too-large' : 'log-file-not-provisioning-log',
          this.splitter.top === 'object'
            ? `A Microsoft Graph answer is read only up to ${formatLimit(MAX_WRAPPED_LOG_CHARS)}; use the portal's Download (JSON) instead.`
            : `Item ${problem.element + 1} of the list is larger than any provisioning-log entry.`,
        );
      if (problem) {
        const where =
          problem.kind === 'truncated'
            ? `The file ends in the middle of entry ${problem.element + 1}: the download may be incomplete.`
            : `The JSON is broken ${this.entries.length > 0 ? `after entry ${this.splitter.count}` : 'near the start'}.`;
        if (this.entries.length === 0) return inputError('log-file-invalid-json', where);
        findings.push(
          diagnosticFinding(
            'log-file-invalid-json',
            `${where} The ${this.entries.length.toLocaleString('en-US')} entries before it are shown.`,
            { severity: 'warning' },
          ),
        );
      }
    } else {
      findings.push(diagnosticFinding('log-too-many-entries'));
    }
    return this.result(findings);
  }

  private take(element: string): void {
    if (this.entries.length >= MAX_LOG_ENTRIES) {
      this.capped = true;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(element);
    } catch {
      value = undefined;
    }
    if (looksLikeLogEntry(value)) this.entries.push(toLogEntry(value));
    else if (this.entries.length === 0 && this.unreadable === 0)
      // The first item decides: a list of something else is another kind of file.
      this.refused = inputError('log-file-not-provisioning-log');
    else this.unreadable += 1;
  }

  private finishWrapped(): LogReadOutcome {
    let value: unknown;
    try {
      value = JSON.parse(this.splitter.objectText);
    } catch {
      return inputError('log-file-invalid-json', 'The file is not valid JSON.');
    }
    const list = isObject(value) ? field(value, 'value') : undefined;
    if (!Array.isArray(list)) return inputError('log-file-not-provisioning-log');
    for (const item of list) {
      if (this.refused || this.capped) break;
      this.take(JSON.stringify(item));
    }
    if (this.refused) return this.refused;
    const findings: Finding[] = [diagnosticFinding('log-graph-response')];
    if (this.capped) findings.push(diagnosticFinding('log-too-many-entries'));
    return this.result(findings);
  }

  private result(findings: Finding[]): LogReadOutcome {
    if (this.unreadable > 0)
      findings.push(
        diagnosticFinding(
          'log-entries-unreadable',
          `${this.unreadable.toLocaleString('en-US')} ${this.unreadable === 1 ? 'item is' : 'items are'} not provisioning-log entries and ${this.unreadable === 1 ? 'is' : 'are'} left out.`,
        ),
      );
    return { ok: true, entries: this.entries, findings };
  }
}

/** A whole file in one go, from its size (checked before reading) and its text. */
export function readProvisioningLogText(text: string): LogReadOutcome {
  const reader = new ProvisioningLogReader();
  reader.push(text);
  return reader.finish();
}

export function checkLogFileSize(bytes: number): LogReadOutcome | undefined {
  if (bytes === 0) return inputError('log-file-empty');
  if (bytes > MAX_LOG_FILE_BYTES) return inputError('log-file-too-large');
  return undefined;
}
