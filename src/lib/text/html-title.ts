/**
 * The `<title>` of an HTML page an endpoint sent instead of SCIM JSON, for the message that says
 * so. Endpoint bytes are hostile: only the first few KiB are looked at, with plain `indexOf`
 * searches (each character is visited a bounded number of times), never a pattern over the body.
 */

/** The title must start within this many characters of the body. */
export const TITLE_SCAN_CHARS = 4096;
/** Longer titles are cut here. */
export const TITLE_MAX_CHARS = 120;

const TAG_NAME_END = /[\s/>]/;

/** The page title, whitespace collapsed, or undefined when the first few KiB hold none. */
export function htmlTitle(body: string): string | undefined {
  const head = body.slice(0, TITLE_SCAN_CHARS);
  const lower = head.toLowerCase();
  let open = lower.indexOf('<title');
  // `<titlebar>` is not a title: the tag name must end right after "title".
  while (open >= 0 && !TAG_NAME_END.test(lower.charAt(open + 6))) {
    open = lower.indexOf('<title', open + 6);
  }
  if (open < 0) return undefined;
  const contentStart = lower.indexOf('>', open + 6) + 1;
  if (contentStart === 0) return undefined;
  const close = lower.indexOf('</title', contentStart);
  if (close < 0) return undefined;
  const text = head.slice(contentStart, close).replace(/\s+/g, ' ').trim();
  if (text === '' || text.includes('<')) return undefined;
  return text.length <= TITLE_MAX_CHARS ? text : `${text.slice(0, TITLE_MAX_CHARS)}…`;
}
