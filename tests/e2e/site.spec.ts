/**
 * The built guide, end to end in Chromium: every page (the Okta track's too) answers with its
 * heading, its source-guide phrases, no console errors and no Content-Security-Policy violation
 * with its islands hydrated, axe finds no WCAG 2.2 AA violation in either theme, and it does not
 * scroll sideways at 360 px (one page load for all of it); the sidebar and Previous / Next follow
 * the reader's track; the track choice and the portal-layout
 * tabs follow the reader; search finds what support asks for.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  findGuideStep,
  guideSteps,
  oktaSteps,
  stepHref,
  trackSteps,
  tracksOfPage,
} from '../../src/lib/steps';
import {
  coveredPhrases,
  normalizeText,
  oktaCoveredPhrases,
  renderedPhrase,
} from '../support/source-coverage';
import { expectNoAxeViolationsInBothThemes, useTheme, watchForErrors } from './support/a11y';
import { ALL_PAGES } from './support/pages';
import { hydrateAllIslands, watchCspViolations } from './support/csp';

const NOT_FOUND_PATH = '/no-such-step/';
const PORTAL_TABS = 'starlight-tabs[data-sync-key="portal"]';
const TRACK_TABS = 'starlight-tabs[data-sync-key="track"]';
const phrasesByPage = Map.groupBy([...coveredPhrases, ...oktaCoveredPhrases], (phrase) =>
  phrase.page === 'index' ? '/' : stepHref({ slug: phrase.page }),
);

/** The sidebar's links the reader sees (the other track's group is there, but hidden). */
async function visibleSidebarLinks(page: Page) {
  const links = page.locator('nav[aria-label="Main"] a:visible');
  return {
    hrefs: await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '')),
    labels: (await links.allTextContents()).map((label) => label.trim()),
  };
}

// Two whole-page axe passes per page, and walks through several pages, are CPU-heavy: on a shared
// 2-core CI machine allow for that. Nothing here asserts on time.
test.describe.configure({ timeout: 120_000 });

