import type { Finding, Severity } from '~/lib/scim/contract';
import { troubleshootingHref } from '~/lib/scim/anchors';
import { CodeText } from '../CodeText';
import { StatusIcon } from './StatusIcon';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

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

export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className={`aiq-cc__finding aiq-cc__finding--${finding.severity}`}>
      <span className="aiq-cc__badge">
        <StatusIcon name={finding.severity} />
        {SEVERITY_LABEL[finding.severity]}
      </span>
      <span className="aiq-cc__finding-body">
        <span className="aiq-cc__message">
          <CodeText text={finding.message} />
        </span>
        {finding.fix ? (
          <span className="aiq-cc__fix">
            <CodeText text={finding.fix} />
          </span>
        ) : null}
        <CodeAndFixLink code={finding.code} />
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
