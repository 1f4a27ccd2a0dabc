/**
 * The log doctor's report: the entries grouped by outcome and cause, the affected users and the
 * summary for a support ticket. Loaded when the admin picks a file (ProvisioningLogDoctor.tsx), not
 * with the widget.
 */
import { Breakable } from '../Breakable';
import { useDeferredValue, useId, useState, type ElementType } from 'react';
import {
  describeResponse,
  formatLogTime,
  OUTCOME_LABELS,
  ticketSummary,
  type LogGroup,
  type LogReport,
} from '~/lib/exports/log-doctor';
import type { LogOutcome } from '~/lib/exports/provisioning-log';
import { troubleshootingHref } from '~/lib/scim/anchors';
import { CopyButton } from '../connection/CopyButton';
import { FindingList } from '../connection/FindingList';
import { StatusIcon } from '../connection/StatusIcon';
import { CodeText } from '../CodeText';
import { formatCount, plural } from './FilePicker';
import { ReportFilters } from './ReportFilters';

/** Names listed per group before "and N more": the rest are in the ticket summary if chosen. */
const USERS_SHOWN = 100;

const OUTCOME_ICON = {
  failure: 'error',
  warning: 'warning',
  skipped: 'skip',
  success: 'pass',
  other: 'info',
} as const;

const ACTION_WORDS: Record<string, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  disable: 'disabled',
  stageddelete: 'staged for deletion',
};

function timeRange(first: number | undefined, last: number | undefined): string {
  if (first === undefined || last === undefined) return 'no times in the file';
  return first === last
    ? formatLogTime(first)
    : `${formatLogTime(first)} to ${formatLogTime(last)}`;
}

function groupTitle(group: LogGroup): string {
  if (group.outcome === 'success')
    return `${OUTCOME_LABELS.success}: ${ACTION_WORDS[group.cause] ?? group.cause}`;
  return `${OUTCOME_LABELS[group.outcome]}: ${group.cause}`;
}

function Group({ group, Heading }: { group: LogGroup; Heading: ElementType }) {
  const shownUsers = group.affected.slice(0, USERS_SHOWN);
  return (
    <li className={`aiq-x__group aiq-x__group--${group.outcome}`} data-group={group.id}>
      <Heading className="aiq-x__group-title">
        <span className={`aiq-x__outcome aiq-x__outcome--${group.outcome}`}>
          <StatusIcon name={OUTCOME_ICON[group.outcome]} />
          <Breakable text={groupTitle(group)} />
        </span>
      </Heading>
      <p className="aiq-x__meta">
        {plural(group.entries, 'entry', 'entries')} · {plural(group.users, 'user')} ·{' '}
        {timeRange(group.firstTime, group.lastTime)}
      </p>
      {group.outcome === 'success' && (
        <p>Entra sent these changes and ApartmentIQ accepted them.</p>
      )}
      {group.explanation && (
        <>
          <p>
            <strong>{group.explanation.title}.</strong>{' '}
            <CodeText text={group.explanation.meaning} />
          </p>
          <p>
            <strong>How to fix: </strong>
            <CodeText text={group.explanation.fix} />{' '}
            <a href={troubleshootingHref(group.explanation.anchor)}>
              More on Troubleshooting<span className="aiq-cc__sr-only"> about {group.cause}</span>
            </a>
          </p>
        </>
      )}
      {group.responses.length > 0 && (
        <>
          <p>What ApartmentIQ answered:</p>
          <ul className="aiq-x__users">
            {group.responses.map((response, index) => (
              <li key={index}>
                <strong>{describeResponse(response)}</strong>
                {response.detail ? <>: “{response.detail}”</> : null} (
                {plural(response.entries, 'entry', 'entries')}, {plural(response.users, 'user')})
              </li>
            ))}
          </ul>
        </>
      )}
      {group.exampleReason && (
        <details>
          <summary>Entra’s reason, as written in the log</summary>
          <pre>{group.exampleReason}</pre>
        </details>
      )}
      <details>
        <summary>
          Affected {group.users === 1 ? 'user' : 'users'} ({formatCount(group.users)})
        </summary>
        <ul className="aiq-x__users">
          {shownUsers.map((user) => (
            <li key={user.key}>
              {user.displayName ?? user.userPrincipalName ?? user.key}
              {user.userPrincipalName && user.displayName ? (
                <span className="aiq-x__mono">{user.userPrincipalName}</span>
              ) : null}
              {user.entries > 1 ? ` (${formatCount(user.entries)} entries)` : null}
            </li>
          ))}
        </ul>
        {group.affected.length > shownUsers.length && (
          <p className="aiq-cc__hint">
            and {formatCount(group.affected.length - shownUsers.length)} more.
          </p>
        )}
      </details>
    </li>
  );
}

type OutcomeFilter = 'all' | LogOutcome;

