/**
 * The one findings renderer: every island shows a finding the same way (severity word and icon, the
 * message, the fix, the code with a link to its Troubleshooting entry).
 */
import type { ReactNode } from 'react';
import type { Finding, Severity } from '~/lib/scim/contract';
import { SEVERITY_LABELS, troubleshootingHref } from '~/lib/scim/anchors';
import { CodeText } from '../CodeText';
import { StatusIcon } from './StatusIcon';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Most serious first, in their order otherwise. */
export function bySeverity<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
}

/** The code as text plus a link to its troubleshooting entry, so support can ask for it by name. */
export function CodeAndFixLink({ code }: { code: Finding['code'] }) {
  return (
    <span className="aiq-cc__code-line">
      Code <code className="aiq-cc__code">{code}</code>
      {' · '}
      <a href={troubleshootingHref(code)}>
        How to fix<span className="aiq-cc__sr-only"> {code}</span>
      </a>
    </span>
  );
}

export function FindingItem({
  finding,
  children,
  actions,
}: {
  finding: Finding;
  /** Shown between the message and the fix, e.g. the lines around a JSON syntax error. */
  children?: ReactNode;
  /** Controls for this finding (e.g. "Show these users"), after its code. */
  actions?: ReactNode;
}) {
  return (
    <li className={`aiq-cc__finding aiq-cc__finding--${finding.severity}`} data-code={finding.code}>
      <span className="aiq-cc__badge">
        <StatusIcon name={finding.severity} />
        {SEVERITY_LABELS[finding.severity]}
      </span>
      <span className="aiq-cc__finding-body">
        <span className="aiq-cc__message">
          <CodeText text={finding.message} />
        </span>
        {children}
        {finding.fix ? (
          <span className="aiq-cc__fix">
            <CodeText text={finding.fix} />
          </span>
        ) : null}
        <CodeAndFixLink code={finding.code} />
        {actions}
      </span>
    </li>
  );
}

export function FindingList({
  id,
  label,
  findings,
}: {
  id: string;
  label: string;
  findings: readonly Finding[];
}) {
  if (findings.length === 0) {
    return (
      <p id={id} className="aiq-cc__all-clear">
        <StatusIcon name="pass" />
        {label}: no problems found.
      </p>
    );
  }
  return (
    <ul id={id} className="aiq-cc__findings" aria-label={`${label} findings`}>
      {findings.map((finding) => (
        <FindingItem key={`${finding.code}-${finding.message}`} finding={finding} />
      ))}
    </ul>
  );
}
