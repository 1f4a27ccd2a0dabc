/**
 * The provisioning-log doctor: entries grouped by outcome and cause (the error code of a failure,
 * the skip reason of a skip, the action of a success), with entry and distinct-user counts, the
 * time span, the cycles, what each cause means for ApartmentIQ and its fix (the Entra log codes
 * of the catalogue), and, for SCIM failures, what the app answered.
 *
 * Everything is counted or sorted, so the report does not depend on the order of the entries.
 */
import { apartmentIq } from '../../config/apartmentiq';
import {
  diagnosticCatalogue,
  diagnosticFinding,
  entraLogEntries,
  type EntraLogEntry,
} from '../scim/catalogue';
import type { DiagnosticCode, Finding } from '../scim/contract';
import { LOG_OUTCOMES, type LogEntry, type LogOutcome } from './provisioning-log';

export interface LogUser {
  key: string;
  displayName?: string;
  userPrincipalName?: string;
  entries: number;
  lastTime?: number;
}

export interface LogResponse {
  httpStatus?: number;
  statusText?: string;
  scimType?: string;
  detail?: string;
  entries: number;
  users: number;
}

export interface CauseExplanation {
  /** The catalogue code: an Entra log code, or `log-cause-not-decoded` (its Troubleshooting anchor). */
  anchor: DiagnosticCode;
  title: string;
  meaning: string;
  fix: string;
  /** False when this guide does not know the cause (`log-cause-not-decoded`). */
  decoded: boolean;
}

export type CauseKind = 'error-code' | 'skip-reason' | 'action' | 'none';

export interface LogGroup {
  /** Stable within a report: outcome and cause. */
  id: string;
  outcome: LogOutcome;
  cause: string;
  causeKind: CauseKind;
  entries: number;
  users: number;
  firstTime?: number;
  lastTime?: number;
  explanation?: CauseExplanation;
  /** What the app answered (SCIM failures), most frequent first. */
  responses: LogResponse[];
  /** Entra's own text, for a cause this guide cannot explain and no app answer was found. */
  exampleReason?: string;
  /** Sorted by name. */
  affected: LogUser[];
}

export interface LogCycle {
  id: string;
  entries: number;
  firstTime?: number;
  lastTime?: number;
}

