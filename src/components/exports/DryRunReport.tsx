/**
 * The dry run's report: summary, reasons, the users table and the problem list download. Loaded
 * when the admin picks a file (ProvisioningDryRun.tsx), not with the widget: a page that only shows
 * the file picker does not pay for it.
 */
import { useDeferredValue, useId, useState, type ElementType } from 'react';
import type { DryRunFileOutcome } from '~/lib/exports/read-file';
import {
  DRY_RUN_USER_CODES,
  predictedBody,
  type DryRunOutcome,
  type DryRunReport,
  type DryRunUser,
  type DryRunUserCode,
} from '~/lib/exports/dry-run';
import { troubleshootingHref } from '~/lib/scim/anchors';
import { dryRunEntries } from '~/lib/scim/entries/dry-run';
import { FindingItem, FindingList } from '../connection/FindingList';
import { StatusIcon } from '../connection/StatusIcon';
import { saveTextFile } from '../download';
import { formatCount, plural } from './FilePicker';
import { ReportFilters } from './ReportFilters';
import { TableHead } from '../TableHead';

export const PROBLEMS_FILE_NAME = 'apartmentiq-dry-run-problems.csv';
/** Rows added to the table at a time: tens of thousands of rows at once would stall the page. */
const PAGE_ROWS = 50;

const OUTCOME_LABEL: Record<DryRunOutcome, string> = {
  fix: 'Needs a fix',
  check: 'Check',
  skipped: 'Skipped: disabled',
  clean: 'Ready',
};
const OUTCOME_ICON = { fix: 'error', check: 'warning', skipped: 'skip', clean: 'pass' } as const;

type Filter = 'all' | DryRunOutcome | DryRunUserCode;

function matchesFilter(entry: DryRunUser, filter: Filter): boolean {
  if (filter === 'all') return true;
  if (filter === 'fix' || filter === 'check' || filter === 'skipped' || filter === 'clean')
    return entry.outcome === filter;
  return entry.issues.some((issue) => issue.code === filter);
}

function matchesSearch(entry: DryRunUser, search: string): boolean {
  if (search === '') return true;
  const { userPrincipalName, displayName, mail } = entry.user;
  return [userPrincipalName, displayName, mail ?? ''].some((text) =>
    text.toLowerCase().includes(search),
  );
}

function Summary({ report, fileName }: { report: DryRunReport; fileName: string }) {
  const { counts, layout } = report;
  const partial = report.missingColumns.length > 0;
  const lines: { outcome: DryRunOutcome; text: string }[] = [
    {
      outcome: 'clean',
      text: partial
        ? `${plural(counts.clean, 'user')} with no problem in the columns this file has`
        : `${plural(counts.clean, 'user')} would be created without problems`,
    },
    {
      outcome: 'fix',
      text: `${plural(counts.fix, 'user needs', 'users need')} a fix before you start`,
    },
    { outcome: 'check', text: `${plural(counts.check, 'user')} to check` },
    {
      outcome: 'skipped',
      text: `${plural(counts.skipped, 'user is', 'users are')} disabled: Entra skips them`,
    },
  ];
  return (
    <>
      <p>
        {plural(report.users.length, 'user')} in <strong>{fileName}</strong> ({layout.description},{' '}
        {plural(layout.columns, 'column')}).
      </p>
      {/* list-style: none drops list semantics in Safari; role="list" puts them back. */}
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
      <ul className="aiq-x__counts" role="list">
        {lines.map((line) => (
          <li key={line.outcome} className={`aiq-x__count aiq-x__count--${line.outcome}`}>
            <StatusIcon name={OUTCOME_ICON[line.outcome]} />
            {line.text}
          </li>
        ))}
      </ul>
    </>
  );
}

function Reasons({
  report,
  onShow,
}: {
  report: DryRunReport;
  onShow: (code: DryRunUserCode) => void;
}) {
  if (report.reasons.length === 0)
    return <p className="aiq-cc__all-clear">No user has a problem.</p>;
  return (
    <ul className="aiq-cc__findings" aria-label="Problems by reason">
      {report.reasons.map((reason) => {
        const entry = dryRunEntries[reason.code];
        return (
          <FindingItem
            key={reason.code}
            finding={{
              code: reason.code,
              severity: reason.severity,
              message: `${entry.title}: ${plural(reason.users, 'user')}`,
              fix: entry.fix,
            }}
            actions={
              <span className="aiq-x__actions">
                <button
                  type="button"
                  className="aiq-button aiq-button--small"
                  onClick={() => onShow(reason.code)}
                >
                  Show these users<span className="aiq-cc__sr-only">: {entry.title}</span>
                </button>
              </span>
            }
          />
        );
      })}
    </ul>
  );
}

