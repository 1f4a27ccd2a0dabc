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
 * Jumps from quote to quote with indexOf, so each character is looked at a constant number of
 * times; only a quote that starts a field opens a quoted value (a quote inside a plain value is
 * text, as the CSV library reads it too).
 */
export function findBrokenQuote(text: string, shape: CsvShape): number | undefined {
  const delimiter = shape.delimiter.charCodeAt(0);
  const newline = shape.newline.charCodeAt(0);
  const startsField = (index: number) => {
    if (index === 0) return true;
    const before = text.charCodeAt(index - 1);
    return before === delimiter || before === newline || before === LF;
  };
  let quote = text.indexOf('"');
  while (quote !== -1) {
    if (!startsField(quote)) {
      quote = text.indexOf('"', quote + 1);
      continue;
    }
    const opened = quote;
    let closing = text.indexOf('"', opened + 1);
    for (;;) {
      if (closing === -1) return lineOf(text, opened);
      if (text.charCodeAt(closing + 1) === QUOTE) {
        closing = text.indexOf('"', closing + 2); // "" is an escaped quote inside the value
        continue;
      }
      break;
    }
    const next = closing + 1 < text.length ? text.charCodeAt(closing + 1) : -1;
    const crlf = next === CR && newline === LF && text.charCodeAt(closing + 2) === LF;
    if (next !== -1 && next !== delimiter && next !== newline && !crlf)
      return lineOf(text, closing);
    quote = text.indexOf('"', closing + 1);
  }
  return undefined;
}

/** The 1-based line of a position, counted once, for the message. */
function lineOf(text: string, position: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < position; at = text.indexOf('\n', at + 1))
    line += 1;
  return line;
}