export interface LogReport {
  entries: number;
  users: number;
  firstTime?: number;
  lastTime?: number;
  cycles: LogCycle[];
  outcomes: { outcome: LogOutcome; entries: number; users: number }[];
  groups: LogGroup[];
  appNames: string[];
  findings: Finding[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const minText = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a <= b ? a : b;
const minTime = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);
const maxTime = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** Entra's log codes and skip reasons by every name they go by, ignoring case. */
const codesByName = new Map<string, EntraLogEntry>();
for (const entry of entraLogEntries)
  for (const name of [entry.entra.shown, ...(entry.entra.alsoShown ?? [])])
    if (entry.entra.kind === 'code' || entry.entra.kind === 'skip-reason')
      codesByName.set(name.toLowerCase(), entry);

export function explainCause(cause: string): CauseExplanation {
  const known = codesByName.get(cause.toLowerCase());
  if (known)
    return {
      anchor: known.code,
      title: known.title,
      meaning: known.explanation,
      fix: known.fix,
      decoded: true,
    };
  const fallback = diagnosticCatalogue['log-cause-not-decoded'];
  return {
    anchor: fallback.code,
    title: fallback.title,
    meaning: fallback.explanation,
    fix: fallback.fix,
    decoded: false,
  };
}

function causeOf(entry: LogEntry): { cause: string; kind: CauseKind } {
  if (entry.outcome === 'skipped') {
    if (entry.skipReason) return { cause: entry.skipReason, kind: 'skip-reason' };
    if (entry.errorCode) return { cause: entry.errorCode, kind: 'error-code' };
    return { cause: 'no reason given', kind: 'none' };
  }
  if (entry.outcome === 'success' || entry.outcome === 'other')
    return { cause: entry.action, kind: 'action' };
  if (entry.errorCode) return { cause: entry.errorCode, kind: 'error-code' };
  return { cause: 'no error code', kind: 'none' };
}

interface GroupBuilder {
  group: LogGroup;
  users: Map<string, LogUser>;
  responses: Map<string, { response: LogResponse; users: Set<string> }>;
}

function addUser(users: Map<string, LogUser>, entry: LogEntry): void {
  const user = users.get(entry.userKey) ?? { key: entry.userKey, entries: 0 };
  user.entries += 1;
  const displayName = minText(user.displayName, entry.displayName);
  if (displayName !== undefined) user.displayName = displayName;
  const userPrincipalName = minText(user.userPrincipalName, entry.userPrincipalName);
  if (userPrincipalName !== undefined) user.userPrincipalName = userPrincipalName;
  const lastTime = maxTime(user.lastTime, entry.time);
  if (lastTime !== undefined) user.lastTime = lastTime;
  users.set(entry.userKey, user);
}

const userSortKey = (user: LogUser) =>
  (user.displayName ?? user.userPrincipalName ?? user.key).toLowerCase();

export function diagnoseLog(entries: readonly LogEntry[], fileFindings: Finding[] = []): LogReport {
  const builders = new Map<string, GroupBuilder>();
  const cycles = new Map<string, LogCycle>();
  const outcomeUsers = new Map<LogOutcome, { entries: number; users: Set<string> }>();
  const allUsers = new Set<string>();
  const appNames = new Set<string>();
  let firstTime: number | undefined;
  let lastTime: number | undefined;
  let groupEntries = 0;

  for (const entry of entries) {
    allUsers.add(entry.userKey);
    firstTime = minTime(firstTime, entry.time);
    lastTime = maxTime(lastTime, entry.time);
    if (entry.appName) appNames.add(entry.appName);
    if (entry.identityType?.toLowerCase() === 'group') groupEntries += 1;

    const perOutcome = outcomeUsers.get(entry.outcome) ?? { entries: 0, users: new Set() };
    perOutcome.entries += 1;
    perOutcome.users.add(entry.userKey);
    outcomeUsers.set(entry.outcome, perOutcome);

    if (entry.cycleId) {
      const cycle = cycles.get(entry.cycleId) ?? { id: entry.cycleId, entries: 0 };
      cycle.entries += 1;
      const first = minTime(cycle.firstTime, entry.time);
      const last = maxTime(cycle.lastTime, entry.time);
      if (first !== undefined) cycle.firstTime = first;
      if (last !== undefined) cycle.lastTime = last;
      cycles.set(entry.cycleId, cycle);
    }

    const { cause, kind } = causeOf(entry);
    const id = `${entry.outcome}:${cause.toLowerCase()}`;
    let builder = builders.get(id);
    if (!builder) {
      builder = {
        group: {
          id,
          outcome: entry.outcome,
          cause,
          causeKind: kind,
          entries: 0,
          users: 0,
          responses: [],
          affected: [],
        },
        users: new Map(),
        responses: new Map(),
      };
      builders.set(id, builder);
    }
    const { group } = builder;
    group.entries += 1;
    // Causes that differ only in case are one group; name it the same way whatever the order.
    group.cause = minText(group.cause, cause) ?? cause;
    const first = minTime(group.firstTime, entry.time);
    const last = maxTime(group.lastTime, entry.time);
    if (first !== undefined) group.firstTime = first;
    if (last !== undefined) group.lastTime = last;
    addUser(builder.users, entry);
    if (entry.scim) {
      const { httpStatus, statusText, scimType, detail } = entry.scim;
      const key = JSON.stringify([httpStatus, scimType, detail, statusText]);
      const known = builder.responses.get(key) ?? {
        response: { ...entry.scim, entries: 0, users: 0 },
        users: new Set<string>(),
      };
      known.response.entries += 1;
      known.users.add(entry.userKey);
      builder.responses.set(key, known);
    } else if (entry.reason) {
      const example = minText(group.exampleReason, entry.reason);
      if (example !== undefined) group.exampleReason = example;
    }
  }

  const groups = [...builders.values()].map(({ group, users, responses }) => {
    group.users = users.size;
    group.affected = [...users.values()].sort(
      (a, b) => compareText(userSortKey(a), userSortKey(b)) || compareText(a.key, b.key),
    );
    group.responses = [...responses.entries()]
      .map(([key, { response, users: responders }]) => ({
        key,
        response: { ...response, users: responders.size },
      }))
      .sort((a, b) => b.response.entries - a.response.entries || compareText(a.key, b.key))
      .map(({ response }) => response);
    if (group.responses.length > 0) delete group.exampleReason;
    if (group.causeKind === 'error-code' || group.causeKind === 'skip-reason')
      group.explanation = explainCause(group.cause);
    return group;
  });
  const outcomeRank = (outcome: LogOutcome) => LOG_OUTCOMES.indexOf(outcome);
  groups.sort(
    (a, b) =>
      outcomeRank(a.outcome) - outcomeRank(b.outcome) ||
      b.entries - a.entries ||
      compareText(a.id, b.id),
  );

  const findings = [...fileFindings];
  if (entries.length === 0) findings.push(diagnosticFinding('log-no-entries'));
  else if (!outcomeUsers.has('failure')) findings.push(diagnosticFinding('log-no-failures'));
  if (groupEntries > 0)
    findings.push(
      diagnosticFinding(
        'log-group-entries',
        `${groupEntries.toLocaleString('en-US')} ${groupEntries === 1 ? 'entry is' : 'entries are'} about groups. ${apartmentIq.productName} receives users, not groups, so group provisioning should be off.`,
      ),
    );

  const report: LogReport = {
    entries: entries.length,
    users: allUsers.size,
    cycles: [...cycles.values()].sort(
      (a, b) => (a.firstTime ?? Infinity) - (b.firstTime ?? Infinity) || compareText(a.id, b.id),
    ),
    outcomes: LOG_OUTCOMES.filter((outcome) => outcomeUsers.has(outcome)).map((outcome) => ({
      outcome,
      entries: outcomeUsers.get(outcome)?.entries ?? 0,
      users: outcomeUsers.get(outcome)?.users.size ?? 0,
    })),
    groups,
    appNames: [...appNames].sort(compareText),
    findings,
  };
  if (firstTime !== undefined) report.firstTime = firstTime;
  if (lastTime !== undefined) report.lastTime = lastTime;
  return report;
}

/** `2026-03-24 07:23 UTC`: log times are UTC, and so is the summary. */
export function formatLogTime(time: number): string {
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export const OUTCOME_LABELS: Record<LogOutcome, string> = {
  failure: 'Failure',
  warning: 'Warning',
  skipped: 'Skipped',
  success: 'Success',
  other: 'Other status',
};

const count = (value: number, one: string, many = `${one}s`) =>
  `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;

/** `HTTP 409 Conflict (scimType uniqueness)`: the app's answer without its words. */
export function describeResponse(response: LogResponse): string {
  const parts: string[] = [];
  if (response.httpStatus !== undefined) parts.push(String(response.httpStatus));
  if (response.statusText && response.statusText !== String(response.httpStatus))
    parts.push(response.statusText);
  const type = response.scimType ? ` (scimType ${response.scimType})` : '';
  return `${parts.length > 0 ? `HTTP ${parts.join(' ')}` : 'Answer'}${type}`;
}

export interface TicketOptions {
  /** Names and user principal names of the affected users. */
  includeUsers: boolean;
  /** The app's error texts, which can quote names or email addresses. */
  includeDetails: boolean;
}

/** Plain text for a support ticket: counts by cause and the time span; people only when asked. */
export function ticketSummary(report: LogReport, options: TicketOptions): string {
  const lines: string[] = [
    `${apartmentIq.productName} provisioning-log summary (made in the browser by the SCIM setup guide; the log file was not uploaded)`,
    `Entries: ${report.entries.toLocaleString('en-US')}, about ${count(report.users, 'user or group', 'users and groups')}`,
  ];
  if (report.firstTime !== undefined && report.lastTime !== undefined)
    lines.push(
      `Time span: ${formatLogTime(report.firstTime)} to ${formatLogTime(report.lastTime)}`,
    );
  if (report.cycles.length > 0) {
    const shown = report.cycles.slice(0, 10).map((cycle) => cycle.id);
    const more =
      report.cycles.length > shown.length
        ? `, and ${report.cycles.length - shown.length} more`
        : '';
    lines.push(`Provisioning cycles: ${report.cycles.length} (${shown.join(', ')}${more})`);
  }
  if (report.appNames.length > 0) lines.push(`App: ${report.appNames.join(', ')}`);
  lines.push('', 'By outcome and cause:');
  for (const group of report.groups) {
    lines.push(
      `- ${OUTCOME_LABELS[group.outcome]} · ${group.cause}: ${count(group.entries, 'entry', 'entries')}, ${count(group.users, 'user')}`,
    );
    for (const response of group.responses.slice(0, 5)) {
      const detail = options.includeDetails && response.detail ? `: ${response.detail}` : '';
      lines.push(
        `  ${describeResponse(response)}${detail} (${count(response.entries, 'entry', 'entries')})`,
      );
    }
    if (options.includeDetails && group.exampleReason)
      lines.push(`  Entra's reason: ${group.exampleReason.replaceAll(/\s+/g, ' ')}`);
    if (options.includeUsers)
      lines.push(
        `  Users: ${group.affected
          .map((user) => user.userPrincipalName ?? user.displayName ?? user.key)
          .join(', ')}`,
      );
  }
  const notes = report.findings.filter((finding) => finding.code !== 'log-cause-not-decoded');
  if (notes.length > 0) {
    lines.push('', 'Notes:');
    for (const note of notes) lines.push(`- ${note.code}: ${note.message.replaceAll('`', '')}`);
  }
  return `${lines.join('\n')}\n`;
}
