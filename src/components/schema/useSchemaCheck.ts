import { useCallback, useEffect, useRef, useState } from 'react';
import type { SchemaCheckOutcome } from '~/lib/schema/check';
import type { SchemaCheckRequest, SchemaCheckResponse } from './protocol';

/** Long enough to let a paste or a burst of typing finish before the schema is checked. */
const DEBOUNCE_MS = 300;

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; origin: string }
  | { status: 'done'; origin: string; outcome: SchemaCheckOutcome; id: number };

// Only when no worker can start: the library then loads on the page, and only then.
const checkOnPage = (text: string): Promise<SchemaCheckOutcome> =>
  import('~/lib/schema/check').then(({ checkSchemaText }) => checkSchemaText(text));

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./schema.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Checks schema text in a Web Worker: debounced for typing, immediate for a chosen file. A newer
 * text replaces an unfinished check (the busy worker is stopped rather than left to finish work
 * nobody will read). Without Worker support the check runs on the page.
 */
export function useSchemaCheck() {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const latestId = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      worker.current?.terminate();
    },
    [],
  );

  const run = useCallback((text: string, origin: string, id: number) => {
    if (busy.current && worker.current) {
      worker.current.terminate();
      worker.current = null;
    }
    worker.current ??= typeof Worker === 'undefined' ? null : startWorker();
    const current = worker.current;
    const onPage = () =>
      void checkOnPage(text).then((outcome) => {
        if (id === latestId.current) setState({ status: 'done', origin, outcome, id });
      });
    if (!current) {
      onPage();
      return;
    }
    current.onmessage = (event: MessageEvent<SchemaCheckResponse>) => {
      busy.current = false;
      if (event.data.id === latestId.current)
        setState({ status: 'done', origin, outcome: event.data.outcome, id });
    };
    current.onerror = () => {
      // A worker that cannot start (e.g. a strict Content-Security-Policy): check on the page instead.
      busy.current = false;
      current.terminate();
      worker.current = null;
      if (id === latestId.current) onPage();
    };
    busy.current = true;
    current.postMessage({ id, text } satisfies SchemaCheckRequest);
  }, []);

  /** Checks `text`; `origin` names it in the status line ("the pasted schema", a file name). */
  const check = useCallback(
    (text: string, origin: string, options: { immediate?: boolean } = {}) => {
      clearTimeout(timer.current);
      const id = (latestId.current += 1);
      if (text.trim() === '' && !options.immediate) {
        setState({ status: 'idle' });
        return;
      }
      setState({ status: 'checking', origin });
      if (options.immediate) run(text, origin, id);
      else timer.current = setTimeout(() => run(text, origin, id), DEBOUNCE_MS);
    },
    [run],
  );

  return { state, check };
}
