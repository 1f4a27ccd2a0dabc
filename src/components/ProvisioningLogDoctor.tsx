/**
 * The provisioning-log doctor: the admin (or a support engineer) picks or drops the JSON
 * download of Entra's provisioning logs and sees the entries grouped by outcome and cause, with
 * what each cause means for ApartmentIQ, the fix, the affected users and, for SCIM failures,
 * what ApartmentIQ answered; plus a summary to paste into a support ticket.
 *
 * The island is thin: src/lib/exports does the work, in a Web Worker, and the report view
 * (exports/LogDoctorReport.tsx) loads once a file is picked. The file is read in the browser and
 * never sent anywhere or stored.
 */
import { Suspense } from 'react';
import type { LogFileOutcome } from '~/lib/exports/read-file';
import { FileCheckShell, lazyView } from './exports/FileCheckShell';
import { plural } from './exports/FilePicker';
import './connection/ConnectionChecker.css';
import './exports/exports.css';
import reportStyles from './exports/report.css?url';
import { withStylesheet } from './load-stylesheet';

const startWorker = () =>
  new Worker(new URL('./exports/log-doctor.worker.ts', import.meta.url), { type: 'module' });
// Only when no worker can start: the library then loads on the page, and only then.
const checkOnPage = (
  file: File,
  options: Parameters<typeof import('~/lib/exports/read-file').diagnoseLogFile>[1],
) =>
  import('~/lib/exports/read-file').then(({ diagnoseLogFile }) => diagnoseLogFile(file, options));

// The report view and its styles load together, when a file is chosen.
const loadReport = withStylesheet(() => import('./exports/LogDoctorReport'), reportStyles);
const Report = lazyView(loadReport);

/** Props are checked at build time (parseProps) by the section that renders this island. */
export interface ProvisioningLogDoctorProps {
  /** The level of the island's own headings, one below the page section it sits in. */
  headingLevel: 2 | 3 | 4;
}

export function ProvisioningLogDoctor(props: ProvisioningLogDoctorProps) {
  const { headingLevel } = props;
  return (
    <FileCheckShell<Extract<LogFileOutcome, { kind: 'report' }>>
      name="Provisioning-log doctor"
      fallback={
        <>
          The log doctor needs JavaScript. Without it, filter the provisioning logs in Entra by
          status <strong>Failure</strong>, open each entry, and look its error code up under{' '}
          <a href="/troubleshooting/#entra-provisioning-log-codes">Entra provisioning-log codes</a>.
        </>
      }
      fileLabel="Provisioning-log file (.json)"
      fileHint="Choose or drop the JSON download of the provisioning logs."
      accept=".json,application/json,.csv,text/csv"
      startWorker={startWorker}
      checkHere={checkOnPage}
      onFile={() => void loadReport().catch(() => undefined)}
      doneText={(outcome, fileName) =>
        `Read ${fileName}: ${plural(outcome.report.entries, 'entry', 'entries')}.`
      }
    >
      {(outcome, fileName) => (
        <Suspense fallback={<p className="aiq-cc__hint">Preparing the report…</p>}>
          <Report report={outcome.report} fileName={fileName} headingLevel={headingLevel} />
        </Suspense>
      )}
    </FileCheckShell>
  );
}

export default ProvisioningLogDoctor;
