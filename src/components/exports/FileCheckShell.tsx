import { lazy, useId, type ComponentType, type ReactNode } from 'react';
import type { Finding } from '~/lib/scim/contract';
import { FindingItem } from '../connection/FindingList';
import { useHydrated } from '../useHydrated';
import { FilePicker, ReadingProgress } from './FilePicker';
import type { FileCheck } from './protocol';
import { useFileCheck } from './useFileCheck';
// Both file islands render through this shell, so it brings the styles they share.
import '../connection/ConnectionChecker.css';
import './exports.css';

function ViewUnavailable() {
  return (
    <p className="aiq-cc__hint" role="alert">
      The report could not load. Reload the page and choose the file again.
    </p>
  );
}

/**
 * A report view loaded on demand (React.lazy), so the widget's first load is the file picker only.
 * If its code cannot load (offline, a new deployment meanwhile), a line says so instead.
 */
export function lazyView<Props>(load: () => Promise<{ default: ComponentType<Props> }>) {
  return lazy(() =>
    load().catch(() => ({ default: ViewUnavailable as unknown as ComponentType<Props> })),
  );
}

type Outcome<Report> = { kind: 'error'; error: Finding } | Report;

/**
 * What the dry run and the log doctor share: the box, the no-JavaScript fallback, the file
 * picker, the status line, the progress bar while the worker reads, and a refused file explained
 * with its code. The widget supplies its report.
 */
export function FileCheckShell<Report extends { kind: 'report' }>({
  name,
  fallback,
  fileLabel,
  fileHint,
  accept,
  startWorker,
  checkHere,
  onFile,
  doneText,
  children,
}: {
  /** The box's accessible name, e.g. "Provisioning dry run". */
  name: string;
  /** What to check by hand without JavaScript. */
  fallback: ReactNode;
  fileLabel: string;
  fileHint: string;
  accept: string;
  startWorker: () => Worker;
  checkHere: FileCheck<Outcome<Report>>;
  /** Called when a file is picked, e.g. to start loading the report view while the worker reads. */
  onFile?: () => void;
  /** The status line once a file was read, e.g. "Checked x.csv: 12 users." */
  doneText: (report: Report, fileName: string) => string;
  children: (report: Report, fileName: string) => ReactNode;
}) {
  const hydrated = useHydrated();
  const { state, check } = useFileCheck<Outcome<Report>>(startWorker, checkHere);
  const inputId = useId();
  const outcome = state.status === 'done' ? state.outcome : undefined;
  return (
    <section className="aiq-cc aiq-x not-content" aria-label={name}>
      <noscript>
        <p className="aiq-cc__noscript">{fallback}</p>
      </noscript>
      <FilePicker
        id={inputId}
        label={fileLabel}
        hint={`${fileHint} It is read in this browser only: nothing is uploaded or saved.`}
        accept={accept}
        disabled={!hydrated}
        onFile={(file) => {
          onFile?.();
          check(file);
        }}
      />
      <p className="aiq-cc__hint aiq-x__status" role="status">
        {state.status === 'reading'
          ? `Reading ${state.fileName}…`
          : state.status === 'done' && outcome
            ? outcome.kind === 'error'
              ? `Could not read ${state.fileName}.`
              : doneText(outcome, state.fileName)
            : ''}
      </p>
      <ReadingProgress state={state} />
      {state.status === 'done' && outcome?.kind === 'error' && (
        <div role="alert">
          <ul className="aiq-cc__findings" aria-label="Why the file could not be read">
            <FindingItem finding={(outcome as { error: Finding }).error} />
          </ul>
        </div>
      )}
      {state.status === 'done' && outcome?.kind === 'report' && (
        // A new file starts the report afresh (filters, pages, options).
        <div key={state.id} className="aiq-x__report-holder">
          {children(outcome, state.fileName)}
        </div>
      )}
    </section>
  );
}
