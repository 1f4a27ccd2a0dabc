/**
 * THE secret finder: does a piece of text give the Secret Token away, in any form an endpoint (or
 * a copy and paste) might write it? Shared by the probe's answer (transcript, every message that
 * quotes the endpoint), the support report and the Tenant URL memory, so they all hide the same
 * things. Pure and isomorphic: no DOM, no node:*.
 *
 * It looks at a normalised copy of the text, never changing the text itself:
 *   - three views: the text as is; with JSON escapes (`\/`, `\uXXXX`, `\xHH`), HTML character
 *     references (`&#97;`, `&#x61;`, `&sol;`…) and percent-encoding (full or partial, UTF-8)
 *     decoded; and decoded twice (e.g. `%2541`);
 *   - each view case-folded, with whitespace and invisible characters removed (a token split over
 *     two lines, or folded like a MIME header, joins up again);
 * and in each view for any run of 8 consecutive characters of the token, of its base64 and
 * base64url encoding (at every byte alignment, so `base64("Bearer " + token)` and a token inside a
 * base64 JSON document are found too) and 16 of its hex encoding (8 token bytes).
 *
 * Linear time: the views are built in one pass each, and each is scanned once per window length
 * with a rolling hash against the set of the token's windows (a hash hit is confirmed by
 * comparing the characters). A field where it finds the token is withheld whole, never partly
 * masked: see `withhold` and `quote`.
 */

/** What replaces a field that contained the token. */
export const WITHHELD = 'withheld: it contained the Secret Token';

/** A run of this many consecutive characters of the token gives it away. */
export const SECRET_WINDOW = 8;
/** Secrets shorter than this are not searched for (they would match ordinary words). */
export const MIN_SECRET_LENGTH = 4;
/** How far past the shown part of a field `quote` still looks, so a token cut in half is found. */
export const QUOTE_MARGIN = 256;

export interface SecretFinder {
  /** True when `text` contains the secret, or 8+ consecutive characters of it, in any known form. */
  found(text: string): boolean;
  /** `text`, or WITHHELD when it contains the secret. */
  withhold(text: string): string;
  /**
   * The first `maxChars` of `text` (with `…` when cut), or WITHHELD when the shown part, or the
   * margin just past it, contains the secret. The rest of the field is never shown, so never read.
   */
  quote(text: string, maxChars: number): string;
}

const INVISIBLE = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function isFoldedAway(code: number): boolean {
  if (code <= 0x20) return true; // Controls, spaces, tabs, line breaks.
  if (code === 0x7f || code === 0x85 || code === 0xa0 || code === 0x1680) return true;
  if (code >= 0x2000 && code <= 0x200a) return true;
  if (code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f) return true;
  return code === 0x3000 || INVISIBLE.has(code);
}