test.describe('every page', () => {
  for (const path of ALL_PAGES) {
    const phrases = phrasesByPage.get(path) ?? [];
    const step = findGuideStep(path.replace(/^\/|\/$/g, ''));
    const stepCount = step ? trackSteps[tracksOfPage(step.slug)[0] ?? 'entra'].length : 0;
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
          page.getByText(`Step ${step.position} of ${stepCount}: ${step.title}`),
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

for (const [track, steps] of [
  ['Entra ID', guideSteps],
  ['Okta', oktaSteps],
] as const) {
  test(`${track}: the sidebar and Previous / Next walk the track’s steps in the list’s order`, async ({
    page,
  }) => {
    await page.goto(track === 'Okta' ? stepHref(oktaSteps[0]!) : '/');
    if (track === 'Okta') await page.goto('/'); // the Okta page chose Okta; the Overview keeps it
    await expect(
      page.locator(TRACK_TABS).first().getByRole('tab', { name: track }),
    ).toHaveAttribute('aria-selected', 'true');
    const { hrefs, labels } = await visibleSidebarLinks(page);
    const stepOrder = ['/', ...steps.map(stepHref)];
    expect(hrefs.filter((href) => stepOrder.includes(href))).toEqual(stepOrder);
    expect(labels.filter((label) => /^\d+\. /.test(label))).toEqual(
      steps.filter((step) => step.number !== undefined).map((step) => step.label),
    );

    // From the Overview, Next leads through every step in order, each titled with its number.
    for (const [index, step] of steps.entries()) {
      const next = page.locator('.pagination-links:visible a[rel="next"]');
      await expect(next.locator('.link-title')).toHaveText(step.label);
      await next.click();
      await expect(page).toHaveURL(new RegExp(`${stepHref(step)}$`));
      await expect(page.locator('main h1')).toHaveText(step.label);
      const named =
        track === 'Okta' && step.number !== undefined ? `${step.label} (Okta)` : step.label;
      await expect(page).toHaveTitle(`${named} | ApartmentIQ SCIM setup`);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', named);
      await expect(page.locator('.pagination-links:visible a[rel="prev"] .link-title')).toHaveText(
        steps[index - 1]?.label ?? 'Overview',
      );
    }
  });
}

test('the track choice follows the reader across pages, reloads and links', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchForErrors(page);
  const selected = (name: string) =>
    page.locator(TRACK_TABS).first().getByRole('tab', { name, exact: true });

  // Entra ID is the default; picking Okta on the Overview switches every part of the page at once.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-aiq-track', 'entra');
  await expect(selected('Entra ID')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('link', { name: '1. Prepare', exact: true }).first()).toHaveAttribute(
    'href',
    '/prepare/',
  );
  await selected('Okta').click();
  await expect(page.locator('html')).toHaveAttribute('data-aiq-track', 'okta');
  for (const tabs of await page.locator(TRACK_TABS).all())
    await expect(tabs.getByRole('tab', { name: 'Okta' })).toHaveAttribute('aria-selected', 'true');
  expect((await visibleSidebarLinks(page)).hrefs).toContain('/okta/connect/');
  expect((await visibleSidebarLinks(page)).hrefs).not.toContain('/connect/');
  await expect(page.locator('.pagination-links:visible a[rel="next"]')).toHaveAttribute(
    'href',
    '/okta/prepare/',
  );

  // A reload and a shared page keep it: After setup counts as the Okta track's last step.
  await page.reload();
  await expect(selected('Okta')).toHaveAttribute('aria-selected', 'true');
  await page.goto('/after-setup/');
  await expect(selected('Okta')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(`Step 5 of ${oktaSteps.length}: After setup`)).toBeVisible();
  await expect(page.locator('.pagination-links:visible a[rel="prev"]')).toHaveAttribute(
    'href',
    stepHref(oktaSteps.at(-2)!),
  );

  // Opening a page of the other track (a link into it) makes that track the choice.
  await page.goto('/connect/');
  await expect(page.locator('html')).toHaveAttribute('data-aiq-track', 'entra');
  await page.goto('/troubleshooting/');
  await expect(selected('Entra ID')).toHaveAttribute('aria-selected', 'true');
  expect(errors).toEqual([]);
  await context.close();

  // A CSM's link into the Okta track, in a browser that has never seen the guide.
  const fresh = await browser.newContext();
  const linked = await fresh.newPage();
  await linked.goto('/okta/prepare/?tenant=https%3A%2F%2Facme.apartmentiq.io%2Fscim%2Fv2');
  await expect(linked.locator('html')).toHaveAttribute('data-aiq-track', 'okta');
  await linked.goto('/');
  await expect(
    linked.locator(TRACK_TABS).first().getByRole('tab', { name: 'Okta', exact: true }),
  ).toHaveAttribute('aria-selected', 'true');
  await fresh.close();
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

test.describe('search loads when the reader heads for it (src/components/SearchOnDemand.astro)', () => {
  /** Pagefind's UI (script) and the search dialog's stylesheet, as the page requested them. */
  function recordSearchFiles(page: Page): string[] {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/^\/_astro\/(?:ui-core\.[\w-]+\.js|search-dialog\.aiq\.[\w-]+\.css)$/.test(path))
        fetched.push(path.replace(/\.[\w-]+\.(js|css)$/, '.$1'));
    });
    return fetched;
  }
  /** Pagefind's own rule for its search box (64px × its 0.8 scale, about 51 px): its styles apply. */
  const inputHeight = (input: Locator) =>
    input.evaluate((element) => Math.round(parseFloat(getComputedStyle(element).height)));
  const STYLED_INPUT_HEIGHT = 51;

  test('nothing of it with the page; Ctrl+K then loads it, focuses the box and searches', async ({
    page,
  }) => {
    const fetched = recordSearchFiles(page);
    await page.goto('/support/');
    const open = page.getByRole('button', { name: 'Search' }).first();
    await expect(open).toBeEnabled();
    // Starlight mounts Pagefind's UI once the browser is idle after load: give that time to pass.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestIdleCallback(() => setTimeout(resolve, 500), { timeout: 2000 }),
        ),
    );
    expect(fetched, 'loaded with the page').toEqual([]);
    await expect(page.locator('#starlight__search')).toBeEmpty();

    // The keyboard shortcut with nothing loaded yet: the box takes the focus once it is there, so
    // typing straight away searches.
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    expect([...fetched].sort()).toEqual(['/_astro/search-dialog.aiq.css', '/_astro/ui-core.js']);
    expect(await inputHeight(input)).toBe(STYLED_INPUT_HEIGHT);
    await page.keyboard.type('unauthorized');
    await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/^\d+ results? for/, {
      timeout: 20_000,
    });

    // Closed and opened again: nothing is loaded twice, the box keeps the focus.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await open.click();
    await expect(input).toBeFocused();
    expect(fetched).toHaveLength(2);
  });

  test('what is typed before Pagefind’s UI arrives carries over to it and is searched', async ({
    page,
  }) => {
    // Hold Pagefind's UI back, as a slow connection would, until the reader has typed.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/ui-core\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/troubleshooting/');
    await expect(page.getByRole('button', { name: 'Search' }).first()).toBeEnabled();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    // The stand-in box has the focus at once (on a phone, that is what opens the keyboard).
    const standIn = dialog.getByRole('searchbox', { name: 'Search' });
    await expect(standIn).toBeFocused();
    await page.keyboard.type('unauthorized');
    release();
    const input = dialog.getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('unauthorized');
    await expect(standIn).toHaveCount(0);
    await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/^\d+ results? for/, {
      timeout: 20_000,
    });
    expect(await inputHeight(input)).toBe(STYLED_INPUT_HEIGHT);
  });

  test('a pointer over the button, or focus on it, loads it before the dialog opens', async ({
    page,
  }) => {
    const fetched = recordSearchFiles(page);
    await page.goto('/');
    const open = page.getByRole('button', { name: 'Search' }).first();
    await expect(open).toBeEnabled();
    await open.hover();
    await expect.poll(() => fetched.length).toBe(2);
    // Mounted (styled) in the closed dialog, so the first open shows it at once.
    await expect(page.locator('#starlight__search input')).toHaveCount(1);

    const fetchedByKeyboard = recordSearchFiles(page);
    await page.goto('/checklist/');
    await expect(open).toBeEnabled();
    await open.focus();
    await expect.poll(() => fetchedByKeyboard.length).toBe(2);
    await page.keyboard.press('Enter');
    const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    expect(await inputHeight(input)).toBe(STYLED_INPUT_HEIGHT);
  });
});
