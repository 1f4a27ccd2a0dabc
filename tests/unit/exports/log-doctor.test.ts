import { describe, expect, it } from 'vitest';
import {
  JsonArraySplitter,
  MAX_LOG_ENTRIES,
  ProvisioningLogReader,
  checkLogFileSize,
  diagnoseLog,
  parseScimReason,
  readProvisioningLogText,
  ticketSummary,
  type LogReport,
} from '~/lib/exports';
import {
  CONFLICT_DETAIL,
  CYCLE_1,
  CYCLE_2,
  EMAILS_DETAIL,
  PEOPLE,
  logEntry,
  sampleLogEntries,
  scimReason,
} from './fixtures';

function reportFor(text: string): LogReport {
  const outcome = readProvisioningLogText(text);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return diagnoseLog(outcome.entries, outcome.findings);
}

const groupOf = (report: LogReport, id: string) => report.groups.find((group) => group.id === id);

describe('the sample log', () => {
  const report = reportFor(JSON.stringify(sampleLogEntries()));

  it('counts entries and distinct users (retries of one user count once), the time span and cycles', () => {
    expect(report.entries).toBe(12);
    expect(report.users).toBe(8);
    expect(new Date(report.firstTime ?? 0).toISOString()).toBe('2026-11-30T08:00:05.000Z');
    expect(new Date(report.lastTime ?? 0).toISOString()).toBe('2026-11-30T08:45:00.000Z');
    expect(report.cycles.map((cycle) => [cycle.id, cycle.entries])).toEqual([
      [CYCLE_1, 7],
      [CYCLE_2, 5],
    ]);
    expect(report.outcomes).toEqual([
      { outcome: 'failure', entries: 4, users: 3 },
      { outcome: 'warning', entries: 1, users: 1 },
      { outcome: 'skipped', entries: 2, users: 2 },
      { outcome: 'success', entries: 5, users: 4 },
    ]);
  });

  it('groups by outcome and cause: error code for failures, skip reason for skips, action for successes', () => {
    expect(report.groups.map((group) => [group.id, group.entries, group.users])).toEqual([
      ['failure:systemforcrossdomainidentitymanagementserviceincompatiblefiltering', 2, 1],
      ['failure:frobnicationquotaexceeded', 1, 1],
      ['failure:systemforcrossdomainidentitymanagementserviceincompatible', 1, 1],
      ['warning:timeout', 1, 1],
      ['skipped:noteffectivelyentitled', 1, 1],
      ['skipped:redundantexport', 1, 1],
      ['success:create', 4, 4],
      ['success:update', 1, 1],
    ]);
  });

  it('pulls the HTTP status and the SCIM error out of reason', () => {
    const conflict = groupOf(
      report,
      'failure:systemforcrossdomainidentitymanagementserviceincompatiblefiltering',
    );
    expect(conflict?.responses).toEqual([
      {
        httpStatus: 409,
        statusText: 'Conflict',
        scimType: 'uniqueness',
        detail: CONFLICT_DETAIL,
        entries: 2,
        users: 1,
      },
    ]);
    expect(conflict?.explanation).toMatchObject({ anchor: 'scim-conflict', decoded: true });
    expect(conflict?.affected).toEqual([
      expect.objectContaining({
        displayName: 'Priya Shah',
        userPrincipalName: PEOPLE.priya.userPrincipalName,
        entries: 2,
      }),
    ]);
    const incompatible = groupOf(
      report,
      'failure:systemforcrossdomainidentitymanagementserviceincompatible',
    );
    expect(incompatible?.responses[0]).toMatchObject({ httpStatus: 400, detail: EMAILS_DETAIL });
  });

  it('explains known causes from the catalogue and shows unknown ones verbatim with Entra’s text', () => {
    expect(groupOf(report, 'skipped:noteffectivelyentitled')?.explanation?.anchor).toBe(
      'not-effectively-entitled',
    );
    expect(groupOf(report, 'skipped:redundantexport')?.explanation?.anchor).toBe(
      'redundant-export',
    );
    expect(groupOf(report, 'warning:timeout')?.explanation?.anchor).toBe('retried-automatically');
    const unknown = groupOf(report, 'failure:frobnicationquotaexceeded');
    expect(unknown?.cause).toBe('FrobnicationQuotaExceeded');
    expect(unknown?.explanation).toMatchObject({ anchor: 'log-cause-not-decoded', decoded: false });
    expect(unknown?.exampleReason).toBe('The frobnication quota of the target was exceeded.');
    expect(groupOf(report, 'success:create')?.explanation).toBeUndefined();
  });

  it('notes entries about groups', () => {
    expect(report.findings.map((finding) => finding.code)).toEqual(['log-group-entries']);
  });

  it('writes a ticket summary without people unless asked', () => {
    const plain = ticketSummary(report, { includeUsers: false, includeDetails: false });
    expect(plain).toContain('Entries: 12, about 8 users and groups');
    expect(plain).toContain('Time span: 2026-11-30 08:00 UTC to 2026-11-30 08:45 UTC');
    expect(plain).toContain(
      '- Failure · SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering: 2 entries, 1 user',
    );
    expect(plain).toContain('HTTP 409 Conflict (scimType uniqueness) (2 entries)');
    for (const someone of Object.values(PEOPLE)) {
      expect(plain).not.toContain(someone.displayName);
      expect(plain).not.toContain(someone.userPrincipalName);
    }
    expect(plain).not.toContain(CONFLICT_DETAIL);
    const full = ticketSummary(report, { includeUsers: true, includeDetails: true });
    expect(full).toContain(`Users: ${PEOPLE.priya.userPrincipalName}`);
    expect(full).toContain(CONFLICT_DETAIL);
  });
});

