/**
 * Where a long code or address may break at the end of a line: after a separator (`/`, `?`, `&`,
 * `=`, `.`, `_`, `@`, `:`) and between the words of a PascalCase or camelCase code
 * (`SystemForCrossDomain|IdentityManagement|ServiceIncompatible`), instead of after any letter.
 * Pure and linear: one pass over the text, no patterns. Short words are left whole.
 */

/** A word shorter than this fits any line the guide has, so it gets no break points. */
export const BREAK_MIN_LENGTH = 20;

const SEPARATORS = new Set(['/', '?', '&', '=', '.', '_', '@', ':']);

const isLower = (char: string) => char !== char.toUpperCase() && char === char.toLowerCase();
const isUpper = (char: string) => char !== char.toLowerCase() && char === char.toUpperCase();
const isDigit = (char: string) => char >= '0' && char <= '9';

/**
 * `text` cut into pieces: a line may break between two pieces (a renderer puts `<wbr>` there).
 * Joined again, the pieces are `text` exactly.
 */
export function breakPoints(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let wordStart = 0;
  const wordLength = (end: number) => {
    let stop = end;
    while (stop < text.length && !/\s/.test(text.charAt(stop))) stop++;
    return stop - wordStart;
  };
  let longWord = wordLength(0) >= BREAK_MIN_LENGTH;
  for (let index = 1; index < text.length; index++) {
    const previous = text.charAt(index - 1);
    const current = text.charAt(index);
    if (/\s/.test(previous)) {
      wordStart = index;
      longWord = wordLength(index) >= BREAK_MIN_LENGTH;
      continue;
    }
    if (!longWord || /\s/.test(current)) continue;
    const afterSeparator = SEPARATORS.has(previous) && !SEPARATORS.has(current);
    const newWord = (isLower(previous) || isDigit(previous)) && isUpper(current);
    if (afterSeparator || newWord) {
      pieces.push(text.slice(start, index));
      start = index;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}
