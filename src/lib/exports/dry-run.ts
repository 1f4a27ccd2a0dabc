/**
 * The provisioning dry run: for every user in the download, what Entra would send to ApartmentIQ
 * under the guide's mapping (the attribute mapping checker's own definition, not a copy), and
 * what would fail or surprise, with the catalogue's reason and fix.
 *
 * The report does not depend on the order of the rows: users are sorted, counts are sums, and
 * shared addresses are grouped, so a shuffled file gives the same report.
 */
import { apartmentIqPolicy, type MappingPolicy } from '../schema/attributes';
import { guideUserMappings } from '../schema/entra-defaults';
import { samplePostUsersBody, type SampleUser } from '../schema/sample-body';
import { diagnosticCatalogue, diagnosticFinding } from '../scim/catalogue';
import type { DryRunCode, Finding, Severity } from '../scim/contract';
import type { ExportedUser, PredictionColumn, UsersFile, UsersLayout } from './users-file';
import type { TextEncodingName } from './decode';

/** The per-user findings, in the order the summary lists them. */
export const DRY_RUN_USER_CODES = [
  'dry-run-no-mail',
  'dry-run-guest-user-name',
  'dry-run-shared-email',
  'dry-run-onmicrosoft-user-name',
  'dry-run-guest',
  'dry-run-disabled',
  'dry-run-missing-name',
  'dry-run-email-differs',
] as const satisfies readonly DryRunCode[];
export type DryRunUserCode = (typeof DRY_RUN_USER_CODES)[number];

export interface DryRunIssue {
  code: DryRunUserCode;
  severity: Severity;
  /** What is specific to this user, e.g. who else has the address. */
  detail?: string;
}

/**
 * `skipped`: disabled, so Entra skips the user; `fix`: an error; `check`: a warning;
 * `clean`: nothing, or notes only.
 */
export type DryRunOutcome = 'clean' | 'check' | 'fix' | 'skipped';
export const DRY_RUN_OUTCOMES: readonly DryRunOutcome[] = ['fix', 'check', 'skipped', 'clean'];

export interface DryRunUser {
  user: ExportedUser;
  /** Errors first, then warnings, then notes. */
  issues: DryRunIssue[];
  outcome: DryRunOutcome;
}

export interface SharedEmail {
  /** Lower-cased. */
  email: string;
  userPrincipalNames: string[];
}