describe('tolerated variants (exports research B.1, B.2)', () => {
  const base = () =>
    logEntry({
      person: PEOPLE.noor,
      time: '2026-11-30T08:00:00Z',
      status: 'failure',
      errorCode: 'DuplicateTargetEntries',
    });

  it.each([
    ['minified', (entries: unknown[]) => JSON.stringify(entries)],
    ['pretty', (entries: unknown[]) => JSON.stringify(entries, null, 2)],
    [
      'tabs and CRLF',
      (entries: unknown[]) => JSON.stringify(entries, null, '\t').replaceAll('\n', '\r\n'),
    ],
    ['a byte order mark', (entries: unknown[]) => `\uFEFF${JSON.stringify(entries)}`],
    [
      'a Graph answer',
      (entries: unknown[]) => JSON.stringify({ '@odata.context': 'x', value: entries }),
    ],
  ])('%s', (_label, write) => {
    const report = reportFor(write([base(), base()]));
    expect(report.groups.map((group) => [group.id, group.entries, group.users])).toEqual([
      ['failure:duplicatetargetentries', 2, 1],
    ]);
  });

  it('reads the old `action` name, capitalised values, a servicePrincipal list and missing optional fields', () => {
    const entry = {
      activityDateTime: '2026-11-30T08:00:00Z',
      action: 'Create',
      provisioningStatusInfo: { status: 'Skipped', errorInformation: null },
      provisioningSteps: [
        {
          name: 'EntrySynchronizationSkip',
          status: 'Skipped',
          details: [{ key: 'SkipReason', value: 'NotEffectivelyEntitled' }],
        },
      ],
      servicePrincipal: [{ id: '1', name: 'ApartmentIQ' }],
    };
    const report = reportFor(JSON.stringify([entry]));
    expect(report.groups[0]).toMatchObject({ id: 'skipped:noteffectivelyentitled', users: 1 });
    expect(report.appNames).toEqual(['ApartmentIQ']);
    expect(report.cycles).toEqual([]);
  });

  it('reads Log Analytics rows (PascalCase, nested objects as JSON text)', () => {
    const row = {
      TimeGenerated: '2026-11-30T08:00:00Z',
      CycleId: CYCLE_1,
      ProvisioningAction: 'Create',
      ResultType: 'Failure',
      ResultSignature: 'InvalidDomain',
      ResultDescription: 'bad domain',
      SourceIdentity: JSON.stringify({
        id: 'u1',
        displayName: 'Noor Haddad',
        identityType: 'User',
      }),
      ProvisioningSteps: '[]',
    };
    const report = reportFor(JSON.stringify([row]));
    expect(report.groups[0]).toMatchObject({ id: 'failure:invaliddomain', users: 1 });
    expect(report.groups[0]?.affected[0]?.displayName).toBe('Noor Haddad');
  });

  it('says an empty file is not proof of health', () => {
    expect(reportFor('[]').findings.map((finding) => finding.code)).toEqual(['log-no-entries']);
    const healthy = reportFor(
      JSON.stringify([
        logEntry({ person: PEOPLE.noor, time: '2026-11-30T08:00:00Z', status: 'success' }),
      ]),
    );
    expect(healthy.findings.map((finding) => finding.code)).toEqual(['log-no-failures']);
  });
});

