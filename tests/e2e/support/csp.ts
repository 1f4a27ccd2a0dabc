/**
 * Content-Security-Policy violations a page reports, and a way to hydrate every island on a page
 * (each `client:visible` island scrolled into view until Astro has hydrated it).
 */
import { expect, type Page } from '@playwright/test';

/** Every CSP violation the page reports, from the DOM event and from the console. Call before `goto`. */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

/** Brings each island into view and waits until Astro has hydrated them all (it drops `ssr`). */
export async function hydrateAllIslands(page: Page): Promise<void> {
  // In the page, not with locators: an island is `display: contents` (no box of its own), and a
  // locator made from a list of `[ssr]` islands points elsewhere once one of them hydrates, so
  // Playwright's scrolling waited for a box that never became "stable". Each island's first
  // rendered element is scrolled to in turn, two frames apart, so its IntersectionObserver sees it.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
      await frame();
      await frame();
    }
  });
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 30_000 });
}
