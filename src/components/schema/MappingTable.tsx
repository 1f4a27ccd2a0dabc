import type { MappingRow, RowStatus } from '~/lib/schema/analyze';

const STATUS_LABEL: Record<RowStatus, string> = {
  keep: 'Keep',
  remove: 'Remove',
  missing: 'Missing',
};

const count = (rows: readonly MappingRow[], status: RowStatus) =>
  rows.filter((row) => row.status === status).length;

/** "keep 5, remove 17": the caption's summary, so the numbers are read before the rows. */
export function summarizeRows(rows: readonly MappingRow[]): string {
  const parts = [`keep ${count(rows, 'keep')}`, `remove ${count(rows, 'remove')}`];
  const missing = count(rows, 'missing');
  if (missing > 0) parts.push(`missing ${missing}`);
  return parts.join(', ');
}

/** One user mapping as a table: target, source, what to do (as a word, not only a colour), why. */
export function MappingTable({ caption, rows }: { caption: string; rows: readonly MappingRow[] }) {
  return (
    <div className="schema-table-wrapper">
      <table className="schema-table">
        <caption>
          {caption}: {summarizeRows(rows)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Target attribute (SCIM)</th>
            <th scope="col">Source in Entra</th>
            <th scope="col">What to do</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${index}-${row.targetAttributeName}`} data-status={row.status}>
              <th scope="row">
                <code>{row.targetAttributeName}</code>
                {row.matchingPriority > 0 && (
                  <span className="schema-matching">
                    {' '}
                    (matching, precedence {row.matchingPriority})
                  </span>
                )}
              </th>
              <td data-label="Source in Entra">
                {row.source === null ? (
                  <span className="schema-none">not mapped</span>
                ) : (
                  <code>{row.source}</code>
                )}
              </td>
              <td>
                <span className={`schema-status schema-status--${row.status}`}>
                  {STATUS_LABEL[row.status]}
                </span>
              </td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
