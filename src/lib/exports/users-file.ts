/**
 * Entra's user list downloads ("Download users", classic and Preview, and a group's "Download
 * members") read into user records, by header name and never by position: no single header
 * layout exists (exports research A.2), and the Preview file has only the columns the admin's
 * list view shows.
 */
import Papa from 'papaparse';
import { diagnosticFinding } from '../scim/catalogue';
import type { DryRunCode, Finding } from '../scim/contract';
import { decodeText, isZipContainer, stripByteOrderMark, type TextEncodingName } from './decode';
import { detectCsvShape, findBrokenQuote } from './csv-shape';
import { MAX_USERS_FILE_BYTES } from './limits';

/** One user as the download describes them. `undefined`: the file has no such column. */
export interface ExportedUser {
  userPrincipalName: string;
  displayName: string;
  mail: string | undefined;
  givenName: string | undefined;
  surname: string | undefined;
  /** `undefined` also when the cell is empty or neither True nor False. */
  accountEnabled: boolean | undefined;
  userType: string | undefined;
  id: string | undefined;
}

export type UsersLayoutKind = 'graph' | 'legacy' | 'preview' | 'group-members' | 'other';

export interface UsersLayout {
  kind: UsersLayoutKind;
  /** How the summary names the file, e.g. `Entra "Download users", 29 columns`. */
  description: string;
  columns: number;
}

/** The columns the prediction reads besides `userPrincipalName`. */
export const PREDICTION_COLUMNS = [
  'mail',
  'givenName',
  'surname',
  'accountEnabled',
  'userType',
] as const;
export type PredictionColumn = (typeof PREDICTION_COLUMNS)[number];

export interface UsersFile {
  layout: UsersLayout;
  encoding: TextEncodingName;
  users: ExportedUser[];
  missingColumns: PredictionColumn[];
  /** Rows that are groups, service principals, devices or contacts, or have no user principal name. */
  rowsLeftOut: number;
  /** Rows whose user principal name an earlier row already had. */
  duplicateRows: number;
}

export type UsersFileOutcome =
  { ok: true; file: UsersFile } | { ok: false; error: Finding & { code: DryRunCode } };

type Field = 'userPrincipalName' | 'displayName' | PredictionColumn | 'id' | 'objectType';

/** Header names as the layouts spell them, lower-cased; the research's aliases included. */
const HEADER_ALIASES: Record<string, Field> = {
  userprincipalname: 'userPrincipalName',
  displayname: 'displayName',
  mail: 'mail',
  givenname: 'givenName',
  surname: 'surname',
  accountenabled: 'accountEnabled',
  usertype: 'userType',
  id: 'id',
  objectid: 'id',
  objecttype: 'objectType',
};

const inputError = (code: DryRunCode, message?: string): UsersFileOutcome => ({
  ok: false,
  error: diagnosticFinding(code, message) as Finding & { code: DryRunCode },
});

const normalizeHeader = (header: string) => stripByteOrderMark(header).trim().toLowerCase();

function describeLayout(headers: ReadonlySet<string>, columns: number): UsersLayout {
  const has = (name: string) => headers.has(name);
  if (has('objecttype'))
    return { kind: 'group-members', description: 'Entra group members download', columns };
  if (has('identities') || has('onpremisessyncenabled'))
    return { kind: 'preview', description: 'Entra “Download users (Preview)”', columns };
  if (has('directorysynced') || has('createddatetime'))
    return { kind: 'graph', description: 'Entra “Download users”', columns };
  if (has('objectid') || has('physicaldeliveryofficename'))
    return { kind: 'legacy', description: 'Entra “Download users” (older layout)', columns };
  return { kind: 'other', description: 'a user list', columns };
}

/** Why a header row that lacks `userPrincipalName` is not a users download, as specifically as we can tell. */
function rejectHeader(firstCell: string, headers: readonly string[]): UsersFileOutcome {
  const start = firstCell.trimStart();
  if (start.toLowerCase().startsWith('version:')) return inputError('users-file-bulk-template');
  if (start.startsWith('[') || start.startsWith('{'))
    return inputError(
      'users-file-not-users-export',
      'This is a JSON file, not the users CSV. The dry run needs a CSV file with a `userPrincipalName` column; provisioning logs (JSON) go in the log doctor on the Troubleshooting page.',
    );
  if (headers.some((header) => header.includes('[') && header.includes(']')))
    return inputError('users-file-bulk-template');
  if (headers.includes('user principal name') || headers.includes('block credential'))
    return inputError('users-file-m365-export');
  return inputError('users-file-not-users-export');
}