/** Lower-cased, without whitespace or invisible characters. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let start = 0;
  for (let index = 0; index < lower.length; index++) {
    if (isFoldedAway(lower.charCodeAt(index))) {
      out += lower.slice(start, index);
      start = index + 1;
    }
  }
  return start === 0 ? lower : out + lower.slice(start);
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** The number written by `length` hex digits at `at`, or -1. */
function readHex(text: string, at: number, length: number): number {
  if (at + length > text.length) return -1;
  let value = 0;
  for (let index = at; index < at + length; index++) {
    const digit = hexValue(text.charCodeAt(index));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

const JSON_SIMPLE: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Named character references an endpoint might use for a token's characters (lower-cased). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  bsol: '\\',
  plus: '+',
  equals: '=',
  lowbar: '_',
  period: '.',
  hyphen: '-',
  dash: '-',
  minus: '-',
  colon: ':',
  semi: ';',
  comma: ',',
  num: '#',
  percnt: '%',
  excl: '!',
  quest: '?',
  commat: '@',
  dollar: '$',
  ast: '*',
  nbsp: ' ',
};

const utf8 = new TextDecoder('utf-8');

function fromCodePoint(value: number): string {
  return value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

/**
 * One decoding pass: JSON/JS escapes, HTML character references and percent-encoding, left to
 * right. Anything that does not decode stays as it is. Linear: each character is looked at a
 * bounded number of times.
 */
export function decodeOnce(text: string): string {
  const parts: string[] = [];
  let plainFrom = 0;
  let index = 0;
  const emit = (decoded: string, next: number): void => {
    parts.push(text.slice(plainFrom, index), decoded);
    index = next;
    plainFrom = next;
  };
  while (index < text.length) {
    const char = text.charAt(index);
    if (char === '\\' && index + 1 < text.length) {
      const next = text.charAt(index + 1);
      const unicode = next === 'u' ? readHex(text, index + 2, 4) : -1;
      const byte = next === 'x' ? readHex(text, index + 2, 2) : -1;
      if (unicode >= 0) emit(String.fromCharCode(unicode), index + 6);
      else if (byte >= 0) emit(String.fromCharCode(byte), index + 4);
      else if (JSON_SIMPLE[next] !== undefined) emit(JSON_SIMPLE[next], index + 2);
      else index += 1;
    } else if (char === '&') {
      // Look for the `;` only a few characters ahead: an unbounded search from every `&` would be
      // quadratic on a text full of `&`.
      const end = text.slice(index + 1, index + 14).indexOf(';') + index + 1;
      const body = end > index ? text.slice(index + 1, end) : '';
      let decoded: string | undefined;
      if (/^#x[0-9a-f]{1,6}$/i.test(body)) decoded = fromCodePoint(parseInt(body.slice(2), 16));
      else if (/^#\d{1,7}$/.test(body)) decoded = fromCodePoint(Number(body.slice(1)));
      else decoded = NAMED_ENTITIES[body.toLowerCase()];
      if (decoded !== undefined) emit(decoded, end + 1);
      else index += 1;
    } else if (char === '%' && readHex(text, index + 1, 2) >= 0) {
      // A run of %HH bytes is UTF-8 (as encodeURIComponent writes it).
      const bytes: number[] = [];
      let at = index;
      for (let value = readHex(text, at + 1, 2); value >= 0; value = readHex(text, at + 1, 2)) {
        bytes.push(value);
        at += 3;
        if (text.charAt(at) !== '%') break;
      }
      emit(utf8.decode(Uint8Array.from(bytes)), at);
    } else {
      index += 1;
    }
  }
  if (plainFrom === 0) return text;
  parts.push(text.slice(plainFrom));
  return parts.join('');
}

/** The folded views of a text that the finder scans. */
export function views(text: string): string[] {
  const once = decodeOnce(text);
  const twice = once === text ? once : decodeOnce(once);
  return [...new Set([text, once, twice])].map(foldText);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index + 2 < bytes.length; index += 3) {
    const group =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    out +=
      BASE64.charAt((group >> 18) & 63) +
      BASE64.charAt((group >> 12) & 63) +
      BASE64.charAt((group >> 6) & 63) +
      BASE64.charAt(group & 63);
  }
  return out; // Whole groups only: a trailing partial group depends on what follows the token.
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

const utf8Encoder = new TextEncoder();

/** Every form of one secret whose windows the finder looks for, by window length. */
function secretForms(secret: string): Array<{ length: number; form: string }> {
  const folded = foldText(secret);
  if (folded.length < MIN_SECRET_LENGTH) return [];
  if (folded.length < SECRET_WINDOW) return [{ length: folded.length, form: folded }];
  const forms = [{ length: SECRET_WINDOW, form: folded }];
  // Encodings are of the token as sent (case kept), whitespace removed as in the views.
  const compact = [...secret].filter((char) => !isFoldedAway(char.charCodeAt(0))).join('');
  const bytes = utf8Encoder.encode(compact);
  for (const shift of [0, 1, 2]) {
    const encoded = base64(bytes.subarray(shift));
    forms.push({ length: SECRET_WINDOW, form: encoded.toLowerCase() });
    forms.push({
      length: SECRET_WINDOW,
      form: encoded.replace(/\+/g, '-').replace(/\//g, '_').toLowerCase(),
    });
  }
  forms.push({ length: SECRET_WINDOW * 2, form: hex(bytes) });
  return forms.filter((item) => item.form.length >= item.length);
}

const HASH_BASE = 0x01000193;

function hashOf(text: string, from: number, length: number): number {
  let hash = 0;
  for (let index = from; index < from + length; index++)
    hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(index)) | 0;
  return hash;
}

/** HASH_BASE ** (length - 1), wrapped like the rolling hash. */
function leadingPower(length: number): number {
  let power = 1;
  for (let index = 1; index < length; index++) power = Math.imul(power, HASH_BASE);
  return power;
}

interface WindowSet {
  length: number;
  power: number;
  /** Rolling hash → the windows with that hash. */
  byHash: Map<number, string[]>;
}

function buildWindowSets(secrets: readonly string[]): WindowSet[] {
  const sets = new Map<number, WindowSet>();
  for (const secret of secrets) {
    for (const { length, form } of secretForms(secret)) {
      let set = sets.get(length);
      if (!set) {
        set = { length, power: leadingPower(length), byHash: new Map() };
        sets.set(length, set);
      }
      for (let start = 0; start + length <= form.length; start++) {
        const window = form.slice(start, start + length);
        const hash = hashOf(form, start, length);
        const known = set.byHash.get(hash);
        if (!known) set.byHash.set(hash, [window]);
        else if (!known.includes(window)) known.push(window);
      }
    }
  }
  return [...sets.values()];
}

/** One pass over `text` with a rolling hash: true when any window of the set occurs in it. */
function scan(text: string, set: WindowSet): boolean {
  const { length, power, byHash } = set;
  if (text.length < length) return false;
  let hash = hashOf(text, 0, length);
  for (let start = 0; ; start++) {
    const candidates = byHash.get(hash);
    if (candidates && candidates.includes(text.slice(start, start + length))) return true;
    const next = start + length;
    if (next >= text.length) return false;
    const dropped = Math.imul(text.charCodeAt(start), power);
    hash = (Math.imul((hash - dropped) | 0, HASH_BASE) + text.charCodeAt(next)) | 0;
  }
}

/**
 * A finder for one secret, or for several forms of it (e.g. the token as typed and as cleaned up).
 * Secrets shorter than MIN_SECRET_LENGTH are ignored; a finder without any finds nothing.
 */
export function createSecretFinder(
  secrets: string | readonly (string | undefined)[],
): SecretFinder {
  const list = (typeof secrets === 'string' ? [secrets] : secrets).filter(
    (secret): secret is string => secret !== undefined,
  );
  const sets = buildWindowSets(list);
  const found = (text: string): boolean =>
    sets.length > 0 &&
    text !== '' &&
    views(text).some((view) => sets.some((set) => scan(view, set)));
  return {
    found,
    withhold: (text) => (found(text) ? WITHHELD : text),
    quote(text, maxChars) {
      if (found(text.slice(0, maxChars + QUOTE_MARGIN))) return WITHHELD;
      return text.length <= maxChars ? text : `${text.slice(0, maxChars)}…`;
    },
  };
}

/**
 * A copy of a JSON-like value in which every string (and every object key) that contains the
 * secret is withheld whole: the last line of defence over a whole answer before it is sent.
 */
export function withholdEverywhere<T>(value: T, finder: SecretFinder): T {
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return finder.withhold(item);
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(
        Object.entries(item).map(([key, child], index) => [
          finder.found(key) ? `withheld-${index + 1}` : key,
          walk(child),
        ]),
      );
    }
    return item;
  };
  return walk(value) as T;
}