describe('files the doctor refuses', () => {
  it.each([
    ['an empty file', '', 'log-file-empty'],
    ['only spaces', '   \n', 'log-file-empty'],
    ['the CSV download', 'Date,Change ID,Status\n2026-11-30,1,Success\n', 'log-file-csv'],
    ['a users CSV', 'userPrincipalName,displayName\na@x.example,A\n', 'log-file-csv'],
    [
      'a provisioning schema',
      '{"id":"scim","synchronizationRules":[]}',
      'log-file-not-provisioning-log',
    ],
    [
      'a list of sign-ins',
      '[{"id":"1","createdDateTime":"2026-11-30T08:00:00Z","userPrincipalName":"a@x"}]',
      'log-file-not-provisioning-log',
    ],
    ['a list of numbers', '[1,2,3]', 'log-file-not-provisioning-log'],
    ['a JSON string', '"hello"', 'log-file-invalid-json'],
    ['broken JSON', '[{"provisioningStatusInfo": ', 'log-file-invalid-json'],
    ['a trailing comma', '[,]', 'log-file-invalid-json'],
  ])('%s → %s', (_label, text, code) => {
    const outcome = readProvisioningLogText(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe(code);
  });

  it('checks the size before reading', () => {
    expect(checkLogFileSize(0)).toMatchObject({ ok: false, error: { code: 'log-file-empty' } });
    expect(checkLogFileSize(2 ** 31)).toMatchObject({
      ok: false,
      error: { code: 'log-file-too-large' },
    });
    expect(checkLogFileSize(1000)).toBeUndefined();
  });

  it('keeps the entries before a cut-off and says where it stopped', () => {
    const entries = sampleLogEntries().slice(0, 3);
    const text = JSON.stringify(entries);
    const outcome = readProvisioningLogText(text.slice(0, text.length - 40));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.entries).toHaveLength(2);
    expect(outcome.findings[0]).toMatchObject({
      code: 'log-file-invalid-json',
      severity: 'warning',
    });
    expect(outcome.findings[0]?.message).toContain('ends in the middle of entry 3');
  });

  it('counts items that are not entries after the first', () => {
    const text = JSON.stringify([...sampleLogEntries().slice(0, 2), { hello: 1 }, 42]);
    const outcome = readProvisioningLogText(text);
    expect(outcome.ok && outcome.findings.map((finding) => finding.message)).toEqual([
      '2 items are not provisioning-log entries and are left out.',
    ]);
  });

  it('stops after the entry limit and says so', { timeout: 60_000 }, () => {
    const reader = new ProvisioningLogReader();
    // The smallest entry the reader accepts, so the test spends its time on counting.
    const entry =
      '{"activityDateTime":"2026-11-30T08:00:00Z","provisioningStatusInfo":{"status":"success"}}';
    reader.push('[');
    for (let index = 0; index <= MAX_LOG_ENTRIES && !reader.done; index += 1)
      reader.push(`${entry},`);
    expect(reader.done).toBe(true);
    const outcome = reader.finish();
    expect(outcome.ok && outcome.entries.length).toBe(MAX_LOG_ENTRIES);
    expect(outcome.ok && outcome.findings.map((finding) => finding.code)).toEqual([
      'log-too-many-entries',
    ]);
  });
});

describe('the array splitter', () => {
  const split = (chunks: string[]) => {
    const splitter = new JsonArraySplitter(1000, 1000);
    const elements = chunks.flatMap((chunk) => splitter.push(chunk));
    return { elements, error: splitter.finish() };
  };

  it('splits across chunk boundaries, inside strings, escapes and nesting', () => {
    const text = '[ {"a":"x,]}\\"y"}, [1,[2]] ,"s\\\\", 12 , true,null ]';
    const whole = split([text]);
    expect(whole.error).toBeUndefined();
    expect(whole.elements.map((element) => JSON.parse(element) as unknown)).toEqual(
      JSON.parse(text),
    );
    for (let size = 1; size < 8; size += 1) {
      const chunks = text.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [];
      expect(split(chunks).elements).toEqual(whole.elements);
    }
  });

  it('stops at an element larger than the bound', () => {
    expect(split([`[${JSON.stringify('x'.repeat(2000))}]`]).error).toEqual({
      kind: 'element-too-large',
      element: 0,
    });
  });
});

describe('reason parsing (exports research C.3)', () => {
  it.each([
    [
      'the 2026 409 with a SCIM error',
      scimReason(
        'Conflict',
        JSON.stringify({ detail: 'exists', status: 409, scimType: 'uniqueness' }),
      ),
      { httpStatus: 409, statusText: 'Conflict', scimType: 'uniqueness', detail: 'exists' },
    ],
    [
      'a status written as text',
      scimReason('BadRequest', '{"detail":"no emails","status":"400"}'),
      { httpStatus: 400, statusText: 'BadRequest', detail: 'no emails' },
    ],
    [
      'the 2019 form with a plain body',
      `Failed to create User 'a@x.example' in customappsso; Error: The SCIM endpoint is not fully compatible with the Azure Active Directory SCIM client.\r\n${scimReason('BadRequest', 'Bad Request', 0)}`,
      { httpStatus: 400, statusText: 'BadRequest', detail: 'Bad Request' },
    ],
    [
      'an unknown phrase and a broken body',
      scimReason('Teapot', '{"detail": "unterminated'),
      { statusText: 'Teapot', detail: '{"detail": "unterminated' },
    ],
    ['no HTTP answer at all', 'The request to the target timed out.', undefined],
  ])('%s', (_label, reason, expected) => {
    expect(parseScimReason(reason)).toEqual(expected);
  });
});
