/**
 * The whole check of a dropped file, as a worker runs it: size first (nothing is read from a
 * file over the limit), then the reading, then the report, with progress along the way. Uses only
 * `Blob` and `TextDecoder`, which browsers, workers and Node all have. Never throws.
 */
import type { Finding } from '../scim/contract';
import { diagnosticFinding } from '../scim/catalogue';
import { dryRunProblemsCsv } from './csv-export';
import type { DryRunReport } from './dry-run';
import { dryRun } from './dry-run';
import { MAX_USERS_FILE_BYTES } from './limits';
import { diagnoseLog, type LogReport } from './log-doctor';
import { checkLogFileSize, ProvisioningLogReader } from './provisioning-log';
import { readUsersFile } from './users-file';

export type DryRunFileOutcome =
  { kind: 'error'; error: Finding } | { kind: 'report'; report: DryRunReport; problemsCsv: string };

export type LogFileOutcome =
  { kind: 'error'; error: Finding } | { kind: 'report'; report: LogReport };

type Progress = (fraction: number) => void;

/** The dry run of a users download; `siteOrigin` makes the links in the problem CSV absolute. */
export async function dryRunFile(
  file: Blob & { name?: string },
  options: { siteOrigin?: string; onProgress?: Progress } = {},
): Promise<DryRunFileOutcome> {
  try {
    if (file.size > MAX_USERS_FILE_BYTES)
      return { kind: 'error', error: diagnosticFinding('users-file-too-large') };
    const bytes = new Uint8Array(await file.arrayBuffer());
    options.onProgress?.(0.05);
    const read = readUsersFile(bytes, {
      ...(file.name === undefined ? {} : { fileName: file.name }),
      // Reading is most of the work; the analysis after it takes a small share.
      onProgress: (fraction) => options.onProgress?.(0.05 + fraction * 0.85),
    });
    if (!read.ok) return { kind: 'error', error: read.error };
    const report = dryRun(read.file);
    return { kind: 'report', report, problemsCsv: dryRunProblemsCsv(report, options.siteOrigin) };
  } catch {
    return { kind: 'error', error: diagnosticFinding('users-file-not-users-export') };
  }
}

/** Read this much of a log file at a time. */
const LOG_CHUNK_BYTES = 4 * 1024 * 1024;

/** The log doctor's report for a provisioning-log download, read in chunks. */
export async function diagnoseLogFile(
  file: Blob,
  options: { onProgress?: Progress } = {},
): Promise<LogFileOutcome> {
  const tooLarge = checkLogFileSize(file.size);
  if (tooLarge && !tooLarge.ok) return { kind: 'error', error: tooLarge.error };
  try {
    const reader = new ProvisioningLogReader();
    const decoder = new TextDecoder('utf-8');
    for (let offset = 0; offset < file.size && !reader.done; offset += LOG_CHUNK_BYTES) {
      const chunk = await file.slice(offset, offset + LOG_CHUNK_BYTES).arrayBuffer();
      reader.push(decoder.decode(chunk, { stream: true }));
      options.onProgress?.(Math.min(1, (offset + LOG_CHUNK_BYTES) / file.size));
    }
    if (!reader.done) reader.push(decoder.decode());
    const read = reader.finish();
    if (!read.ok) return { kind: 'error', error: read.error };
    return { kind: 'report', report: diagnoseLog(read.entries, read.findings) };
  } catch {
    return { kind: 'error', error: diagnosticFinding('log-file-invalid-json') };
  }
}
