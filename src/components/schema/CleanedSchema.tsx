import { useId, useRef, useState } from 'react';
import { DISPLAY_LIMIT_CHARS, formatSize } from './display';
import { saveTextFile } from '../download';

export const CLEANED_FILE_NAME = 'apartmentiq-schema-cleaned.json';

/** The cleaned schema, read-only, with Copy and Download. */
export function CleanedSchema({ text, unchanged }: { text: string; unchanged: boolean }) {
  const fieldId = useId();
  const hintId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState('');

  const truncated = text.length > DISPLAY_LIMIT_CHARS;
  const shown = truncated ? text.slice(0, DISPLAY_LIMIT_CHARS) : text;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage('Copied the cleaned schema.');
    } catch {
      if (truncated) {
        setMessage('Copying is blocked in this browser. Use Download instead.');
        return;
      }
      // No clipboard permission (or an old browser): select the text so Ctrl+C works.
      field.current?.focus();
      field.current?.select();
      setMessage(
        'Copying is blocked in this browser. The text is selected: press Ctrl+C (⌘C on a Mac).',
      );
    }
  };

  const download = () => {
    saveTextFile(text, CLEANED_FILE_NAME, 'application/json');
    setMessage(`Downloaded ${CLEANED_FILE_NAME}.`);
  };

  return (
    <div className="schema-cleaned">
      <label htmlFor={fieldId} className="schema-label">
        Cleaned schema
      </label>
      <p id={hintId} className="schema-hint">
        {unchanged
          ? 'Your schema already matches ApartmentIQ: this is the same schema, nothing to paste back.'
          : 'The same schema with only the changes listed above. Paste it over the whole text in Entra’s schema editor and save (steps below). Saving restarts provisioning with an initial cycle.'}
        {truncated &&
          ` The field shows the first ${formatSize(DISPLAY_LIMIT_CHARS)} of ${formatSize(text.length)}, so the page stays fast; Copy and Download give the whole schema.`}
      </p>
      <textarea
        id={fieldId}
        ref={field}
        className="schema-textarea"
        value={shown}
        readOnly
        rows={10}
        spellCheck={false}
        aria-describedby={hintId}
      />
      <div className="schema-actions">
        <button type="button" className="aiq-button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" className="aiq-button" onClick={download}>
          Download
        </button>
        <span role="status" className="schema-action-status">
          {message}
        </span>
      </div>
    </div>
  );
}
