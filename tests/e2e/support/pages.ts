/** The built guide's pages, for browser tests that visit every one. */
import { existsSync, readFileSync } from 'node:fs';
import { guideSteps, stepHref } from '../../../src/lib/steps';

/** URLs CSMs and support link to: a missing one must fail even if the sitemap forgot it. */
const REQUIRED_PAGES = ['/', ...guideSteps.map(stepHref), '/troubleshooting/', '/for-csms/'];

/** Pages the build published, so a page added later is covered without touching the tests. */
function sitemapPages(): string[] {
  const sitemap = new URL('../../../dist/client/sitemap-0.xml', import.meta.url);
  if (!existsSync(sitemap))
    throw new Error(
      'dist/client/sitemap-0.xml is missing: run `npm run build` before the e2e tests.',
    );
  return [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
}

/** Every page: the required ones and the sitemap's, sorted. */
export const ALL_PAGES = [...new Set([...REQUIRED_PAGES, ...sitemapPages()])].sort();
