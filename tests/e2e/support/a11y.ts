/**
 * Accessibility and page-health helpers every browser test shares: one way to run axe, both
 * themes on one page load, and a watcher for console errors. New specs use these instead of
 * building their own AxeBuilder (see the README's "Tests" notes).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG rules whose outcome the theme decides. Starlight's theme picker swaps colour tokens
 * (`data-theme` on <html>) and nothing else, so on the same page load every other rule has the same
 * DOM and the same answer in both themes: the second theme's pass runs these only. Colour contrast
 * is most of axe's time on a long page, but the other rules are not free either.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Every WCAG 2.2 AA violation on the page (or inside the `scope` selector), one readable line
 * each; empty when clean.
 *
 * Why it is fast: axe runs in the page itself (`setLegacyMode`). The default mode runs axe per
 * frame and then merges the results in a new blank page, which re-injects axe and cost 2–4 s per
 * call on the 2-core CI machine, most of an axe test's time. The guide has no iframes, so the
 * default mode would check nothing more; the frame count below keeps that true. Only violations
 * are collected (`resultTypes`): nothing here reads passes or incomplete results.
 */
export async function axeViolations(
  page: Page,
  scope?: string,
  /** Only these rules (e.g. COLOUR_RULES for a second theme); every WCAG 2.2 AA rule by default. */
  rules?: readonly string[],
): Promise<string[]> {
  expect(
    page.frames(),
    'axe runs in the page only: an iframe would need the default mode',
  ).toHaveLength(1);
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true);
  builder = rules ? builder.withRules([...rules]) : builder.withTags(WCAG_TAGS);
  if (scope) builder = builder.include(scope);
  const { violations } = await builder.analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

export async function expectNoAxeViolations(page: Page, scope?: string): Promise<void> {
  expect(await axeViolations(page, scope)).toEqual([]);
}

/** Switches to `theme` on the loaded page and checks what the theme decides (COLOUR_RULES). */
export async function expectNoColourViolationsIn(
  page: Page,
  theme: Theme,
  scope?: string,
): Promise<void> {
  await switchTheme(page, theme);
  expect(await axeViolations(page, scope, COLOUR_RULES), `${theme} theme`).toEqual([]);
}

/** Starlight reads the theme from localStorage before the first paint: call before `goto`. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
}

/**
 * Switches the theme on the loaded page the way a reader does, with Starlight's theme picker,
 * and waits until the page shows it. No reload: one navigation serves both themes' axe passes.
 */
export async function switchTheme(page: Page, theme: Theme): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true });
  await picker.first().selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Axe in the light theme, then the dark one, on one page load: `scope` as for axeViolations. The
 * light pass runs every WCAG 2.2 AA rule, the dark pass the rules a theme can change
 * (COLOUR_RULES). Each theme's violations are labelled, so a failure says which theme.
 */
export async function expectNoAxeViolationsInBothThemes(page: Page, scope?: string): Promise<void> {
  const found: string[] = [];
  for (const theme of THEMES) {
    await switchTheme(page, theme);
    const rules = theme === THEMES[0] ? undefined : COLOUR_RULES;
    found.push(...(await axeViolations(page, scope, rules)).map((line) => `${theme}: ${line}`));
  }
  expect(found).toEqual([]);
}

/**
 * Collects console errors, uncaught exceptions and failed requests while the page is open. The
 * page's own document is left out: tests assert its status themselves (404 for the not-found page).
 */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    if (url === page.url() && message.text().startsWith('Failed to load resource')) return;
    errors.push(`console: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  // Chromium's "Failed to load resource" message omits the URL; record it so a failure says which.
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      errors.push(`HTTP ${response.status()}: ${new URL(response.url()).pathname}`);
  });
  return errors;
}
