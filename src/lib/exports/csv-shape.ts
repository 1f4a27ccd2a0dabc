/**
 * What the CSV library is told about a file, and a check that it is safe to hand over.
 *
 * Papa Parse scans ahead from every quote that is not followed by a delimiter or line end, which
 * on a hostile file (many stray quotes before one far delimiter) costs quadratic time. This
 * module finds the delimiter and the line ending from the header line and checks in one linear
 * pass that every quoted value is closed properly, so the library only ever sees well-formed
 * quoting (RFC 4180), where its work is linear.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvShape {
  delimiter: Delimiter;
  /** `\n` also reads CRLF files: the `\r` left at the end of a row is trimmed by the reader. */
  newline: '\n' | '\r';
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The delimiter that splits the first line most (outside quotes); commas win ties. */
export function detectCsvShape(text: string): CsvShape {
  const firstLf = text.indexOf('\n');
  const firstCr = text.indexOf('\r');
  const newline = firstLf === -1 && firstCr !== -1 ? '\r' : '\n';
  const lineEnd = newline === '\n' ? firstLf : firstCr;
  const header = text.slice(0, lineEnd === -1 ? Math.min(text.length, 64 * 1024) : lineEnd);
  const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter))
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
  }
  let delimiter: Delimiter = ',';
  for (const candidate of DELIMITERS)
    if ((counts.get(candidate) ?? 0) > (counts.get(delimiter) ?? 0)) delimiter = candidate;
  return { delimiter, newline };
}

/**
 * The 1-based line of the first quoted value that is not closed by a quote followed by the
 * delimiter, a line end or the end of the file; `undefined` when the quoting is well formed.
 * One pass, constant work per character.
 */
export function findBrokenQuote(text: string, shape: CsvShape): number | undefined {
  const delimiter = shape.delimiter.charCodeAt(0);
  const newline = shape.newline.charCodeAt(0);
  let line = 1;
  let atFieldStart = true;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (atFieldStart && code === QUOTE) {
      const openedOnLine = line;
      index += 1;
      for (;;) {
        if (index >= text.length) return openedOnLine;
        const inner = text.charCodeAt(index);
        if (inner === LF) line += 1;
        index += 1;
        if (inner !== QUOTE) continue;
        const next = index < text.length ? text.charCodeAt(index) : -1;
        if (next === QUOTE) {
          index += 1; // "" is an escaped quote inside the value
          continue;
        }
        const afterCr = next === CR && newline === LF ? text.charCodeAt(index + 1) : -2;
        if (next === -1 || next === delimiter || next === newline || afterCr === LF) break;
        return line;
      }
      atFieldStart = false;
      continue;
    }
    if (code === LF) line += 1;
    atFieldStart = code === delimiter || code === newline;
    index += 1;
  }
  return undefined;
}
