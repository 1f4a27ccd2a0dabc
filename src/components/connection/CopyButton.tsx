import { useEffect, useRef, useState } from 'react';
import { copyText } from '../workspace/clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

const CONFIRMATION_MS = 4000;

/**
 * A Copy button with a visible confirmation. `what` completes the accessible name ("Copy
 * Tenant URL") so several Copy buttons on one page can be told apart by a screen reader.
 */
export function CopyButton({
  text,
  what,
  label = 'Copy',
  disabled = false,
  onResult,
  fallbackHint,
}: {
  text: () => string;
  what?: string;
  label?: string;
  disabled?: boolean;
  onResult?: (copied: boolean) => void;
  fallbackHint: string;
}) {
  const [state, setState] = useState<CopyState>('idle');
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(resetTimer.current), []);

  async function copy() {
    const copied = await copyText(text());
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