const parseBoolean = (value: string | undefined): boolean | undefined => {
  const folded = value?.trim().toLowerCase();
  if (folded === 'true') return true;
  if (folded === 'false') return false;
  return undefined;
};

/**
 * Reads a users download from its bytes. `fileName` only sharpens the message for a workbook.
 * `onProgress` gets the share of the text read so far (0–1), every few thousand rows. Never throws.
 */
export function readUsersFile(
  bytes: Uint8Array,
  options: { fileName?: string; onProgress?: (fraction: number) => void } = {},
): UsersFileOutcome {
  if (bytes.length === 0) return inputError('users-file-empty');
  if (bytes.length > MAX_USERS_FILE_BYTES) return inputError('users-file-too-large');
  if (isZipContainer(bytes) || /\.xlsx?$/i.test(options.fileName ?? ''))
    return inputError('users-file-spreadsheet');
  const { text, encoding } = decodeText(bytes);
  return readUsersText(stripByteOrderMark(text), { ...options, encoding });
}

/** The same from text already decoded (tests, and the bench). */
export function readUsersText(
  text: string,
  options: { encoding?: TextEncodingName; onProgress?: (fraction: number) => void } = {},
): UsersFileOutcome {
  if (text.trim() === '') return inputError('users-file-empty');
  const shape = detectCsvShape(text);
  const brokenLine = findBrokenQuote(text, shape);
  if (brokenLine !== undefined)
    return inputError(
      'users-file-broken-quotes',
      `Line ${brokenLine} has a value that starts with a quotation mark and is not closed properly, so the rows after it cannot be read reliably.`,
    );

  let header: { columns: Map<Field, number>; layout: UsersLayout } | undefined;
  let rejected: UsersFileOutcome | undefined;
  const byUserPrincipalName = new Map<string, ExportedUser>();
  let rowsLeftOut = 0;
  let duplicateRows = 0;
  let rowsSeen = 0;

  Papa.parse<string[]>(text, {
    delimiter: shape.delimiter,
    newline: shape.newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    skipEmptyLines: 'greedy',
    step: (results, parser) => {
      const row = results.data;
      // A CRLF file read with LF line ends leaves the \r on the last cell.
      const last = row.length - 1;
      if (last >= 0 && row[last]?.endsWith('\r')) row[last] = row[last].slice(0, -1);
      if (!header) {
        const names = row.map(normalizeHeader);
        const columns = new Map<Field, number>();
        names.forEach((name, index) => {
          const field = HEADER_ALIASES[name];
          if (field && !columns.has(field)) columns.set(field, index);
        });
        if (!columns.has('userPrincipalName')) {
          rejected = rejectHeader(row[0] ?? '', names);
          parser.abort();
          return;
        }
        header = { columns, layout: describeLayout(new Set(names), names.length) };
        return;
      }
      rowsSeen += 1;
      if (options.onProgress && rowsSeen % 5000 === 0)
        options.onProgress(Math.min(1, results.meta.cursor / text.length));
      const { columns } = header;
      const cell = (field: Field): string | undefined => {
        const index = columns.get(field);
        return index === undefined ? undefined : (row[index] ?? '');
      };
      const userPrincipalName = (cell('userPrincipalName') ?? '').trim();
      const objectType = cell('objectType')?.trim().toLowerCase();
      if (userPrincipalName === '' || (objectType !== undefined && objectType !== 'user')) {
        rowsLeftOut += 1;
        return;
      }
      const key = userPrincipalName.toLowerCase();
      const user: ExportedUser = {
        userPrincipalName,
        displayName: cell('displayName') ?? '',
        mail: cell('mail'),
        givenName: cell('givenName'),
        surname: cell('surname'),
        accountEnabled: parseBoolean(cell('accountEnabled')),
        userType: cell('userType'),
        id: cell('id'),
      };
      const earlier = byUserPrincipalName.get(key);
      if (earlier) duplicateRows += 1;
      // Of two rows for one user keep the same one whatever their order, so a shuffled file reads alike.
      if (!earlier || JSON.stringify(user) < JSON.stringify(earlier))
        byUserPrincipalName.set(key, user);
    },
  });

  if (rejected) return rejected;
  if (!header) return inputError('users-file-empty');
  const { columns, layout } = header;
  return {
    ok: true,
    file: {
      layout,
      encoding: options.encoding ?? 'utf-8',
      users: [...byUserPrincipalName.values()],
      missingColumns: PREDICTION_COLUMNS.filter((column) => !columns.has(column)),
      rowsLeftOut,
      duplicateRows,
    },
  };
}
