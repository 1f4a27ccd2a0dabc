/**
 * Shared steps of the dry run's and the log doctor's browser tests: record every request (no file
 * content may leave the page) and the 360 px sideways-scroll check; axe through ./a11y like every spec.
 */
import { expect, type Page, type Request } from '@playwright/test';

/**
 * Opens `path` and waits until the widget named `name` has hydrated (its file input is enabled
 * only then); the machine may be busy, so the wait is long, and it is a wait, not a timing.
 */
export async function openWidget(page: Page, path: string, name: string, fileLabel: string) {
  await page.goto(path);
  const widget = page.locator(`section[aria-label="${name}"]`);
  const input = widget.getByLabel(fileLabel);
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeEnabled({ timeout: 15_000 });
  return { widget, input };
}

/** Every request the page makes from now on, with its body. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/**
 * No request sent a body, went to another host, or carried any of `secrets` (values from the
 * file) in its address. Loading the page's own scripts (the worker) is allowed.
 */
export function expectNothingSent(requests: readonly Request[], origin: string, secrets: string[]) {
  const leaks = requests.flatMap((request) => {
    const problems: string[] = [];
    const url = decodeURIComponent(request.url());
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))
      problems.push(`request to another host: ${url}`);
    if (request.postData()) problems.push(`${request.method()} ${url} with a body`);
    for (const secret of secrets)
      if (url.includes(secret)) problems.push(`${url} carries “${secret}”`);
    return problems;
  });
  expect(leaks).toEqual([]);
}

/** Nothing from the file was written to web storage. */
export async function expectNothingStored(page: Page, secrets: string[]) {
  const stored = await page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
  );
  for (const secret of secrets) expect(stored).not.toContain(secret);
}

/**
 * Nothing in the widget reaches past the right edge of the screen, except inside a box that
 * scrolls by itself (the users table, a request body): at 360 px the widget never makes the page
 * scroll sideways. (Checked on the widget, not the page: other content of a page is not its doing.)
 */
export async function expectWidgetFits(page: Page, selector: string) {
  const outside = await page.locator(selector).evaluate((widget) => {
    const width = document.documentElement.clientWidth;
    const scrollsItself = (element: Element) =>
      ['auto', 'scroll', 'hidden'].includes(getComputedStyle(element).overflowX);
    const inScroller = (element: Element) => {
      for (let up = element.parentElement; up && up !== widget; up = up.parentElement)
        if (scrollsItself(up)) return true;
      return false;
    };
    return [widget, ...widget.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter((element) => !inScroller(element))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
  expect(outside).toEqual([]);
}

/** The page itself does not scroll sideways (for pages whose other content fits at 360 px). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Opens a file chooser from the keyboard (the focused file input) and picks `file`. On a busy
 * machine the widget may still be re-rendering the input when Space is pressed, so no chooser
 * opens: then it focuses the input again and presses Space again, until one does.
 */
export async function chooseFileWithKeyboard(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await expect(async () => {
    // A re-rendered input has lost the focus the test gave it: give it back (the page has one).
    if ((await page.locator('input[type="file"]:focus').count()) === 0)
      await page.locator('input[type="file"]').first().focus();
    const chooser = page.waitForEvent('filechooser', { timeout: 3_000 });
    await page.keyboard.press('Space');
    await (await chooser).setFiles(file);
  }).toPass({ timeout: 20_000 });
}

/** Presses Tab until `target` has focus (at most `limit` times); fails if it never does. */
export async function tabTo(page: Page, target: import('@playwright/test').Locator, limit = 60) {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
