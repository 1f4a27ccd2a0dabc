/**
 * Trimming a run of one character from the end of a string with a loop, not a pattern such as
 * `/=+$/`: an unanchored run quantifier before `$` is retried from every start position, which is
 * quadratic on a long run followed by anything else (16,000 `=` and a letter cost ~0.3 s).
 */

/** How many times `char` (one UTF-16 unit) repeats at the end of `text`. */
export function trailingRun(text: string, char: string): number {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === char) end--;
  return text.length - end;
}

/** `text` without the run of `char` at its end. */
export function trimTrailing(text: string, char: string): string {
  return text.slice(0, text.length - trailingRun(text, char));
}
