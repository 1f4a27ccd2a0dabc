/**
 * Properties of the dry run and the log doctor that must hold for any file: they never throw,
 * their totals add up, and the order of rows or entries does not change the report.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  diagnoseLog,
  dryRun,
  neutralizeFormula,
  parseScimReason,
  ProvisioningLogReader,
  readProvisioningLogText,
  readUsersFile,
  readUsersText,
  toCsv,
  type DryRunReport,
  type LogReport,
} from '~/lib/exports';
import { logEntry, person, scimReason } from './fixtures';

const HEADER = [
  'userPrincipalName',
  'displayName',
  'mail',
  'givenName',
  'surname',
  'accountEnabled',
  'userType',
];

/** Cells with the characters that matter: commas, quotes, line breaks, scripts, formulas. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'True',
    'False',
    'Guest',
    'Member',
    '=1+1',
    'Zoë',
    '李 伟',
    'O\'Connor, "Shiv"',
    'a\r\nb',
  ),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
);
const login = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'x#EXT#', 'admin');
const domain = fc.constantFrom('lakeside-rentals.example', 'tenant.onmicrosoft.com');
const userRow = fc
  .tuple(
    login,
    domain,
    cell,
    fc.option(fc.tuple(login, domain)),
    cell,
    cell,
    fc.constantFrom('True', 'False', ''),
    fc.constantFrom('Member', 'Guest', ''),
  )
  .map(([name, at, displayName, mail, given, surname, enabled, type]) => [
    `${name}@${at}`,
    displayName,
    mail ? `${mail[0]}@${mail[1]}` : '',
    given,
    surname,
    enabled,
    type,
  ]);
const usersCsv = (rows: string[][]) => Papa.unparse([HEADER, ...rows], { newline: '\r\n' });

function dryRunOf(text: string): DryRunReport | undefined {
  const outcome = readUsersText(text);
  return outcome.ok ? dryRun(outcome.file) : undefined;
}

describe('dry run', () => {
  it('never throws on any bytes or any text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const outcome = readUsersFile(bytes);
        if (outcome.ok) dryRun(outcome.file);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 50 }), (body, head) => {
        dryRunOf(`userPrincipalName,mail${head}\n${body}`);
        dryRunOf(body);
      }),
    );
  });

  it('totals add up: every user has one outcome, and reasons count users', () => {
    fc.assert(
      fc.property(fc.array(userRow, { maxLength: 30 }), (rows) => {
        const report = dryRunOf(usersCsv(rows));
        expect(report).toBeDefined();
        if (!report) return;
        const { clean, check, fix, skipped } = report.counts;
        expect(clean + check + fix + skipped).toBe(report.users.length);
        for (const reason of report.reasons) {
          const holders = report.users.filter((entry) =>
            entry.issues.some((issue) => issue.code === reason.code),
          );
          expect(reason.users).toBe(holders.length);
        }
        const shared = report.sharedEmails.reduce(
          (total, group) => total + group.userPrincipalNames.length,
          0,
        );
        expect(shared).toBe(
          report.reasons.find((reason) => reason.code === 'dry-run-shared-email')?.users ?? 0,
        );
      }),
    );
  });

  it('a shuffled file gives the same report', () => {
    fc.assert(
      fc.property(
        fc
          .array(userRow, { maxLength: 25 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
        ([rows, shuffled]) => {
          expect(dryRunOf(usersCsv(shuffled))).toEqual(dryRunOf(usersCsv(rows)));
        },
      ),
    );
  });

  it('neutralising is idempotent, and the CSV reads back as the neutralised cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          for (const row of rows)
            for (const value of row)
              expect(neutralizeFormula(neutralizeFormula(value))).toBe(neutralizeFormula(value));
          const parsed = Papa.parse<string[]>(toCsv(rows).slice(1), { newline: '\r\n' }).data;
          expect(parsed.slice(0, rows.length)).toEqual(
            rows.map((row) => row.map(neutralizeFormula)),
          );
        },
      ),
    );
  });
});

const statuses = ['success', 'failure', 'skipped', 'warning'] as const;
const logSpec = fc
  .tuple(
    fc.integer({ min: 0, max: 6 }),
    fc.constantFrom(...statuses),
    fc.constantFrom(
      'SystemForCrossDomainIdentityManagementServiceIncompatible',
      'Timeout',
      'Made-Up-Code',
      undefined,
    ),
    fc.constantFrom('NotEffectivelyEntitled', 'RedundantExport', undefined),
    fc.integer({ min: 0, max: 3 * 3600 }),
    fc.constantFrom('graph', 'legacy'),
  )
  .map(([who, status, errorCode, skipReason, seconds, style]) =>
    logEntry({
      person: person(`Person ${who}`, `person${who}`, who),
      time: new Date(Date.UTC(2026, 10, 30, 8) + seconds * 1000).toISOString(),
      cycleId: `cycle-${seconds % 3}`,
      status,
      style,
      ...(status !== 'success' && errorCode
        ? { errorCode, reason: scimReason('Conflict', `{"detail":"x${who}","status":409}`) }
        : {}),
      ...(status === 'skipped' && skipReason ? { skipReason } : {}),
    }),
  );

function logReportOf(text: string): LogReport | undefined {
  const outcome = readProvisioningLogText(text);
  return outcome.ok ? diagnoseLog(outcome.entries, outcome.findings) : undefined;
}

describe('log doctor', () => {
  it('never throws on any text or any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 4 })), (text) => {
        logReportOf(text);
        logReportOf(`[${text}]`);
        parseScimReason(text);
        parseScimReason(`StatusCode: ${text}\r\nWeb Response: ${text}`);
      }),
    );
  });

  it('totals add up: groups and outcomes account for every entry, users never exceed entries', () => {
    fc.assert(
      fc.property(fc.array(logSpec, { maxLength: 40 }), (entries) => {
        const report = logReportOf(JSON.stringify(entries));
        expect(report).toBeDefined();
        if (!report) return;
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        expect(sum(report.groups.map((group) => group.entries))).toBe(entries.length);
        expect(sum(report.outcomes.map((outcome) => outcome.entries))).toBe(entries.length);
        expect(sum(report.cycles.map((cycle) => cycle.entries))).toBe(entries.length);
        for (const group of report.groups) {
          expect(group.users).toBe(group.affected.length);
          expect(group.users).toBeLessThanOrEqual(Math.min(group.entries, report.users));
          expect(sum(group.affected.map((user) => user.entries))).toBe(group.entries);
          expect(sum(group.responses.map((response) => response.entries))).toBeLessThanOrEqual(
            group.entries,
          );
        }
      }),
    );
  });

  it('a shuffled file gives the same report', () => {
    fc.assert(
      fc.property(
        fc.array(logSpec, { maxLength: 30 }).chain((entries) =>
          fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(entries, {
              minLength: entries.length,
              maxLength: entries.length,
            }),
          ),
        ),
        ([entries, shuffled]) => {
          expect(logReportOf(JSON.stringify(shuffled))).toEqual(
            logReportOf(JSON.stringify(entries)),
          );
        },
      ),
    );
  });

  it('reading in chunks of any size gives the same result as reading at once', () => {
    fc.assert(
      fc.property(
        fc.array(logSpec, { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 20 }),
        (entries, sizes) => {
          const text = JSON.stringify(entries, null, entries.length % 2 === 0 ? undefined : 2);
          const reader = new ProvisioningLogReader();
          let at = 0;
          for (let index = 0; at < text.length; index += 1) {
            const size = sizes[index % sizes.length] ?? 1;
            reader.push(text.slice(at, at + size));
            at += size;
          }
          expect(reader.finish()).toEqual(readProvisioningLogText(text));
        },
      ),
    );
  });
});