function matchesGroup(group: LogGroup, filter: OutcomeFilter, search: string): boolean {
  if (filter !== 'all' && group.outcome !== filter) return false;
  if (search === '') return true;
  if (group.cause.toLowerCase().includes(search)) return true;
  return group.affected.some((user) =>
    [user.displayName, user.userPrincipalName].some((text) => text?.toLowerCase().includes(search)),
  );
}

function TicketSummary({ report, Heading }: { report: LogReport; Heading: ElementType }) {
  const ids = { field: useId(), users: useId(), details: useId() };
  const [includeUsers, setIncludeUsers] = useState(false);
  const [includeDetails, setIncludeDetails] = useState(false);
  const text = ticketSummary(report, { includeUsers, includeDetails });
  const options = [
    {
      id: ids.users,
      checked: includeUsers,
      set: setIncludeUsers,
      label: 'Include the affected users’ names',
    },
    {
      id: ids.details,
      checked: includeDetails,
      set: setIncludeDetails,
      label: 'Include ApartmentIQ’s and Entra’s messages (they can quote names or email addresses)',
    },
  ];
  return (
    <>
      <Heading className="aiq-x__heading">Summary for a support ticket</Heading>
      <p className="aiq-cc__hint">
        Counts by cause and the time span. Names and ApartmentIQ’s messages are left out unless you
        include them.
      </p>
      <div className="aiq-x__options">
        {options.map((option) => (
          <label key={option.id} htmlFor={option.id}>
            <input
              id={option.id}
              type="checkbox"
              checked={option.checked}
              onChange={(event) => option.set(event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <label htmlFor={ids.field} className="aiq-cc__label">
        Summary to copy
      </label>
      <textarea id={ids.field} readOnly value={text} rows={10} spellCheck={false} />
      <div className="aiq-cc__actions">
        <CopyButton
          text={() => text}
          label="Copy summary"
          fallbackHint="select the text above and press Ctrl+C (⌘C on a Mac)."
        />
      </div>
    </>
  );
}

export default function Report({
  report,
  fileName,
  headingLevel,
}: {
  report: LogReport;
  fileName: string;
  headingLevel: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as ElementType;
  const GroupHeading = `h${headingLevel + 1}` as ElementType;
  const ids = { count: useId(), findings: useId() };
  const [filter, setFilter] = useState<OutcomeFilter>('all');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim().toLowerCase());
  const groups = report.groups.filter((group) => matchesGroup(group, filter, deferredSearch));
  return (
    <div className="aiq-x__report">
      <Heading className="aiq-x__heading">Summary</Heading>
      <p>
        {plural(report.entries, 'entry', 'entries')} in <strong>{fileName}</strong> about{' '}
        {plural(report.users, 'user or group', 'users and groups')},{' '}
        {timeRange(report.firstTime, report.lastTime)}, in{' '}
        {plural(report.cycles.length, 'provisioning cycle')}.
      </p>
      {/* list-style: none drops list semantics in Safari; role="list" puts them back. */}
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
      <ul className="aiq-x__counts" role="list">
        {report.outcomes.map((outcome) => (
          <li key={outcome.outcome} className={`aiq-x__outcome aiq-x__outcome--${outcome.outcome}`}>
            <StatusIcon name={OUTCOME_ICON[outcome.outcome]} />
            {OUTCOME_LABELS[outcome.outcome]}: {plural(outcome.entries, 'entry', 'entries')} (
            {plural(outcome.users, 'user')})
          </li>
        ))}
      </ul>
      <FindingList id={ids.findings} label="About the file" findings={report.findings} />
      {report.cycles.length > 0 && (
        <details>
          <summary>Provisioning cycles ({formatCount(report.cycles.length)})</summary>
          <ul className="aiq-x__users">
            {report.cycles.map((cycle) => (
              <li key={cycle.id}>
                <span className="aiq-x__mono">{cycle.id}</span>
                {plural(cycle.entries, 'entry', 'entries')},{' '}
                {timeRange(cycle.firstTime, cycle.lastTime)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Heading className="aiq-x__heading">By outcome and cause</Heading>
      <ReportFilters<OutcomeFilter>
        options={[
          { value: 'all', label: 'All outcomes' },
          ...report.outcomes.map((outcome) => ({
            value: outcome.outcome,
            label: OUTCOME_LABELS[outcome.outcome],
          })),
        ]}
        value={filter}
        onValue={setFilter}
        searchLabel="Find a user or code"
        searchPlaceholder="Name, user name or code"
        search={search}
        onSearch={setSearch}
        countId={ids.count}
        count={`Showing ${formatCount(groups.length)} of ${plural(report.groups.length, 'group')}.`}
      />
      <ul className="aiq-x__groups" aria-describedby={ids.count}>
        {groups.map((group) => (
          <Group key={group.id} group={group} Heading={GroupHeading} />
        ))}
      </ul>
      <TicketSummary report={report} Heading={Heading} />
    </div>
  );
}