export interface DryRunReport {
  layout: UsersLayout;
  encoding: TextEncodingName;
  /** Sorted by user principal name. */
  users: DryRunUser[];
  counts: Record<DryRunOutcome, number>;
  /** How many users have each finding, in DRY_RUN_USER_CODES order, only those that occur. */
  reasons: { code: DryRunUserCode; severity: Severity; users: number }[];
  sharedEmails: SharedEmail[];
  /** About the file as a whole: missing columns, externalId, rows left out, encoding. */
  fileFindings: Finding[];
  missingColumns: PredictionColumn[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const blank = (value: string | undefined) => value !== undefined && value.trim() === '';
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the mapping reads about a user; a column the file lacks stays absent, so the body shows a placeholder. */
export function entraAttributes(user: ExportedUser): SampleUser {
  const attributes: Record<string, string | boolean> = {
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    // Soft-deleted users are not in the All users list.
    IsSoftDeleted: false,
  };
  if (user.mail !== undefined) attributes['mail'] = user.mail.trim();
  if (user.givenName !== undefined) attributes['givenName'] = user.givenName.trim();
  if (user.surname !== undefined) attributes['surname'] = user.surname.trim();
  if (user.accountEnabled !== undefined) attributes['accountEnabled'] = user.accountEnabled;
  if (user.id !== undefined && user.id !== '') attributes['objectId'] = user.id;
  return attributes;
}

/**
 * The `POST /Users` body Entra would send for this user under the guide's mapping, computed by the
 * attribute mapping checker's own code from the same mapping definition. Computed for the rows on
 * screen rather than for every user of a large file up front.
 */
export function predictedBody(
  user: ExportedUser,
  policy: MappingPolicy = apartmentIqPolicy,
): Record<string, unknown> {
  return samplePostUsersBody(guideUserMappings(policy), entraAttributes(user));
}

function listNames(names: readonly string[], most = 5): string {
  const shown = names.slice(0, most).join(', ');
  return names.length > most ? `${shown} and ${names.length - most} more` : shown;
}

function userIssues(user: ExportedUser, sharedWith: readonly string[] | undefined): DryRunIssue[] {
  const issues: DryRunIssue[] = [];
  const add = (code: DryRunUserCode, detail?: string) =>
    issues.push({
      code,
      severity: diagnosticCatalogue[code].severity,
      ...(detail ? { detail } : {}),
    });
  const upn = user.userPrincipalName.toLowerCase();
  if (blank(user.mail)) add('dry-run-no-mail');
  if (upn.includes('#ext#')) add('dry-run-guest-user-name');
  else if (upn.endsWith('.onmicrosoft.com')) add('dry-run-onmicrosoft-user-name');
  if (sharedWith)
    add(
      'dry-run-shared-email',
      `${user.mail?.trim() ?? ''} is also the email of ${listNames(sharedWith)}.`,
    );
  if (user.userType?.trim().toLowerCase() === 'guest') add('dry-run-guest');
  if (user.accountEnabled === false) add('dry-run-disabled');
  const noGiven = blank(user.givenName);
  const noSurname = blank(user.surname);
  if (noGiven || noSurname)
    add(
      'dry-run-missing-name',
      noGiven && noSurname
        ? 'No first or last name.'
        : noGiven
          ? 'No first name.'
          : 'No last name.',
    );
  const mail = user.mail?.trim() ?? '';
  if (mail !== '' && mail.toLowerCase() !== upn)
    add('dry-run-email-differs', `Email ${mail}, user name ${user.userPrincipalName}.`);
  return issues.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

function outcomeOf(user: ExportedUser, issues: readonly DryRunIssue[]): DryRunOutcome {
  if (user.accountEnabled === false) return 'skipped';
  if (issues.some((issue) => issue.severity === 'error')) return 'fix';
  if (issues.some((issue) => issue.severity === 'warning')) return 'check';
  return 'clean';
}

function missingColumnsMessage(missing: readonly PredictionColumn[]): string {
  const cannot: string[] = [];
  if (missing.includes('mail')) cannot.push('who has no email address or shares one');
  if (missing.includes('givenName') || missing.includes('surname'))
    cannot.push('who lacks a first or last name');
  if (missing.includes('accountEnabled')) cannot.push('whose account is disabled');
  if (missing.includes('userType')) cannot.push('who is a guest (only #EXT# user names show)');
  return `This file has no ${missing.map((column) => `\`${column}\``).join(', ')} column${missing.length > 1 ? 's' : ''}, so the dry run cannot tell ${cannot.join('; ')}.`;
}

function fileFindings(file: UsersFile): Finding[] {
  const findings: Finding[] = [];
  if (file.missingColumns.length > 0)
    findings.push(
      diagnosticFinding('dry-run-missing-columns', missingColumnsMessage(file.missingColumns)),
    );
  if (file.encoding === 'windows-1252') findings.push(diagnosticFinding('dry-run-not-utf8'));
  findings.push(diagnosticFinding('dry-run-external-id-unknown'));
  if (file.rowsLeftOut > 0)
    findings.push(
      diagnosticFinding(
        'dry-run-rows-left-out',
        `${file.rowsLeftOut} ${file.rowsLeftOut === 1 ? 'row is' : 'rows are'} not a user (a group, service principal, device or contact, or no user principal name) and ${file.rowsLeftOut === 1 ? 'was' : 'were'} left out.`,
      ),
    );
  if (file.duplicateRows > 0)
    findings.push(
      diagnosticFinding(
        'dry-run-duplicate-rows',
        `${file.duplicateRows} ${file.duplicateRows === 1 ? 'row repeats' : 'rows repeat'} a user principal name of another row; each user is checked once.`,
      ),
    );
  return findings;
}

export function dryRun(file: UsersFile): DryRunReport {
  const byEmail = new Map<string, string[]>();
  for (const user of file.users) {
    const email = user.mail?.trim().toLowerCase() ?? '';
    if (email === '') continue;
    const holders = byEmail.get(email);
    if (holders) holders.push(user.userPrincipalName);
    else byEmail.set(email, [user.userPrincipalName]);
  }
  const sharedEmails: SharedEmail[] = [...byEmail]
    .filter(([, holders]) => holders.length > 1)
    .map(([email, holders]) => ({ email, userPrincipalNames: holders.sort(compareText) }))
    .sort((a, b) => compareText(a.email, b.email));

  const sortKeys = new Map(file.users.map((user) => [user, user.userPrincipalName.toLowerCase()]));
  const users: DryRunUser[] = file.users
    .map((user) => {
      const holders = byEmail.get(user.mail?.trim().toLowerCase() ?? '');
      const sharedWith =
        holders && holders.length > 1
          ? holders.filter((holder) => holder !== user.userPrincipalName)
          : undefined;
      const issues = userIssues(user, sharedWith);
      return { user, issues, outcome: outcomeOf(user, issues) };
    })
    .sort((a, b) => compareText(sortKeys.get(a.user) ?? '', sortKeys.get(b.user) ?? ''));

  const counts: Record<DryRunOutcome, number> = { clean: 0, check: 0, fix: 0, skipped: 0 };
  const perCode = new Map<DryRunUserCode, number>();
  for (const entry of users) {
    counts[entry.outcome] += 1;
    for (const issue of entry.issues) perCode.set(issue.code, (perCode.get(issue.code) ?? 0) + 1);
  }

  return {
    layout: file.layout,
    encoding: file.encoding,
    users,
    counts,
    reasons: DRY_RUN_USER_CODES.filter((code) => perCode.has(code)).map((code) => ({
      code,
      severity: diagnosticCatalogue[code].severity,
      users: perCode.get(code) ?? 0,
    })),
    sharedEmails,
    fileFindings: fileFindings(file),
    missingColumns: file.missingColumns,
  };
}
