/**
 * What the provisioning-log doctor can report about the downloaded log file.
 * One part of the catalogue (../catalogue.ts puts the groups together): a widget imports only the
 * groups it can show.
 */
import type { EntryText } from '../catalogue';
import type { DiagnosticCode } from '../contract';
import { formatLimit, MAX_LOG_ENTRIES, MAX_LOG_FILE_BYTES } from '../../exports/limits';
import { findingFrom } from './finding';
import { app, product, support } from './texts';

export const logDoctorEntries = {
  // ── Provisioning-log doctor: the downloaded log file ───────────────────────
  'log-file-empty': {
    group: 'log-doctor',
    severity: 'error',
    title: 'The log file is empty',
    explanation: 'The chosen file has no content.',
    fix: 'Download the provisioning logs again (JSON) and wait until the download has finished.',
  },
  'log-file-too-large': {
    group: 'log-doctor',
    severity: 'error',
    title: 'The log file is too large',
    explanation: `The log doctor reads files up to ${formatLimit(MAX_LOG_FILE_BYTES)}. Entra's own download holds at most 100,000 records.`,
    fix: 'Filter the provisioning logs to a shorter date range, or to failures only, before you download.',
  },
  'log-file-csv': {
    group: 'log-doctor',
    severity: 'error',
    title: 'The log file is CSV: use the JSON download',
    explanation:
      "Entra's CSV download of the provisioning logs is split into three files whose columns Microsoft does not document, so the log doctor reads only the JSON download.",
    fix: 'In Provisioning logs, select Download, choose JSON, then select Download next to Provisioning logs.',
  },
  'log-file-invalid-json': {
    group: 'log-doctor',
    severity: 'error',
    title: 'The log file is not valid JSON',
    explanation:
      'The file stops being valid JSON at the place the message names, for example because the download was cut off or the file was edited.',
    fix: 'Download the provisioning logs again (JSON) and use the file unchanged.',
  },
  'log-file-not-provisioning-log': {
    group: 'log-doctor',
    severity: 'error',
    title: 'This JSON is not a provisioning log',
    explanation:
      'The log doctor reads the provisioning-log download: a list of entries with fields such as `provisioningAction`, `provisioningStatusInfo` and `provisioningSteps`. This file holds something else, for example the provisioning schema or the sign-in or audit logs.',
    fix: `Download the provisioning logs of the ${app} app as JSON: Enterprise apps → ${app} → Provisioning logs → Download.`,
  },
  'log-too-many-entries': {
    group: 'log-doctor',
    severity: 'warning',
    title: 'Only the first entries were read',
    explanation: `The file has more than ${MAX_LOG_ENTRIES.toLocaleString('en-US')} entries, twice what Entra puts in one download. The report covers the first ${MAX_LOG_ENTRIES.toLocaleString('en-US')}.`,
    fix: 'Download a shorter date range to see the rest.',
  },
  'log-entries-unreadable': {
    group: 'log-doctor',
    severity: 'warning',
    title: 'Some entries could not be read',
    explanation:
      'Some items in the file are not provisioning-log entries (or not valid JSON), so they are left out of the counts.',
    fix: 'Download the provisioning logs again and use the file unchanged.',
  },
  'log-graph-response': {
    group: 'log-doctor',
    severity: 'info',
    title: 'The file is a Microsoft Graph answer',
    explanation:
      'The entries were read from the `value` list of a Microsoft Graph `auditLogs/provisioning` answer rather than the portal download. When the answer has an `@odata.nextLink`, it is only one page of the results.',
    fix: "Nothing to do. For every entry, use the portal's Download (JSON), or follow the next links.",
  },
  'log-no-entries': {
    group: 'log-doctor',
    severity: 'info',
    title: 'The log file has no entries',
    explanation:
      'The file is an empty list. The download contains only what the Provisioning logs view shows with its filters (date range, status, action).',
    fix: 'Widen the filters, check that the list shows entries, then download again.',
  },
  'log-no-failures': {
    group: 'log-doctor',
    severity: 'info',
    title: 'No failures in this file',
    explanation:
      'No entry in this file failed. That alone does not prove provisioning is healthy: when the Secret Token stops working, Entra puts the job in quarantine and new log entries can simply stop.',
    fix: "Check the status on the app's provisioning overview for quarantine, and compare the time span of the file with when you expect activity.",
  },
  'log-group-entries': {
    group: 'log-doctor',
    severity: 'warning',
    title: 'Entries for groups: group provisioning is on',
    explanation: `Some entries are about groups. ${product} receives users, not groups, so group provisioning should be off.`,
    fix: 'Turn off group provisioning: see Attribute mapping, "Turn off group provisioning".',
  },
  'log-cause-not-decoded': {
    group: 'log-doctor',
    severity: 'info',
    title: 'A cause this guide does not explain yet',
    explanation:
      "The code or skip reason is not one this guide has reliable information about. It is shown exactly as Entra wrote it, with Entra's own text.",
    fix: `Search Microsoft's "How to analyze the Microsoft Entra provisioning logs" for the code, or copy the summary into a ticket for ${support}.`,
  },
} satisfies Partial<Record<DiagnosticCode, EntryText>>;

/** A Finding for one of these codes, with its entry's severity, explanation and fix as defaults. */
export const logDoctorFinding = findingFrom(logDoctorEntries);
