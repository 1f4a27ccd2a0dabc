import type { SchemaFinding } from '~/lib/schema/analyze';

const SEVERITY_LABEL: Record<SchemaFinding['severity'], string> = {
  error: 'Must fix',
  warning: 'Check',
  info: 'Note',
};

/** The report's findings, most serious first; the severity is a word, not only a colour. */
export function Findings({ findings }: { findings: readonly SchemaFinding[] }) {
  const order: SchemaFinding['severity'][] = ['error', 'warning', 'info'];
  const sorted = [...findings].sort(
    (a, b) => order.indexOf(a.severity) - order.indexOf(b.severity),
  );
  return (
    // list-style: none makes Safari/VoiceOver drop the list semantics, so the role is set again.
    // eslint-disable-next-line jsx-a11y/no-redundant-roles
    <ul className="schema-findings" role="list">
      {sorted.map((finding, index) => (
        <li
          key={`${finding.code}-${index}`}
          className={`schema-finding schema-finding--${finding.severity}`}
          data-code={finding.code}
        >
          <strong className="schema-finding__label">{SEVERITY_LABEL[finding.severity]}:</strong>{' '}
          {finding.message}
          {finding.fix && <span className="schema-finding__fix"> {finding.fix}</span>}
        </li>
      ))}
    </ul>
  );
}