function UserRow({ entry }: { entry: DryRunUser }) {
  const { user, issues, outcome } = entry;
  return (
    <tr>
      <th scope="row">
        <span className="aiq-x__name">{user.displayName || '(no display name)'}</span>
        <span className="aiq-x__upn">{user.userPrincipalName}</span>
      </th>
      <td>
        <span className={`aiq-x__outcome aiq-x__outcome--${outcome}`}>
          <StatusIcon name={OUTCOME_ICON[outcome]} />
          {OUTCOME_LABEL[outcome]}
        </span>
      </td>
      <td>
        {issues.length === 0 ? (
          '—'
        ) : (
          <ul className="aiq-x__issues">
            {issues.map((issue) => (
              <li key={issue.code}>
                <a href={troubleshootingHref(issue.code)}>{dryRunEntries[issue.code].title}</a>
                {issue.detail ? <span className="aiq-x__detail"> {issue.detail}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <details className="aiq-x__body">
          <summary>
            Request<span className="aiq-cc__sr-only"> for {user.userPrincipalName}</span>
          </summary>
          <pre>{JSON.stringify(predictedBody(user), null, 2)}</pre>
        </details>
      </td>
    </tr>
  );
}

function UsersTable({
  report,
  filter,
  setFilter,
  Heading,
  tableHeadingId,
}: {
  report: DryRunReport;
  filter: Filter;
  setFilter: (filter: Filter) => void;
  Heading: ElementType;
  tableHeadingId: string;
}) {
  const ids = { count: useId() };
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(PAGE_ROWS);
  const deferredSearch = useDeferredValue(search.trim().toLowerCase());
  const matching = report.users.filter(
    (entry) => matchesFilter(entry, filter) && matchesSearch(entry, deferredSearch),
  );
  const visible = matching.slice(0, shown);
  const codes = DRY_RUN_USER_CODES.filter((code) =>
    report.reasons.some((reason) => reason.code === code),
  );
  return (
    <>
      <Heading id={tableHeadingId} tabIndex={-1} className="aiq-x__heading">
        Users
      </Heading>
      <ReportFilters<Filter>
        options={[
          { value: 'all', label: 'All users' },
          { value: 'fix', label: 'Need a fix' },
          { value: 'check', label: 'To check' },
          { value: 'skipped', label: 'Disabled (skipped)' },
          { value: 'clean', label: 'Ready' },
          ...codes.map((code) => ({ value: code, label: dryRunEntries[code].title })),
        ]}
        value={filter}
        onValue={(value) => {
          setFilter(value);
          setShown(PAGE_ROWS);
        }}
        searchLabel="Find a user"
        searchPlaceholder="Name, user name or email"
        search={search}
        onSearch={(value) => {
          setSearch(value);
          setShown(PAGE_ROWS);
        }}
        countId={ids.count}
        count={
          <>
            Showing {formatCount(visible.length)} of {plural(matching.length, 'matching user')} (
            {formatCount(report.users.length)} in the file).
          </>
        }
      />
      {/* The table scrolls inside its own box on narrow screens; the box is focusable so keyboard users can scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="aiq-x__scroll" tabIndex={0} role="region" aria-labelledby={tableHeadingId}>
        <table className="aiq-x__table" aria-describedby={ids.count}>
          <TableHead columns={['User', 'Result', 'Problems', 'Sent to ApartmentIQ']} />
          <tbody>
            {visible.map((entry) => (
              <UserRow key={entry.user.userPrincipalName} entry={entry} />
            ))}
          </tbody>
        </table>
      </div>
      {matching.length > visible.length && (
        <button
          type="button"
          className="aiq-button"
          onClick={() => setShown((count) => count + PAGE_ROWS)}
        >
          Show {Math.min(PAGE_ROWS, matching.length - visible.length)} more
        </button>
      )}
    </>
  );
}

export default function Report({
  outcome,
  fileName,
  Heading,
}: {
  outcome: Extract<DryRunFileOutcome, { kind: 'report' }>;
  fileName: string;
  Heading: ElementType;
}) {
  const { report } = outcome;
  const [filter, setFilter] = useState<Filter>('all');
  const [saved, setSaved] = useState(false);
  const tableHeadingId = useId();
  const problems = report.users.reduce((total, entry) => total + entry.issues.length, 0);
  const show = (code: DryRunUserCode) => {
    setFilter(code);
    // Take the reader to the filtered table.
    requestAnimationFrame(() => document.getElementById(tableHeadingId)?.focus());
  };
  return (
    <div className="aiq-x__report">
      <Heading className="aiq-x__heading">Summary</Heading>
      <Summary report={report} fileName={fileName} />
      <FindingList
        id={`${tableHeadingId}-file`}
        label="About the file"
        findings={report.fileFindings}
      />
      <Heading className="aiq-x__heading">Problems by reason</Heading>
      <Reasons report={report} onShow={show} />
      <div className="aiq-cc__actions">
        <button
          type="button"
          className="aiq-button"
          disabled={problems === 0}
          onClick={() => {
            saveTextFile(outcome.problemsCsv, PROBLEMS_FILE_NAME, 'text/csv;charset=utf-8');
            setSaved(true);
          }}
        >
          Download the problem list (CSV)
        </button>
        <span className="aiq-cc__hint" role="status">
          {saved ? `Saved ${PROBLEMS_FILE_NAME}: ${plural(problems, 'problem')}.` : ''}
        </span>
      </div>
      <UsersTable
        report={report}
        filter={filter}
        setFilter={setFilter}
        Heading={Heading}
        tableHeadingId={tableHeadingId}
      />
    </div>
  );
}
