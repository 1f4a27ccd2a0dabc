/**
 * The attribute mapping checker: paste Entra's provisioning schema (or choose its .json file),
 * get a report, a cleaned schema to paste back, and the request ApartmentIQ will receive.
 * Without a schema (and before JavaScript runs) it shows Entra's default mappings with
 * keep / remove for each: the manual path.
 *
 * The island is thin: the library does the work (src/lib/schema), in a Web Worker.
 */
import {
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type ElementType,
} from 'react';
import type { MappingRow, SchemaFinding } from '~/lib/schema/analyze';
import { CleanedSchema } from './schema/CleanedSchema';
import { bySeverity, FindingList } from './connection/FindingList';
import { InputError } from './schema/InputError';
import { DISPLAY_LIMIT_CHARS, formatSize } from './schema/display';
import { MappingTable } from './schema/MappingTable';
import { SampleBody } from './schema/SampleBody';
import { useSchemaCheck, type CheckState } from './schema/useSchemaCheck';
import { useHydrated } from './useHydrated';
import './connection/ConnectionChecker.css';
import './schema/SchemaChecker.css';

const PASTED = 'pasted text';

/**
 * Above this size a paste is put into the field directly instead of through the browser's editing
 * pipeline, which is slow for long texts (the cost is the undo step for that paste).
 */
const DIRECT_PASTE_CHARS = 32 * 1024;

function statusText(state: CheckState): string {
  if (state.status === 'idle') return '';
  if (state.status === 'checking') return `Checking the ${state.origin}…`;
  const { outcome, origin } = state;
  if (outcome.kind === 'error') return `Could not check the ${origin}: see the message below.`;
  const { mappingsRemoved, groupMappingsDisabled } = outcome.report.changes;
  if (mappingsRemoved === 0 && groupMappingsDisabled === 0)
    return `Checked the ${origin}: nothing to remove, group provisioning is off.`;
  const removed = `${mappingsRemoved} attribute ${mappingsRemoved === 1 ? 'mapping' : 'mappings'} to remove`;
  const groups = groupMappingsDisabled > 0 ? ', group provisioning to turn off' : '';
  return `Checked the ${origin}: ${removed}${groups}. The cleaned schema below does both.`;
}

/**
 * The manual path on Entra's defaults: the same for every visitor, so SchemaCheckerSection.astro
 * works it out at build time and the browser gets the result, not the library that makes it.
 */
export interface SchemaCheckerDefaults {
  /** Caption of the default user mapping's table. */
  caption: string;
  rows: MappingRow[];
  findings: SchemaFinding[];
  sampleBody: Record<string, unknown>;
}

/** Props are checked at build time (parseProps) by SchemaCheckerSection.astro. */
export interface SchemaCheckerProps {
  /** The level of the island's own headings, one below the page section it sits in. */
  headingLevel: 2 | 3 | 4;
  defaults: SchemaCheckerDefaults;
}

