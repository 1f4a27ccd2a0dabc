import type { ReactNode, Ref } from 'react';
import { capabilityRows } from '~/lib/connection/capabilities';
import type { ProbeOutcome } from '~/lib/connection/probe-client';
import { connectionEntries } from '~/lib/scim/entries/connection';
import type {
  CheckStatus,
  ProbeCheck,
  ProbeMode,
  ProbeResponse,
  TranscriptEntry,
} from '~/lib/scim/contract';
import { CodeAndFixLink, FindingItem } from './FindingList';
import { StatusIcon, type IconName } from './StatusIcon';
import { TableHead } from '../TableHead';

const STATUS_LABEL: Record<CheckStatus, string> = {
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Fail',
  skip: 'Skipped',
};
const STATUS_ICON: Record<CheckStatus, IconName> = {
  pass: 'pass',
  warn: 'warning',
  fail: 'error',
  skip: 'skip',
};

type VerdictTexts = Record<ProbeResponse['verdict'], { title: string; detail: string }>;

/** The verdict in the words of the identity provider whose requests were made. */
function verdictTexts(idp: string, passDetail: string): VerdictTexts {
  return {
    pass: { title: 'Pass', detail: `${passDetail} Paste the same values into ${idp}.` },
    warn: {
      title: 'Pass with warnings',
      detail: 'The connection works, but read the warnings below before you continue.',
    },
    fail: {
      title: 'Fail',
      detail: `Something ${idp} needs did not work with these values. Start with the first failed check below.`,
    },
  };
}

const VERDICT_TEXT: Record<ProbeMode, VerdictTexts> = {
  entra: verdictTexts(
    'Entra',
    'The endpoint answered the user and group look-ups with empty lists, as Entra expects.',
  ),
  okta: verdictTexts(
    'Okta',
    'The endpoint answered the user list and the user look-up the way Okta expects.',
  ),
};

export function verdictSummary(response: ProbeResponse): string {
  const failed = response.checks
    .filter((check) => check.status === 'fail')
    .map((check) => check.code);
  const text = VERDICT_TEXT[response.mode ?? 'entra'][response.verdict];
  return failed.length > 0 ? `${text.title}: ${failed.join(', ')}.` : `${text.title}.`;
}

function CheckItem({ check }: { check: ProbeCheck }) {
  return (
    <li className={`aiq-cc__check aiq-cc__check--${check.status}`}>
      <span className="aiq-cc__badge">
        <StatusIcon name={STATUS_ICON[check.status]} />
        {STATUS_LABEL[check.status]}
      </span>
      <span className="aiq-cc__finding-body">
        <strong className="aiq-cc__check-title">{check.title}</strong>
        <span className="aiq-cc__message">{check.message}</span>
        {check.fix && check.status !== 'pass' ? (
          <span className="aiq-cc__fix">{check.fix}</span>
        ) : null}
        {check.http ? (
          <span className="aiq-cc__http">
            <code>
              {check.http.method} {check.http.path}
            </code>
            {check.http.status === undefined ? ' (no answer)' : ` → HTTP ${check.http.status}`},{' '}
            {Math.round(check.http.durationMs)} ms
          </span>
        ) : null}
        {check.code === 'ok' ? (
          <span className="aiq-cc__code-line">
            Code <code className="aiq-cc__code">{check.code}</code>
          </span>
        ) : (
          <CodeAndFixLink code={check.code} />
        )}
        {check.findings && check.findings.length > 0 ? (
          <ul
            className="aiq-cc__findings aiq-cc__findings--nested"
            aria-label={`${check.title}: details`}
          >
            {check.findings.map((finding) => (
              <FindingItem key={`${finding.code}-${finding.message}`} finding={finding} />
            ))}
          </ul>
        ) : null}
      </span>
    </li>
  );
}

