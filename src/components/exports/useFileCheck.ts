import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileCheck, FileCheckMessage, FileCheckRequest } from './protocol';

export type FileCheckState<Outcome> =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string; fraction: number }
  | { status: 'done'; fileName: string; outcome: Outcome; id: number };

/**
 * Checks a chosen file in a Web Worker, with progress. A newer file replaces an unfinished check
 * (the busy worker is stopped rather than left to finish work nobody will read). Without Worker
 * support, or when the worker cannot start (e.g. a strict Content-Security-Policy), the same
 * check runs on the page.
 */
export function useFileCheck<Outcome>(startWorker: () => Worker, checkHere: FileCheck<Outcome>) {
  const [state, setState] = useState<FileCheckState<Outcome>>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const latestId = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const runHere = useCallback(
    (file: File, id: number, siteOrigin: string) => {
      const onProgress = (fraction: number) => {
        if (id === latestId.current) setState({ status: 'reading', fileName: file.name, fraction });
      };
      void checkHere(file, { siteOrigin, onProgress }).then((outcome) => {
        if (id === latestId.current) setState({ status: 'done', fileName: file.name, outcome, id });
      });
    },
    [checkHere],
  );

  const check = useCallback(
    (file: File) => {
      const id = (latestId.current += 1);
      const siteOrigin = window.location.origin;
      setState({ status: 'reading', fileName: file.name, fraction: 0 });
      if (busy.current && worker.current) {
        worker.current.terminate();
        worker.current = null;
      }
      if (!worker.current && typeof Worker !== 'undefined') {
        try {
          worker.current = startWorker();
        } catch {
          worker.current = null;
        }
      }
      const current = worker.current;
      if (!current) {
        runHere(file, id, siteOrigin);
        return;
      }
      current.onmessage = (event: MessageEvent<FileCheckMessage<Outcome>>) => {
        const message = event.data;
        if (message.id !== latestId.current) return;
        if (message.kind === 'progress')
          setState({ status: 'reading', fileName: file.name, fraction: message.fraction });
        else {
          busy.current = false;
          setState({ status: 'done', fileName: file.name, outcome: message.outcome, id });
        }
      };
      current.onerror = () => {
        busy.current = false;
        current.terminate();
        worker.current = null;
        if (id === latestId.current) runHere(file, id, siteOrigin);
      };
      busy.current = true;
      current.postMessage({ id, file, siteOrigin } satisfies FileCheckRequest);
    },
    [runHere, startWorker],
  );

  return { state, check };
}
