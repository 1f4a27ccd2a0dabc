/**
 * The built guide, end to end in Chromium: every page answers with its heading and no console
 * errors, the sidebar keeps the customer's order, the portal-layout tabs follow the reader,
 * search finds the final notes, the source guide's phrases are on the built pages, and axe finds
 * no WCAG 2.2 AA violation in either theme.
 */
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page as BrowserPage } from '@playwright/test';
import { coveredPhrases, normalizeText, renderedPhrase } from '../support/source-coverage';

/** URLs CSMs and support link to: a missing one must fail even if the sitemap forgot it. */
const REQUIRED_PAGES = [
  '/',
  '/prepare/',
  '/create-app/',
  '/connect/',
  '/attribute-mapping/',
  '/start-provisioning/',
  '/after-setup/',
  '/troubleshooting/',
  '/for-csms/',
];

/** The customer's path, in order, as the sidebar must list it (other entries may sit between). */
const STEP_ORDER = [
  '/',
  '/prepare/',
  '/create-app/',
  '/connect/',
  '/attribute-mapping/',
  '/start-provisioning/',
  '/after-setup/',
];

/** Pages the build published, so a page added later is covered without touching this file. */
function sitemapPages(): string[] {
  const sitemap = new URL('../../dist/client/sitemap-0.xml', import.meta.url);
  if (!existsSync(sitemap))
    throw new Error(
      'dist/client/sitemap-0.xml is missing: run `npm run build` before the e2e tests.',
    );
  return [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
}

const ALL_PAGES = [...new Set([...REQUIRED_PAGES, ...sitemapPages()])].sort();
const NOT_FOUND_PATH = '/no-such-step/';
const THEMES = ['light', 'dark'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PORTAL_TABS = 'starlight-tabs[data-sync-key="portal"]';

/** Collects console errors and uncaught exceptions while a page is open. */
function watchForErrors(page: BrowserPage): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  // Chromium's "Failed to load resource" message omits the URL; record it so a failure says which.
  page.on('response', (response) => {
    if (response.status() >= 400)
      errors.push(`HTTP ${response.status()}: ${new URL(response.url()).pathname}`);
  });
  return errors;
}

test.describe('every page', () => {
  for (const path of ALL_PAGES) {
    test(`${path} answers 200 with its heading and no console errors`, async ({ page }) => {
      const errors = watchForErrors(page);
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      const heading = page.locator('main h1');
      await expect(heading).toHaveCount(1);
      await expect(heading).toBeVisible();
      await expect(heading).not.toHaveText('');
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  test('an unknown URL answers 404 with the not-found page', async ({ page }) => {
    const response = await page.goto(NOT_FOUND_PATH);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the Overview' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});

test('the sidebar lists the set-up steps in order', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('nav[aria-label="Main"] a');
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
  );
  expect(hrefs.filter((href) => STEP_ORDER.includes(href))).toEqual(STEP_ORDER);
  const labels = (await links.allTextContents()).map((label) => label.trim());
  const numbered = labels.filter((label) => /^\d\. /.test(label));
  expect(numbered).toEqual([
    '1. Prepare',
    '2. Create the app',
    '3. Connect',
    '4. Attribute mapping',
    '5. Start provisioning',
  ]);
});

test('the portal-layout choice follows the reader across pages and reloads', async ({ page }) => {
  await page.goto('/connect/');
  const tabSets = page.locator(PORTAL_TABS);
  expect(await tabSets.count()).toBeGreaterThan(1);
  await expect(tabSets.first().getByRole('tab', { name: 'Newer layout' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await tabSets.first().getByRole('tab', { name: 'Classic layout' }).click();

  // Every tab set on the page switches together.
  for (const tabs of await tabSets.all()) {
    await expect(tabs.getByRole('tab', { name: 'Classic layout' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }

  await page.reload();
  for (const tabs of await page.locator(PORTAL_TABS).all()) {
    await expect(tabs.getByRole('tab', { name: 'Classic layout' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }

  await page.goto('/attribute-mapping/');
  const otherPageTabs = page.locator(PORTAL_TABS);
  expect(await otherPageTabs.count()).toBeGreaterThan(0);
  for (const tabs of await otherPageTabs.all()) {
    await expect(tabs.getByRole('tab', { name: 'Classic layout' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(tabs.getByRole('tab', { name: 'Newer layout' })).toHaveAttribute(
      'aria-selected',
      'false',
    );
  }
  // The classic steps are the ones on screen (the page has several tab sets that mention them).
  const classicPanels = page
    .getByRole('tabpanel', { includeHidden: true })
    .filter({ hasText: 'Show advanced options' });
  const newerPanels = page
    .getByRole('tabpanel', { includeHidden: true })
    .filter({ hasText: 'Edit schema' });
  expect(await classicPanels.count()).toBeGreaterThan(0);
  expect(await newerPanels.count()).toBeGreaterThan(0);
  for (const panel of await classicPanels.all()) await expect(panel).toBeVisible();
  for (const panel of await newerPanels.all()) await expect(panel).toBeHidden();
});

test('search finds the final notes by "Research Pro"', async ({ page }) => {
  await page.goto('/');
  const searchButton = page.getByRole('button', { name: 'Search' });
  await expect(searchButton).toBeEnabled();
  await searchButton.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Search' }).fill('Research Pro');
  // Pagefind fetches its index and WebAssembly on first search: allow for a slow, shared machine.
  await expect(dialog.locator('a[href*="/after-setup/"]').first()).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByText('Research Pro').first()).toBeVisible();
});

test.describe('the source guide on the built pages', () => {
  const byPage = Map.groupBy(coveredPhrases, (phrase) => phrase.page);
  for (const [pageName, phrases] of byPage) {
    const path = pageName === 'index' ? '/' : `/${pageName}/`;
    test(`${path} carries its ${phrases.length} source phrases`, async ({ page }) => {
      await page.goto(path);
      // textContent, not innerText: the other layout's tab panel is hidden but part of the page.
      const text = normalizeText((await page.locator('main').textContent()) ?? '');
      const missing = phrases
        .map((phrase) => renderedPhrase(phrase) ?? phrase.fromConfig?.holds ?? phrase.source)
        .filter((wanted) => !text.includes(normalizeText(wanted)));
      expect(missing).toEqual([]);
    });
  }
});

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // An axe pass over a full page is CPU-heavy; on a shared 2-core CI machine it can outlast the default 30 s.
  test.describe.configure({ timeout: 120_000 });
  for (const theme of THEMES) {
    for (const path of [...ALL_PAGES, NOT_FOUND_PATH]) {
      test(`${path} in the ${theme} theme has no violations`, async ({ page }) => {
        await page.addInitScript(
          (chosen) => localStorage.setItem('starlight-theme', chosen),
          theme,
        );
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  }
});
