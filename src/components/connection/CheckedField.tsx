import { useRef, type ReactNode } from 'react';
import type { CheckResult } from '~/lib/scim/contract';
import { CopyButton } from './CopyButton';
import { FindingList } from './FindingList';

/**
 * One labelled input with its findings below it. The findings are tied to the input with
 * aria-describedby, so a screen reader reads them with the field instead of on every keystroke.
 */
export function CheckedField({
  id,
  label,
  idp = 'Entra',
  hint,
  value,
  check,
  showFindings,
  disabled,
  type,
  inputMode,
  onChange,
  onBlur,
  toggle,
  suggestionDisplay,
  onCopied,
  copyFallbackHint,
  onFocus,
}: {
  id: string;
  label: string;
  /** Whose field it is, for "Paste this into Okta’s … field". */
  idp?: string;
  hint: ReactNode;
  value: string;
  check: CheckResult;
  showFindings: boolean;
  disabled: boolean;
  type: 'text' | 'password';
  inputMode?: 'url' | 'text';
  onChange: (value: string) => void;
  onBlur: () => void;
  /** The first focus is when the checker loads its checks. */
  onFocus?: () => void;
  toggle?: ReactNode;
  /** How to show the cleaned-up value (the token is masked unless shown). */
  suggestionDisplay: (normalized: string) => string;
  onCopied: (copied: boolean) => void;
  copyFallbackHint: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${id}-hint`;
  const findingsId = `${id}-findings`;
  const suggestionId = `${id}-suggestion`;
  const hasError = check.findings.some((finding) => finding.severity === 'error');
  const { normalized } = check;
  const suggestion =
    showFindings && normalized !== undefined && normalized !== value ? normalized : undefined;
  const describedBy = [
    hintId,
    showFindings ? findingsId : undefined,
    suggestion === undefined ? undefined : suggestionId,
  ]
    .filter(Boolean)
    .join(' ');

  function applySuggestion() {
    if (suggestion === undefined) return;
    onChange(suggestion);
    // The button disappears with the suggestion; keep the keyboard user in the field.
    input.current?.focus();
  }

  return (
    <div className="aiq-cc__field">
      <label className="aiq-cc__label" htmlFor={id}>
        {label}
      </label>
      <p className="aiq-cc__hint" id={hintId}>
        {hint}
      </p>
      <div className="aiq-cc__input-row">
        <input
          ref={input}
          id={id}
          className="aiq-cc__input"
          type={type}
          inputMode={inputMode}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          onFocus={onFocus}
          disabled={disabled}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={showFindings && hasError ? true : undefined}
          aria-describedby={describedBy}
        />
        {toggle}
      </div>
      {showFindings ? (
        <FindingList id={findingsId} label={label} findings={check.findings} />
      ) : null}
      {suggestion === undefined ? null : (
        <div className="aiq-cc__suggestion" id={suggestionId}>
          <span>
            Paste this into {idp}’s {label} field:
          </span>
          <code className="aiq-cc__suggested-value">{suggestionDisplay(suggestion)}</code>
          <button type="button" className="aiq-button aiq-button--small" onClick={applySuggestion}>
            Use this value<span className="aiq-cc__sr-only"> for {label}</span>
          </button>
          <CopyButton
            text={() => suggestion}
            what={`cleaned-up ${label}`}
            onResult={onCopied}
            fallbackHint={copyFallbackHint}
          />
        </div>
      )}
    </div>
  );
}
