import type { JsonErrorExcerpt, SchemaInputError } from '~/lib/schema/parse';
import { FindingItem } from '../connection/FindingList';

/** The excerpt as a code listing: line numbers in a gutter, a caret under the column. */
function listing(excerpt: JsonErrorExcerpt): string {
  const width = String(excerpt.lines[excerpt.lines.length - 1]?.number ?? 0).length;
  const rows = excerpt.lines.map((line) => `${String(line.number).padStart(width)} | ${line.text}`);
  rows.push(`${' '.repeat(width)} | ${' '.repeat(Math.max(0, excerpt.caretColumn - 1))}^`);
  return rows.join('\n');
}

/** A specific input error: what, where (for broken JSON, the lines with a caret under the column), what to do. */
export function InputError({
  id,
  error,
  origin,
}: {
  id: string;
  error: SchemaInputError;
  origin: string;
}) {
  const { code, message, fix } = error;
  return (
    <div id={id} className="schema-error" role="alert" data-code={code}>
      <p>
        <strong>The {origin} could not be checked.</strong>
      </p>
      <ul className="aiq-cc__findings" aria-label="Why it could not be checked">
        <FindingItem finding={{ code, severity: 'error', message, ...(fix ? { fix } : {}) }}>
          {error.excerpt && <pre className="schema-error__excerpt">{listing(error.excerpt)}</pre>}
        </FindingItem>
      </ul>
    </div>
  );
}
