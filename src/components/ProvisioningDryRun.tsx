/**
 * The provisioning dry run: the admin picks or drops Entra's "Download users" file and sees,
 * before pressing Start provisioning, who would be created cleanly, who would fail or surprise
 * and why, and what Entra would send for each user.
 *
 * The island is thin: src/lib/exports does the work, in a Web Worker, and the report view
 * (exports/DryRunReport.tsx) loads once a file is picked. The file is read in the browser and never
 * sent anywhere or stored.
 */
import { Suspense, type ElementType } from 'react';
import type { DryRunFileOutcome } from '~/lib/exports/read-file';
import { FileCheckShell, lazyView } from './exports/FileCheckShell';
import { plural } from './exports/FilePicker';
import './connection/ConnectionChecker.css';
import './exports/exports.css';
import reportStyles from './exports/report.css?url';
import { withStylesheet } from './load-stylesheet';

const startWorker = () =>
  new Worker(new URL('./exports/dry-run.worker.ts', import.meta.url), { type: 'module' });
// Only when no worker can start: the library then loads on the page, and only then.
const checkOnPage = (
  file: File,
  options: Parameters<typeof import('~/lib/exports/read-file').dryRunFile>[1],
) => import('~/lib/exports/read-file').then(({ dryRunFile }) => dryRunFile(file, options));

// The report view and its styles load together, when a file is chosen.
const loadReport = withStylesheet(() => import('./exports/DryRunReport'), reportStyles);
const Report = lazyView(loadReport);

/** Props are checked at build time (parseProps) by the section that renders this island. */
export interface ProvisioningDryRunProps {
  /** The level of the island's own headings, one below the page section it sits in. */
  headingLevel: 2 | 3 | 4;
}

export function ProvisioningDryRun(props: ProvisioningDryRunProps) {
  const { headingLevel } = props;
  const Heading = `h${headingLevel}` as ElementType;
  return (
    <FileCheckShell<Extract<DryRunFileOutcome, { kind: 'report' }>>
      name="Provisioning dry run"
      fallback={
        <>
          The dry run needs JavaScript. Without it, open the file in a spreadsheet and check by
          hand: every user has a <code>mail</code>; no <code>userPrincipalName</code> contains{' '}
          <code>#EXT#</code> or ends in <code>.onmicrosoft.com</code>; no two users share a{' '}
          <code>mail</code>; <code>accountEnabled</code> is True; <code>userType</code> is Member;{' '}
          <code>givenName</code> and <code>surname</code> are filled in.
        </>
      }
      fileLabel="Users file (.csv)"
      fileHint="Choose or drop the file from Download users or Download members."
      accept=".csv,text/csv"
      startWorker={startWorker}
      checkHere={checkOnPage}
      onFile={() => void loadReport().catch(() => undefined)}
      doneText={(outcome, fileName) =>
        `Checked ${fileName}: ${plural(outcome.report.users.length, 'user')}.`
      }
    >
      {(outcome, fileName) => (
        <Suspense fallback={<p className="aiq-cc__hint">Preparing the report…</p>}>
          <Report outcome={outcome} fileName={fileName} Heading={Heading} />
        </Suspense>
      )}
    </FileCheckShell>
  );
}

export default ProvisioningDryRun;
