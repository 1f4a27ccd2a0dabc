/**
 * Finds where a JSON text stops being valid, with line and column.
 *
 * `JSON.parse` messages differ between engines (V8 gives a position only for some mistakes,
 * Firefox gives line and column in its own words), so the position is computed here with a
 * small scanner that follows RFC 8259 exactly. It runs only after `JSON.parse` has failed.
 */

export type JsonProblem =
  | 'empty'
  | 'unexpected-end'
  | 'unexpected-character'
  | 'single-quotes'
  | 'comment'
  | 'trailing-comma'
  | 'missing-colon'
  | 'missing-comma'
  | 'property-name-expected'
  | 'control-character'
  | 'bad-escape'
  | 'bad-number'
  | 'bad-literal'
  | 'content-after-end'
  | 'too-deep';

export interface JsonSyntaxError {
  problem: JsonProblem;
  /** Offset of the offending character in the text (UTF-16 code units, 0-based). */
  offset: number;
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in characters from the start of the line. */
  column: number;
  /** One sentence for the admin: what is wrong at that place. */
  description: string;
}

/** Deeper nesting than this is no provisioning schema; it also bounds the scanner's stack. */
const MAX_DEPTH = 512;

type Expect =
  'value' | 'value-or-close' | 'key-or-close' | 'key' | 'colon' | 'comma-or-close' | 'end';

const isWhitespace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < end;
    index = text.indexOf('\n', index + 1)
  ) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: end - lineStart + 1 };
}

function shown(ch: string): string {
  if (ch === '\n') return 'a line break';
  if (ch === '\t') return 'a tab';
  const code = ch.charCodeAt(0);
  if (code < 0x20 || code === 0x7f)
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0xfeff) return 'an invisible byte-order mark';
  return `"${ch}"`;
}

function describe(problem: JsonProblem, ch: string): string {
  switch (problem) {
    case 'empty':
      return 'The text is empty.';
    case 'unexpected-end':
      return 'The JSON ends too early: a closing } or ] or a closing quote is missing. Was the copy cut short?';
    case 'unexpected-character':
      return `Unexpected ${shown(ch)}: a value (an object, array, string, number, true, false or null) should start here.`;
    case 'single-quotes':
      return 'Single quotes are not allowed in JSON: property names and strings need double quotes (").';
    case 'comment':
      return 'JSON does not allow comments: remove them.';
    case 'trailing-comma':
      return 'There is a comma just before a closing } or ]: remove that comma.';
    case 'missing-colon':
      return `Expected ":" after the property name, found ${shown(ch)}.`;
    case 'missing-comma':
      return `Expected a comma or a closing bracket, found ${shown(ch)}: is a comma missing?`;
    case 'property-name-expected':
      return `Expected a property name in double quotes, found ${shown(ch)}.`;
    case 'control-character':
      return `A string contains ${shown(ch)}: inside JSON strings, line breaks and tabs must be written as \\n and \\t.`;
    case 'bad-escape':
      return 'A backslash in a string starts an escape JSON does not know: write a literal backslash as \\\\.';
    case 'bad-number':
      return 'A number is written in a way JSON does not allow (for example a leading zero, a lone minus sign or a dot without digits).';
    case 'bad-literal':
      return 'A word here is not a JSON value: only true, false and null are allowed without quotes.';
    case 'content-after-end':
      return `The JSON document ends before this ${shown(ch)}: paste only the schema, from its first { to its last }.`;
    case 'too-deep':
      return `The JSON nests more than ${MAX_DEPTH} levels deep, which no provisioning schema does.`;
  }
}

