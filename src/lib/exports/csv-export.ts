/**
 * CSV for the admin's ticket. Cells are written as text that a spreadsheet will not run: Entra's
 * own export has carried formula-like values unescaped (exports research A.3), and they would
 * reach the admin's spreadsheet through this file too.
 */
import Papa from 'papaparse';
import { diagnosticCatalogue, troubleshootingHref } from '../scim/catalogue';
import type { DryRunReport } from './dry-run';

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first (OWASP's list,
 * plus their full-width forms, which some spreadsheet locales also accept).
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/** A leading apostrophe makes the cell text; applying it twice changes nothing more. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_STARTS.has(cell.charAt(0)) ? `'${cell}` : cell;
}

/** RFC 4180 with every cell quoted, CRLF line ends, and a byte order mark so Excel reads UTF-8 names. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const safe = rows.map((row) => row.map(neutralizeFormula));
  return `\uFEFF${Papa.unparse(safe, { quotes: true, newline: '\r\n' })}\r\n`;
}

export const DRY_RUN_PROBLEM_COLUMNS = [
  'userPrincipalName',
  'displayName',
  'mail',
  'severity',
  'code',
  'problem',
  'detail',
  'how to fix',
  'more',
] as const;

/** One row per problem of every user that has one; `siteOrigin` makes the links absolute. */
export function dryRunProblemsCsv(report: DryRunReport, siteOrigin = ''): string {
  const rows: string[][] = [[...DRY_RUN_PROBLEM_COLUMNS]];
  for (const { user, issues } of report.users) {
    for (const issue of issues) {
      const entry = diagnosticCatalogue[issue.code];
      rows.push([
        user.userPrincipalName,
        user.displayName,
        user.mail ?? '',
        issue.severity,
        issue.code,
        entry.title,
        issue.detail ?? '',
        entry.fix.replaceAll('`', ''),
        `${siteOrigin}${troubleshootingHref(issue.code)}`,
      ]);
    }
  }
  return toCsv(rows);
}
