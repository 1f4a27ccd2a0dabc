// Reads and checks a users download off the main thread, so 50,000 rows never freeze the page.
import { dryRunFile } from '~/lib/exports/read-file';
import { serveFileChecks } from './worker-host';

serveFileChecks(dryRunFile);
