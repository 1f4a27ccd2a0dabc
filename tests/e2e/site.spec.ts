/**
 * The built guide, end to end in Chromium: every page answers with its heading, its source-guide
 * phrases, no console errors and no Content-Security-Policy violation with its islands hydrated,
 * axe finds no WCAG 2.2 AA violation in either theme, and it does not scroll sideways at 360 px
 * (one page load for all of it); the sidebar and Previous / Next follow the step list; the portal-layout
 * tabs follow the reader; search finds what support asks for.
 */
import { expect, test } from '@playwright/test';
import { findGuideStep, guideSteps, stepHref } from '../../src/lib/steps';
import { coveredPhrases, normalizeText, renderedPhrase } from '../support/source-coverage';
import { expectNoAxeViolationsInBothThemes, useTheme, watchForErrors } from './support/a11y';
import { ALL_PAGES } from './support/pages';
import { hydrateAllIslands, watchCspViolations } from './support/csp';

const NOT_FOUND_PATH = '/no-such-step/';
const PORTAL_TABS = 'starlight-tabs[data-sync-key="portal"]';
const phrasesByPage = Map.groupBy(coveredPhrases, (phrase) =>
  phrase.page === 'index' ? '/' : stepHref({ slug: phrase.page }),
);

// Two whole-page axe passes per page, and walks through several pages, are CPU-heavy: on a shared
// 2-core CI machine allow for that. Nothing here asserts on time.
test.describe.configure({ timeout: 120_000 });

test.describe('every page', () => {
  for (const path of ALL_PAGES) {
    const phrases = phrasesByPage.get(path) ?? [];
    const step = findGuideStep(path.replaceAll('/', ''));
    test(`${path}: 200, its heading${phrases.length ? `, its ${phrases.length} source phrases` : ''}, no console errors, axe clean in both themes`, async ({
      page,
    }) => {
      const errors = watchForErrors(page);
      const cspViolations = await watchCspViolations(page);
      await useTheme(page, 'light');
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      const heading = page.locator('main h1');
      await expect(heading).toHaveCount(1);
      await expect(heading).toBeVisible();
      await expect(heading).not.toHaveText('');
      if (step) await expect(heading).toHaveText(step.label);
      // "Mark this step as done" belongs to the step pages, and only to them.
      const markDone = page.getByRole('checkbox', { name: 'Mark this step as done' });
      await expect(markDone).toHaveCount(step ? 1 : 0);
      if (step) {
        await expect(markDone).toBeVisible();
        await expect(
          page.getByText(`Step ${step.position} of ${guideSteps.length}: ${step.title}`),
        ).toBeVisible();
      }

      // textContent, not innerText: the other layout's tab panel is hidden but part of the page.
      const text = normalizeText((await page.locator('main').textContent()) ?? '');
      const missing = phrases
        .map((phrase) => renderedPhrase(phrase) ?? phrase.fromConfig?.holds ?? phrase.source)
        .filter((wanted) => !text.includes(normalizeText(wanted)));
      expect(missing, 'source phrases missing from the built page').toEqual([]);

      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expectNoAxeViolationsInBothThemes(page);
      // On a phone the page never scrolls sideways (each widget state at 360, 640 and 1280 px:
      // layout.spec.ts).
      await page.setViewportSize({ width: 360, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
      // Checked last, after both axe passes and with every island hydrated: nothing the page runs
      // breaks the Content-Security-Policy or logs an error.
      await hydrateAllIslands(page);
      expect(await cspViolations(), 'CSP violations').toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('an unknown URL answers 404 with the not-found page, axe clean in both themes', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await useTheme(page, 'light');
    const response = await page.goto(NOT_FOUND_PATH);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the Overview' })).toHaveAttribute(
      'href',
      '/',
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectNoAxeViolationsInBothThemes(page);
    expect(errors).toEqual([]);
  });
});

test('the sidebar and Previous / Next walk the steps in the list’s order', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('nav[aria-label="Main"] a');
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
  );
  const stepOrder = ['/', ...guideSteps.map(stepHref)];
  expect(hrefs.filter((href) => stepOrder.includes(href))).toEqual(stepOrder);
  const labels = (await links.allTextContents()).map((label) => label.trim());
  expect(labels.filter((label) => /^\d+\. /.test(label))).toEqual(
    guideSteps.filter((step) => step.number !== undefined).map((step) => step.label),
  );

  // From the Overview, Next leads through every step in order, each titled with its number.
  for (const [index, step] of guideSteps.entries()) {
    const next = page.locator('.pagination-links a[rel="next"]');
    await expect(next.locator('.link-title')).toHaveText(step.label);
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${stepHref(step)}$`));
    await expect(page.locator('main h1')).toHaveText(step.label);
    await expect(page).toHaveTitle(`${step.label} | ApartmentIQ SCIM setup`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', step.label);
    await expect(page.locator('.pagination-links a[rel="prev"] .link-title')).toHaveText(
      guideSteps[index - 1]?.label ?? 'Overview',
    );
  }
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

test('search finds the final notes, the diagnostic codes and Entra’s error strings', async ({
  page,
}) => {
  await page.goto('/');
  const open = page.getByRole('button', { name: 'Search' }).first();
  await expect(open).toBeEnabled();
  await open.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('textbox', { name: 'Search' });
  const results = dialog.locator('.pagefind-ui__result-link');

  for (const [query, expectedPage] of [
    ['Research Pro', /\/(support|checklist|after-setup)\//],
    ['unauthorized', /\/(support|troubleshooting)\//],
    ['SystemForCrossDomainIdentityManagementServiceIncompatible', /\/support\//],
  ] as const) {
    await test.step(`"${query}"`, async () => {
      await input.fill(query);
      // Wait for this query's results ("3 results for …"), not "Searching for …" or the previous
      // query's. Pagefind fetches its index, WebAssembly and each result's fragment on demand:
      // allow for a slow, shared machine.
      await expect(dialog.locator('.pagefind-ui__message')).toHaveText(
        new RegExp(`^\\d+ results? for .*${query}`),
        { timeout: 20_000 },
      );
      await expect(results.first()).toBeVisible({ timeout: 20_000 });
      const hrefs = await results.evaluateAll((links) =>
        links.map((link) => link.getAttribute('href') ?? ''),
      );
      expect(hrefs.some((href) => expectedPage.test(href))).toBe(true);
      if (query === 'Research Pro') {
        await expect(dialog.locator('a[href*="/after-setup/"]').first()).toBeVisible();
        await expect(dialog.getByText('Research Pro').first()).toBeVisible();
      }
    });
  }
});
