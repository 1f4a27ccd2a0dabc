import { useEffect, useRef, useState } from 'react';
import { copyText } from '../workspace/clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

const CONFIRMATION_MS = 4000;

/**
 * A Copy button with a visible confirmation. `what` completes the accessible name ("Copy
 * Tenant URL") so several Copy buttons on one page can be told apart by a screen reader. `text`
 * may be async (a report whose code loads on demand); `onIntent` runs when the pointer or focus
 * reaches the button, to start that loading before the click.
 */
export function CopyButton({
  text,
  what,
  label = 'Copy',
  disabled = false,
  onResult,
  onIntent,
  fallbackHint,
}: {
  text: () => string | Promise<string>;
  what?: string;
  label?: string;
  disabled?: boolean;
  onResult?: (copied: boolean) => void;
  onIntent?: () => void;
  fallbackHint: string;
}) {
  const [state, setState] = useState<CopyState>('idle');
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(resetTimer.current), []);

  async function copy() {
    let copied: boolean;
    try {
      copied = await copyText(await text());
    } catch {
      copied = false; // The text could not be made (its code did not load).
    }
    setState(copied ? 'copied' : 'failed');
    onResult?.(copied);
    clearTimeout(resetTimer.current);
    if (copied) resetTimer.current = setTimeout(() => setState('idle'), CONFIRMATION_MS);
  }

  return (
    <span className="aiq-cc__copy">
      <button
        type="button"
        className="aiq-button aiq-button--small"
        onClick={() => void copy()}
        onPointerEnter={onIntent}
        onFocus={onIntent}
        disabled={disabled}
      >
        {label}
        {what ? <span className="aiq-cc__sr-only"> {what}</span> : null}
      </button>
      {state === 'copied' ? <span className="aiq-cc__copied">Copied</span> : null}
      {state === 'failed' ? (
        <span className="aiq-cc__copy-failed">Could not copy: {fallbackHint}</span>
      ) : null}
    </span>
  );
}
