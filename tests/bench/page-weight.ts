/** Page weight: what each page transfers (gzip-compressed, as a production host would serve it) and runs. */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  /** Compressed JS fetched before the reader scrolls (what every visit pays); inline scripts are in the HTML. */
  jsBytesOnLoad: number;
  requests: number;
  /** Uncompressed bytes of the scripts that actually ran, after scrolling the whole page. */
  jsExecutedBytes: number;
}

async function settle(page: import('@playwright/test').Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** Loads `origin + path` in a fresh context, scrolls to the end (so visible-hydrated islands load) and measures. */
export async function measurePage(
  browser: Browser,
  origin: string,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<{ type: string; bytes: number; afterLoad: boolean }>[] = [];
  let loaded = false;
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const afterLoad = loaded;
    sizes.push(
      response
        .body()
        .then((body) => ({ type, bytes: gzipSync(body, { level: 9 }).length, afterLoad }))
        .catch(() => ({ type, bytes: 0, afterLoad })),
    );
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(origin + path);
  await settle(page);
  loaded = true;
  // Scroll in steps so IntersectionObserver-driven (client:visible) islands see the viewport.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await settle(page);
  const coverage = await page.coverage.stopJSCoverage();
  const all = await Promise.all(sizes);
  await context.close();
  const sum = (filter: (entry: { type: string; afterLoad: boolean }) => boolean) =>
    all.filter(filter).reduce((total, entry) => total + entry.bytes, 0);
  const jsExecutedBytes = coverage
    .filter((entry) => entry.functions.some((fn) => fn.ranges.some((range) => range.count > 0)))
    .reduce((total, entry) => total + (entry.source?.length ?? 0), 0);
  return {
    path,
    htmlBytes: sum((e) => e.type === 'document'),
    cssBytes: sum((e) => e.type === 'stylesheet'),
    jsBytes: sum((e) => e.type === 'script'),
    jsBytesOnLoad: sum((e) => e.type === 'script' && !e.afterLoad),
    requests: all.length,
    jsExecutedBytes,
  };
}

/** The site's pages, from the sitemap the build writes. */
export function pagesFromSitemap(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1] ?? '/').pathname)
    .sort();
}
