/**
 * Without JavaScript: every page's text is there to read (nothing hidden behind a script, such
 * as the other portal layout's tab), and every widget says in its <noscript> note what to do by
 * hand instead. A widget added later without a note, or outside this list, fails here.
 */
import { expect, test } from '@playwright/test';
import { ALL_PAGES } from './support/pages';

test.use({ javaScriptEnabled: false });

/** Each widget, and what its note tells the reader to do by hand. */
const WIDGETS = [
  {
    root: '.aiq-cc:not(.aiq-x)',
    byHand:
      /compare your Tenant URL and Secret Token with the troubleshooting list, then use Test connection in Entra/,
  },
  {
    root: 'section[aria-label="Provisioning dry run"]',
    byHand: /open the file in a spreadsheet and check by hand/,
  },
  {
    root: 'section[aria-label="Provisioning-log doctor"]',
    byHand: /filter the provisioning logs in Entra by status Failure/,
  },
  { root: '.schema-checker', byHand: /delete every mapping marked Remove/ },
  { root: 'aiq-csm-link-builder', byHand: /By hand: .*\?tenant= and the customer’s Tenant URL/ },
  { root: 'aiq-role-check', byHand: /select the request and copy it/ },
  { root: 'aiq-progress-summary', byHand: /tick the steps off on the printable checklist/ },
  { root: 'aiq-step-done', byHand: /tick this step off on the printable checklist/ },
  { root: '.aiq-checklist__tools', byHand: /your browser’s Print command/ },
] as const;
const ROOTS = WIDGETS.map((widget) => widget.root);

test('every page’s text shows, and each widget says what to do by hand', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  for (const path of ALL_PAGES) {
    await test.step(path, async () => {
      await page.goto(path);
      // Text a reader cannot see without a script: not in a widget, not in a closed <details>
      // (a click opens it), not the column headings of a table a narrow window shows as a list
      // (its cells say what they are).
      const hidden = await page.evaluate((roots) => {
        const main = document.querySelector('main');
        if (!main) return ['no <main>'];
        const found = new Set<string>();
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !(node.nodeValue ?? '').trim()) continue;
          if (
            parent.closest(
              ['details:not([open])', 'thead', 'template', 'script', 'style', ...roots].join(),
            )
          )
            continue;
          if (parent.checkVisibility({ visibilityProperty: true })) continue;
          let top: Element = parent;
          while (top.parentElement && !top.parentElement.checkVisibility()) top = top.parentElement;
          found.add(
            `${top.tagName.toLowerCase()}#${top.id}: ${(top.textContent ?? '').trim().slice(0, 60)}`,
          );
        }
        return [...found];
      }, ROOTS);
      expect.soft(hidden, `${path}: text hidden without JavaScript`).toEqual([]);

      // Every island and workspace element belongs to a widget this test knows.
      const unknown = await page.evaluate(
        (roots) =>
          [...document.querySelectorAll('main astro-island, main *')]
            .filter(
              (element) => element.tagName === 'ASTRO-ISLAND' || element.tagName.startsWith('AIQ-'),
            )
            .filter(
              (element) => !element.closest(roots.join()) && !element.querySelector(roots.join()),
            )
            .map((element) => element.tagName.toLowerCase()),
        ROOTS,
      );
      expect.soft(unknown, `${path}: widgets without a by-hand check here`).toEqual([]);

      for (const { root, byHand } of WIDGETS) {
        const widgets = page.locator(root);
        for (const widget of await widgets.all()) {
          seen.add(root);
          // Playwright's text locators skip <noscript>; with scripting off its content is
          // ordinary, visible markup.
          await expect
            .soft(widget.locator('noscript > *').filter({ hasText: byHand }))
            .toBeVisible();
        }
      }
    });
  }
  expect(
    ROOTS.filter((root) => !seen.has(root)),
    'widgets found on no page',
  ).toEqual([]);
});
