// Reads and groups a provisioning-log download off the main thread, in chunks.
import { diagnoseLogFile } from '~/lib/exports/read-file';
import { serveFileChecks } from './worker-host';

serveFileChecks(diagnoseLogFile);
