/**
 * "Readable on every screen" for one widget state: at 360, 640 and 1280 px, in the light and the
 * dark theme, on the page as it is (no reload: the window is resized and the theme switched in
 * place), the page never scrolls sideways, nothing in the widget reaches past the right edge
 * except inside a box that scrolls by itself, and no text in the widget has to wrap in a column
 * narrower than 16 characters of its own font (the phone bug: a finding nested in a check, each
 * with a label column, left one letter per line). No inline element is glued to the word beside
 * it. A few screenshots of each state are kept for reviewers (test artefacts, not comparisons).
 */
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { gluedInlineElements } from '../../support/glued-inline';
import { THEMES, type Theme } from './a11y';

export const WIDTHS = [360, 640, 1280] as const;
/** The narrowest column a wrapped line of text may have, in characters ("0") of its font. */
export const MIN_CHARACTERS = 16;
/**
 * Kept as screenshots (JPEG: a tall widget's PNG costs seconds on a busy machine): the phone in
 * the light theme, the half-screen window in the dark one.
 */
const SCREENSHOTS: readonly string[] = ['360 light', '640 dark'];
const HEIGHT = 900;
/** Starlight's sticky header and "On this page" bar would otherwise cover part of a tall widget. */
const HIDE_CHROME = '.page > header, mobile-starlight-toc { visibility: hidden !important; }';

/** What Starlight's theme picker does to the page, without the picker (it is in the menu on a phone). */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((chosen) => {
    document.documentElement.dataset['theme'] = chosen;
  }, theme);
}

/** Runs in the page: every layout problem of `widget` at the current window size. */
function layoutProblems(widget: Element, minCharacters: number): string[] {
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth)
    problems.push(`the page scrolls sideways (${page.scrollWidth} px wide)`);

  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}`;
  const scrollsItself = (element: Element) =>
    ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
  const inScroller = (element: Element) => {
    for (let up = element.parentElement; up && up !== widget; up = up.parentElement)
      if (scrollsItself(up)) return true;
    return false;
  };
  for (const element of [widget, ...widget.querySelectorAll('*')]) {
    const box = element.getBoundingClientRect();
    if (box.width > 1 && box.right > page.clientWidth + 0.5 && !inScroller(element))
      problems.push(`${describe(element)} reaches ${Math.round(box.right)} px`);
  }

  const context = document.createElement('canvas').getContext('2d');
  if (!context) return [...problems, 'no canvas to measure the font with'];
  const reported = new Set<Element>();
  const walker = document.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    // On one line, hidden, or in a closed <details>: nothing is squeezed.
    if (lines.length < 2) continue;
    // The box whose width the lines share: the nearest ancestor that is not inline.
    let block: Element = parent;
    while (block !== widget && ['inline', 'contents'].includes(getComputedStyle(block).display))
      block = block.parentElement ?? widget;
    // Visually hidden text (a 1 px box) is for screen readers.
    if (reported.has(block) || block.clientWidth <= 1) continue;
    const style = getComputedStyle(block);
    // In a flex or grid box the text is an item of its own: measure the lines themselves.
    const width = /flex|grid/.test(style.display)
      ? Math.max(...lines.map((rect) => rect.right)) - Math.min(...lines.map((rect) => rect.left))
      : block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const font = getComputedStyle(parent);
    context.font = `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
    const least = context.measureText('0'.repeat(minCharacters)).width;
    if (width + 0.5 >= least) continue;
    reported.add(block);
    problems.push(
      `“${text.slice(0, 40)}” wraps in ${describe(block)}, ${Math.round(width)} px wide (${minCharacters} characters: ${Math.round(least)} px)`,
    );
  }
  return problems;
}

/** Runs in the page: the widget's markup, each element marked with its computed `display`. */
function markupWithLayout(widget: Element): string {
  const copy = widget.cloneNode(true) as Element;
  const originals = [widget, ...widget.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, index) =>
    copies[index]?.setAttribute('data-display', getComputedStyle(element).display),
  );
  return copy.outerHTML;
}

function fileName(state: string, size: string): string {
  return `${state}-${size}`.toLowerCase().replace(/[^a-z0-9]+/g, '-') + '.jpg';
}

/**
 * Checks the state `widget` shows now at every width in both themes, keeps its screenshots, and
 * puts the window and the theme back as they were. Fails with every problem, each labelled
 * "360 px, dark: …".
 */
export async function expectReadableEverywhere(
  page: Page,
  testInfo: TestInfo,
  state: string,
  widget: Locator,
  { screenshots = SCREENSHOTS }: { screenshots?: readonly string[] } = {},
): Promise<void> {
  const viewport = page.viewportSize();
  const theme = await page.evaluate(() => document.documentElement.dataset['theme']);
  const problems = gluedInlineElements(await widget.evaluate(markupWithLayout)).map(
    (seam) => `glued inline element: ${seam}`,
  );
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    for (const current of THEMES) {
      await setTheme(page, current);
      const size = `${width} ${current}`;
      problems.push(
        ...(await widget.evaluate(layoutProblems, MIN_CHARACTERS)).map(
          (problem) => `${width} px, ${current}: ${problem}`,
        ),
      );
      if (!screenshots.includes(size)) continue;
      const path = testInfo.outputPath(fileName(state, size));
      await widget.screenshot({
        path,
        type: 'jpeg',
        quality: 85,
        animations: 'disabled',
        caret: 'hide',
        style: HIDE_CHROME,
      });
      await testInfo.attach(`${state} at ${width} px, ${current} theme`, {
        path,
        contentType: 'image/jpeg',
      });
    }
  }
  if (viewport) await page.setViewportSize(viewport);
  await setTheme(page, theme === 'dark' ? 'dark' : 'light');
  expect.soft(problems, `${state}: readable at ${WIDTHS.join(', ')} px in both themes`).toEqual([]);
}