/**
 * The first syntax error in `text`, or `null` when the text is valid JSON.
 * Agrees with `JSON.parse` on what is valid; never throws.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const length = text.length;
  const stack: ('array' | 'object')[] = [];
  let expect: Expect = 'value';
  let index = 0;

  const fail = (problem: JsonProblem, at: number): JsonSyntaxError => {
    const offset = Math.min(at, length);
    return {
      problem,
      offset,
      ...lineAndColumn(text, offset),
      description: describe(problem, text.charAt(offset)),
    };
  };

  /** Scans a string starting at the opening quote; returns the index after the closing quote. */
  const scanString = (start: number): number | JsonSyntaxError => {
    let at = start + 1;
    while (at < length) {
      const ch = text.charAt(at);
      if (ch === '"') return at + 1;
      if (ch === '\\') {
        const next = text.charAt(at + 1);
        if (at + 1 >= length) return fail('unexpected-end', length);
        if ('"\\/bfnrt'.includes(next)) {
          at += 2;
          continue;
        }
        if (next === 'u') {
          for (let digit = 2; digit < 6; digit += 1) {
            if (at + digit >= length) return fail('unexpected-end', length);
            if (!/[0-9a-f]/i.test(text.charAt(at + digit))) return fail('bad-escape', at + digit);
          }
          at += 6;
          continue;
        }
        return fail('bad-escape', at + 1);
      }
      if (ch.charCodeAt(0) < 0x20) return fail('control-character', at);
      at += 1;
    }
    return fail('unexpected-end', length);
  };

  /** Scans a number per RFC 8259; returns the index after it. */
  const scanNumber = (start: number): number | JsonSyntaxError => {
    let at = start;
    if (text.charAt(at) === '-') at += 1;
    if (at >= length) return fail('unexpected-end', length);
    if (text.charAt(at) === '0') {
      at += 1;
      if (isDigit(text[at])) return fail('bad-number', at);
    } else if (isDigit(text[at])) {
      while (isDigit(text[at])) at += 1;
    } else {
      return fail('bad-number', at);
    }
    if (text.charAt(at) === '.') {
      at += 1;
      if (at >= length) return fail('unexpected-end', length);
      if (!isDigit(text[at])) return fail('bad-number', at);
      while (isDigit(text[at])) at += 1;
    }
    if (text.charAt(at) === 'e' || text.charAt(at) === 'E') {
      at += 1;
      if (text.charAt(at) === '+' || text.charAt(at) === '-') at += 1;
      if (at >= length) return fail('unexpected-end', length);
      if (!isDigit(text[at])) return fail('bad-number', at);
      while (isDigit(text[at])) at += 1;
    }
    return at;
  };

  const scanLiteral = (start: number, word: string): number | JsonSyntaxError => {
    for (let offset = 0; offset < word.length; offset += 1) {
      if (start + offset >= length) return fail('unexpected-end', length);
      if (text.charAt(start + offset) !== word.charAt(offset))
        return fail('bad-literal', start + offset);
    }
    return start + word.length;
  };

  const previousSignificant = (before: number): string => {
    let at = before - 1;
    while (at >= 0 && isWhitespace(text.charAt(at))) at -= 1;
    return text.charAt(at);
  };

  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');

  /** The problem for a character that cannot start what was expected. */
  const strayCharacter = (ch: string, at: number, fallback: JsonProblem): JsonSyntaxError => {
    if (ch === "'") return fail('single-quotes', at);
    if (ch === '/' && (text.charAt(at + 1) === '/' || text.charAt(at + 1) === '*'))
      return fail('comment', at);
    return fail(fallback, at);
  };

  for (;;) {
    while (index < length && isWhitespace(text.charAt(index))) index += 1;
    if (index >= length) {
      if (expect === 'end') return null;
      return fail(length === 0 || text.trim() === '' ? 'empty' : 'unexpected-end', length);
    }
    const ch = text.charAt(index);
    let scanned: number | JsonSyntaxError;

    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (ch === ']' && expect === 'value-or-close') {
          stack.pop();
          index += 1;
          expect = afterValue();
          continue;
        }
        if ((ch === ']' || ch === '}') && previousSignificant(index) === ',')
          return fail('trailing-comma', index);
        if (ch === '{' || ch === '[') {
          if (stack.length >= MAX_DEPTH) return fail('too-deep', index);
          stack.push(ch === '{' ? 'object' : 'array');
          expect = ch === '{' ? 'key-or-close' : 'value-or-close';
          index += 1;
          continue;
        }
        if (ch === '"') scanned = scanString(index);
        else if (ch === '-' || isDigit(ch)) scanned = scanNumber(index);
        else if (ch === 't') scanned = scanLiteral(index, 'true');
        else if (ch === 'f') scanned = scanLiteral(index, 'false');
        else if (ch === 'n') scanned = scanLiteral(index, 'null');
        else if (ch === '.') return fail('bad-number', index);
        else return strayCharacter(ch, index, 'unexpected-character');
        if (typeof scanned !== 'number') return scanned;
        index = scanned;
        expect = afterValue();
        continue;
      }
      case 'key-or-close':
      case 'key': {
        if (ch === '}' && expect === 'key-or-close') {
          stack.pop();
          index += 1;
          expect = afterValue();
          continue;
        }
        if (ch === '}') return fail('trailing-comma', index);
        if (ch !== '"') return strayCharacter(ch, index, 'property-name-expected');
        scanned = scanString(index);
        if (typeof scanned !== 'number') return scanned;
        index = scanned;
        expect = 'colon';
        continue;
      }
      case 'colon': {
        if (ch !== ':') return fail('missing-colon', index);
        index += 1;
        expect = 'value';
        continue;
      }
      case 'comma-or-close': {
        const open = stack[stack.length - 1];
        if (ch === ',') {
          expect = open === 'array' ? 'value' : 'key';
          index += 1;
          continue;
        }
        if ((ch === ']' && open === 'array') || (ch === '}' && open === 'object')) {
          stack.pop();
          index += 1;
          expect = afterValue();
          continue;
        }
        return strayCharacter(ch, index, 'missing-comma');
      }
      case 'end':
        return strayCharacter(ch, index, 'content-after-end');
    }
  }
}