function CapabilitiesTable({ response }: { response: ProbeResponse }) {
  if (!response.capabilities) {
    return (
      <p className="aiq-cc__note">
        The endpoint’s capabilities are not known: its ServiceProviderConfig could not be read.
      </p>
    );
  }
  return (
    <table className="aiq-cc__capabilities">
      <caption>What the endpoint supports (its ServiceProviderConfig)</caption>
      <TableHead columns={['Capability', 'Endpoint', 'Entra needs it']} />
      <tbody>
        {capabilityRows(response.capabilities).map((row) => (
          <tr
            key={row.id}
            className={row.missingButRequired ? 'aiq-cc__capability--missing' : undefined}
          >
            <th scope="row">{row.label}</th>
            <td>
              <span className="aiq-cc__badge">
                <StatusIcon
                  name={row.supported ? 'pass' : row.missingButRequired ? 'error' : 'skip'}
                />
                {row.value}
              </span>
            </td>
            <td>
              {row.requiredByEntra
                ? row.missingButRequired
                  ? 'Required: missing'
                  : 'Required'
                : 'Not required'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function transcriptText(entry: TranscriptEntry): string {
  const lines = [`${entry.request.method} ${entry.request.url}`];
  for (const [name, value] of Object.entries(entry.request.headers))
    lines.push(`${name}: ${value}`);
  if (entry.response) {
    lines.push('', `HTTP ${entry.response.status} (${Math.round(entry.durationMs)} ms)`);
    for (const [name, value] of Object.entries(entry.response.headers))
      lines.push(`${name}: ${value}`);
    if (entry.response.body !== '') lines.push('', entry.response.body);
    if (entry.response.bodyTruncated) lines.push('[body truncated]');
  }
  if (entry.error !== undefined)
    lines.push('', `No answer: ${entry.error} (${Math.round(entry.durationMs)} ms)`);
  return lines.join('\n');
}

function Transcript({ transcript }: { transcript: readonly TranscriptEntry[] }) {
  if (transcript.length === 0) return null;
  return (
    <details className="aiq-cc__transcript">
      <summary>
        Transcript: {transcript.length} {transcript.length === 1 ? 'request' : 'requests'} (the
        token is hidden)
      </summary>
      <ol className="aiq-cc__transcript-list">
        {transcript.map((entry, index) => (
          <li key={`${entry.checkId}-${index}`}>
            <pre className="aiq-cc__pre">{transcriptText(entry)}</pre>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Why there is no result: a badge, what happened, then whatever else helps. */
function Problem({
  icon,
  label,
  message,
  children,
}: {
  icon: IconName;
  label: string;
  message: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="aiq-cc__problem">
      <p className="aiq-cc__badge">
        <StatusIcon name={icon} />
        {label}
      </p>
      <p className="aiq-cc__message">{message}</p>
      {children}
    </div>
  );
}

function RouteProblem({
  code,
  message,
  retryAfterSeconds,
}: {
  code: ProbeOutcomeCode;
  message: string;
  retryAfterSeconds?: number | undefined;
}) {
  const unavailable = code === 'probe-unavailable';
  return (
    <Problem
      icon={unavailable ? 'info' : 'warning'}
      label={unavailable ? 'Not available' : 'Not run'}
      message={message}
    >
      {retryAfterSeconds === undefined ? null : (
        <p>
          Try again in {retryAfterSeconds} {retryAfterSeconds === 1 ? 'second' : 'seconds'}.
        </p>
      )}
      {unavailable || code === 'rate-limited' ? null : (
        <p className="aiq-cc__fix">{connectionEntries[code].fix}</p>
      )}
      <CodeAndFixLink code={code} />
    </Problem>
  );
}

type ProbeOutcomeCode = Extract<ProbeOutcome, { kind: 'route-error' }>['code'];

/** One sentence for the live region and the heading: what the test found. */
export function outcomeSummary(outcome: ProbeOutcome): string {
  switch (outcome.kind) {
    case 'result':
      return `Connection test finished. ${verdictSummary(outcome.response)}`;
    case 'route-error':
      if (outcome.code === 'probe-unavailable')
        return 'The connection test is not available on this deployment.';
      if (outcome.code === 'rate-limited') {
        return outcome.retryAfterSeconds === undefined
          ? 'Too many connection tests: try again in a minute.'
          : `Too many connection tests: try again in ${outcome.retryAfterSeconds} seconds.`;
      }
      return `The connection test was refused: ${outcome.code}.`;
    case 'network-error':
      return outcome.reason === 'timeout'
        ? 'The connection test took too long and was stopped.'
        : 'This page could not reach its connection test.';
    case 'invalid-answer':
      return 'The connection test gave an answer this page cannot read.';
  }
}

export function ProbeResultView({
  outcome,
  idp = 'entra',
  stale,
  headingRef,
}: {
  outcome: ProbeOutcome;
  /** Whose words the result is told in (a probe answer also says whose requests it made). */
  idp?: ProbeMode;
  stale: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <div className="aiq-cc__result">
      <h3 className="aiq-cc__result-heading" ref={headingRef} tabIndex={-1}>
        Connection test result
      </h3>
      {stale ? (
        <p className="aiq-cc__note">
          <StatusIcon name="info" />
          You changed a value after this test. Press Test connection again to check the new values.
        </p>
      ) : null}
      <OutcomeBody outcome={outcome} idp={idp} />
    </div>
  );
}

function OutcomeBody({ outcome, idp }: { outcome: ProbeOutcome; idp: ProbeMode }) {
  switch (outcome.kind) {
    case 'route-error':
      return (
        <RouteProblem
          code={outcome.code}
          message={
            outcome.code === 'probe-unavailable'
              ? 'The connection test is not available on this deployment; the field checks above still work.'
              : outcome.message
          }
          retryAfterSeconds={outcome.retryAfterSeconds}
        />
      );
    case 'network-error':
      return (
        <Problem
          icon="warning"
          label="Not run"
          message={
            outcome.reason === 'timeout'
              ? 'The connection test took too long and was stopped. Try again; if it happens again, copy the report for support.'
              : 'This page could not reach its connection test. Check your network connection and try again.'
          }
        />
      );
    case 'invalid-answer':
      return (
        <Problem
          icon="warning"
          label="Unreadable answer"
          message={`The connection test answered with something this page cannot read (HTTP ${outcome.status}). Try again; if it happens again, copy the report for support.`}
        />
      );
    case 'result':
      break;
  }
  const { response } = outcome;
  const mode = response.mode ?? idp;
  const verdict = VERDICT_TEXT[mode][response.verdict];
  const verdictIcon: IconName =
    response.verdict === 'pass' ? 'pass' : response.verdict === 'warn' ? 'warning' : 'error';
  return (
    <>
      <div className={`aiq-cc__verdict aiq-cc__verdict--${response.verdict}`}>
        <p className="aiq-cc__verdict-title">
          <StatusIcon name={verdictIcon} />
          Verdict: {verdict.title}
          {response.host ? <span className="aiq-cc__host"> ({response.host})</span> : null}
        </p>
        <p>{verdict.detail}</p>
      </div>
      <ol className="aiq-cc__checks" aria-label="Checks">
        {response.checks.map((check) => (
          <CheckItem key={check.id} check={check} />
        ))}
      </ol>
      {/* Okta does not read the ServiceProviderConfig, so its mode does not ask for it. */}
      {mode === 'okta' ? null : <CapabilitiesTable response={response} />}
      <Transcript transcript={response.transcript} />
    </>
  );
}
