/**
 * Small text helpers shared by the checks: whitespace that copying adds, and a safe way to
 * name one character of a secret without echoing the secret.
 */
import type { CheckResult, Finding, Severity } from './contract';
import { fieldFinding } from './entries/fields';

/** One character copying tends to add around a value: JS whitespace or an invisible zero-width one. */
export const COPY_JUNK = /^[\s\u200B-\u200D\u2060\u180E]$/u;

/**
 * Trims copy junk from both ends. A loop, not `/\s+$/`: that regex backtracks quadratically on a
 * long run of spaces in the middle of a huge paste.
 */
export function trimCopyJunk(value: string): string {
  let start = 0;
  while (start < value.length && COPY_JUNK.test(value.charAt(start))) start++;
  let end = value.length;
  while (end > start && COPY_JUNK.test(value.charAt(end - 1))) end--;
  return value.slice(start, end);
}

export function isWhitespaceChar(char: string): boolean {
  return /^\s$/u.test(char);
}

const CHARACTER_NAMES: Record<number, string> = {
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a line break (carriage return)',
  0x20: 'a space',
  0x00a0: 'U+00A0 no-break space',
  0x00ad: 'U+00AD soft hyphen (invisible)',
  0x2002: 'U+2002 en space',
  0x2003: 'U+2003 em space',
  0x2009: 'U+2009 thin space',
  0x200b: 'U+200B zero-width space (invisible)',
  0x200c: 'U+200C zero-width non-joiner (invisible)',
  0x200d: 'U+200D zero-width joiner (invisible)',
  0x2010: 'U+2010 hyphen',
  0x2011: 'U+2011 non-breaking hyphen',
  0x2013: 'U+2013 en dash',
  0x2014: 'U+2014 em dash',
  0x2018: 'U+2018 left single quotation mark',
  0x2019: 'U+2019 right single quotation mark',
  0x201c: 'U+201C left double quotation mark',
  0x201d: 'U+201D right double quotation mark',
  0x2022: 'U+2022 bullet (a masked character)',
  0x2026: 'U+2026 ellipsis',
  0x2028: 'U+2028 line separator',
  0x2029: 'U+2029 paragraph separator',
  0x202f: 'U+202F narrow no-break space',
  0x2060: 'U+2060 word joiner (invisible)',
  0x3000: 'U+3000 ideographic space',
  0xfeff: 'U+FEFF byte order mark (invisible)',
};

function hex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Names one character for a message without printing anything that could be part of a secret's
 * letters: printable ASCII punctuation is shown as itself, everything else as its code point.
 */
export function describeCharacter(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  const named = CHARACTER_NAMES[codePoint];
  if (named) return named;
  if (codePoint >= 0x21 && codePoint <= 0x7e && !/[A-Z0-9]/i.test(char)) return `"${char}"`;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `U+${hex(codePoint)} (a broken character)`;
  if (codePoint < 0x20 || codePoint === 0x7f)
    return `U+${hex(codePoint)} (an invisible control character)`;
  if (codePoint >= 0x80) return `U+${hex(codePoint)} (a non-ASCII character)`;
  return `U+${hex(codePoint)}`;
}

/** Splits into code points; lone surrogates stay single units, so every string works. */
export function codePoints(value: string): string[] {
  return Array.from(value);
}

/** Internal shorthand: the field checks' findings take their defaults from the catalogue's field entries. */
export const finding = fieldFinding;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; `ok` is derived, never set by hand. */
export function toResult(findings: Finding[], normalized: string | undefined): CheckResult {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const result: CheckResult = { ok: !sorted.some((f) => f.severity === 'error'), findings: sorted };
  if (normalized !== undefined) result.normalized = normalized;
  return result;
}
