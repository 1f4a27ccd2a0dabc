import type { SchemaInputError, SchemaInputErrorCode } from '~/lib/schema/parse';

const TITLE: Record<SchemaInputErrorCode, string> = {
  empty: 'Nothing to check',
  'too-large': 'Too large',
  'invalid-json': 'Not valid JSON',
  'not-a-schema': 'Not a provisioning schema',
  'no-user-mapping': 'No user mapping',
};

/** A specific input error: what, where (for broken JSON, the line with a caret under the column), what to do. */
export function InputError({ id, error, origin }: { id: string; error: SchemaInputError; origin: string }) {
  return (
    <div id={id} className="schema-error" role="alert" data-code={error.code}>
      <p>
        <strong>
          {TITLE[error.code]} ({origin}):
        </strong>{' '}
        {error.message}
      </p>
      {error.excerpt && (
        <pre className="schema-error__excerpt" aria-label={`Line ${error.line ?? ''}, with a caret under column ${error.column ?? ''}`}>
          {`${error.excerpt.text}\n${' '.repeat(Math.max(0, error.excerpt.caretColumn - 1))}^`}
        </pre>
      )}
      {error.fix && <p>{error.fix}</p>}
    </div>
  );
}
