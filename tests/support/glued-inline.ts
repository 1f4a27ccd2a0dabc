/**
 * Finds inline elements glued to the word before or after them in built HTML: "at least<strong>
 * Application Administrator</strong>" renders as "at leastApplication Administrator", for the eye
 * and for a screen reader alike. MDX drops the space between a word and a component or an
 * expression more easily than one would think (a line break inside JSX, `{' '}` forgotten), so the
 * built pages are searched, not the sources.
 *
 * A finding is a text node and an inline element side by side in the same parent with no space
 * at the seam where one is needed: a word followed at once by anything but closing punctuation
 * (`least|<strong>Application`, `add|<code>?tenant=`, `</code>|s`), or punctuation that takes a
 * space followed at once by a word (`,|<span>Download`); two inline content elements (strong,
 * code, a, …) count the same way. Spans beside spans are left out: the
 * widgets lay those out as flex items, which the eye and the accessibility tree keep apart.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Phrasing elements that sit in a line of text. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** Not text a reader sees as a line: skipped with everything inside. */
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'math', 'pre', 'head', 'textarea']);

const WORD = /[\p{L}\p{N}]/u;
/** What may follow a word in running text with no space: closing punctuation and joiners. */
const CLOSES = /[\s.,;:!?)\]}”’'"/\-–—…%]/u;
/** What needs a space after it before a word: a word, or closing punctuation. */
const NEEDS_SPACE_AFTER = /[\p{L}\p{N},;:!?.)\]”’→›]/u;
/** What needs a space before it after punctuation: a word, or opening punctuation. */
const OPENS = /[\p{L}\p{N}([“‘→›]/u;

/** Starlight's own controls, laid out as separate boxes (pagination, the splash page's hero). */
const CHROME = ['pagination-links', 'hero'];

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function isText(node: Node): node is DefaultTreeAdapterMap['textNode'] {
  return node.nodeName === '#text';
}

/** The text a reader gets from a node (what is skipped above left out). */
function textOf(node: Node): string {
  if (isText(node)) return node.value;
  if (!isElement(node) || SKIPPED.has(node.tagName)) return '';
  return node.childNodes.map(textOf).join('');
}

/**
 * Markup from a live page may say how each element is laid out (`data-display`, the computed
 * `display`): a span the stylesheet makes a block is not glued to the text beside it.
 */
function isInline(node: Node): node is Element {
  if (!isElement(node) || !INLINE.has(node.tagName) || textOf(node).trim() === '') return false;
  const display = node.attrs.find((attribute) => attribute.name === 'data-display')?.value;
  return display === undefined || display.startsWith('inline');
}

/** Words around the seam, for a readable finding: "at least|Application Administrator". */
function excerpt(before: string, after: string): string {
  const left = before.replace(/\s+/g, ' ').slice(-32).trimStart();
  const right = after.replace(/\s+/g, ' ').slice(0, 32).trimEnd();
  return `${left}|${right}`;
}

/**
 * Whether `before` and `after` run together. `after` is an element's text when `afterIsElement`:
 * a value such as `?tenant=` or `.csv` then needs its space even though it starts with punctuation.
 */
function glued(before: string, after: string, afterIsElement: boolean): boolean {
  const last = before.at(-1) ?? ' ';
  const first = after.at(0) ?? ' ';
  // A word, then at once more text ("least|Application", "add|?tenant=", "userName|attribute").
  if (WORD.test(last)) return afterIsElement ? !/\s/u.test(first) : !CLOSES.test(first);
  // Punctuation that needs a space, then at once a word ("users,|Download", "Users →|All").
  return NEEDS_SPACE_AFTER.test(last) && OPENS.test(first);
}

function classes(node: Element): string[] {
  return (node.attrs.find((attribute) => attribute.name === 'class')?.value ?? '').split(/\s+/);
}

/**
 * Every glued seam in the page's `main` (the whole fragment when there is none), as "before|after"
 * excerpts in document order.
 */
export function gluedInlineElements(html: string): string[] {
  const found: string[] = [];
  const document = parse(html, { scriptingEnabled: false });
  const visit = (node: Node, checked: boolean): void => {
    if (
      isElement(node) &&
      (SKIPPED.has(node.tagName) || classes(node).some((name) => CHROME.includes(name)))
    )
      return;
    const inScope = checked || (isElement(node) && node.tagName === 'main');
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let index = 1; inScope && index < children.length; index += 1) {
      const previous = children[index - 1];
      const next = children[index];
      if (!previous || !next) continue;
      const seam =
        (isText(previous) && isInline(next)) ||
        (isInline(previous) && isText(next)) ||
        (isInline(previous) &&
          isInline(next) &&
          previous.tagName !== 'span' &&
          next.tagName !== 'span');
      if (!seam) continue;
      const before = textOf(previous);
      const after = textOf(next);
      if (glued(before, after, isElement(next))) found.push(excerpt(before, after));
    }
    for (const child of children) visit(child, inScope);
  };
  visit(document, !html.includes('<main'));
  return found;
}