export function SchemaChecker({ headingLevel, defaults }: SchemaCheckerProps) {
  const Heading = `h${headingLevel}` as ElementType;
  const hydrated = useHydrated();
  const { state, check } = useSchemaCheck();
  const schemaField = useRef<HTMLTextAreaElement>(null);
  const ids = {
    schema: useId(),
    schemaHint: useId(),
    hidden: useId(),
    file: useId(),
    error: useId(),
    findings: useId(),
  };

  const outcome = state.status === 'done' ? state.outcome : null;
  const error = outcome?.kind === 'error' ? outcome.error : null;
  const report = outcome?.kind === 'report' ? outcome : null;

  // A text too large to show (see DISPLAY_LIMIT_CHARS) is checked in full but kept out of the field.
  const [hiddenInput, setHiddenInput] = useState<{ origin: string; size: number } | null>(null);

  /** Puts a whole new text in the field (or, when too large to show, only in the check) and checks it. */
  const replaceText = (text: string, origin: string, immediate: boolean) => {
    const field = schemaField.current;
    const tooLarge = text.length > DISPLAY_LIMIT_CHARS;
    if (field) field.value = tooLarge ? '' : text;
    setHiddenInput(tooLarge ? { origin, size: text.length } : null);
    check(text, origin, { immediate });
  };

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setHiddenInput(null);
    check(event.target.value, PASTED);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (pasted.length < DIRECT_PASTE_CHARS) return;
    event.preventDefault();
    const field = event.currentTarget;
    const { selectionStart, selectionEnd, value } = field;
    const whole = hiddenInput
      ? pasted
      : `${value.slice(0, selectionStart)}${pasted}${value.slice(selectionEnd)}`;
    replaceText(whole, PASTED, false);
    if (!hiddenInput && whole.length <= DISPLAY_LIMIT_CHARS)
      field.setSelectionRange(selectionStart + pasted.length, selectionStart + pasted.length);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    replaceText(await file.text(), `file ${file.name}`, true);
    // Let the same file be chosen again after an edit.
    input.value = '';
  };

  const origin = state.status === 'idle' ? PASTED : state.origin;

  return (
    <div className="schema-checker">
      <noscript>
        <p className="aiq-noscript">
          The checker needs JavaScript. Without it, use the table below: in Entra’s attribute
          mapping, delete every mapping marked Remove and keep the ones marked Keep.
        </p>
      </noscript>
      <div className="schema-field">
        <label htmlFor={ids.schema} className="schema-label">
          Provisioning schema JSON
        </label>
        <p id={ids.schemaHint} className="schema-hint">
          Copy it from Entra’s schema editor. Classic layout:{' '}
          <span className="ui-label">Mappings</span> →{' '}
          <span className="ui-label">Provision Microsoft Entra ID Users</span> →{' '}
          <span className="ui-label">Show advanced options</span> →{' '}
          <span className="ui-label">Review your schema here</span>. Newer layout:{' '}
          <span className="ui-label">Attribute mapping</span> →{' '}
          <span className="ui-label">Advanced Options</span> →{' '}
          <span className="ui-label">Edit schema</span>. It is checked in your browser and sent
          nowhere.
        </p>
        <textarea
          id={ids.schema}
          ref={schemaField}
          className="schema-textarea"
          rows={8}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          disabled={!hydrated}
          aria-describedby={[ids.schemaHint, hiddenInput && ids.hidden, error && ids.error]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={onChange}
          onPaste={onPaste}
        />
        {hiddenInput && (
          <p id={ids.hidden} className="schema-hint schema-hidden-input">
            The {hiddenInput.origin} ({formatSize(hiddenInput.size)}) is checked in full but not
            shown here, so the page stays fast. Paste or type in the field to replace it.
          </p>
        )}
      </div>
      <div className="schema-field">
        <label htmlFor={ids.file} className="schema-label">
          Or choose the downloaded schema file (.json)
        </label>
        <input
          id={ids.file}
          type="file"
          accept=".json,application/json"
          disabled={!hydrated}
          onChange={(event) => void onFile(event)}
        />
      </div>
      {!hydrated && (
        <p className="schema-hint schema-waiting">
          The checker starts once the page has finished loading. Until then, follow the table below.
        </p>
      )}

      <p role="status" className="schema-status-line">
        {statusText(state)}
      </p>

      {error && <InputError id={ids.error} error={error} origin={origin} />}

      {report ? (
        <>
          <Heading>Check result</Heading>
          <FindingList
            id={ids.findings}
            label="Check result"
            findings={bySeverity(report.report.findings)}
          />
          {report.report.userMappings.map((user, index) => (
            <MappingTable key={`${index}-${user.name}`} caption={user.name} rows={user.rows} />
          ))}
          <Heading>Cleaned schema for Entra</Heading>
          <CleanedSchema
            key={state.status === 'done' ? state.id : 0}
            text={report.cleanedText}
            unchanged={
              report.report.changes.mappingsRemoved === 0 &&
              report.report.changes.groupMappingsDisabled === 0
            }
          />
          <SampleBody
            heading={<Heading>What ApartmentIQ receives</Heading>}
            body={report.sampleBody}
            intro="With the cleaned schema, this is the request Entra sends to create a user in ApartmentIQ (shown for a sample user, Avery Lee):"
          />
        </>
      ) : (
        <>
          <MappingTable caption={defaults.caption} rows={defaults.rows} />
          <FindingList
            id={ids.findings}
            label="Entra’s default mappings"
            findings={defaults.findings}
          />
          <SampleBody
            heading={<Heading>What ApartmentIQ receives</Heading>}
            body={defaults.sampleBody}
            intro="After you remove the rows marked Remove, this is the request Entra sends to create a user in ApartmentIQ (shown for a sample user, Avery Lee):"
          />
        </>
      )}
    </div>
  );
}

export default SchemaChecker;
