/**
 * The size budgets of issue 14, on the built site: every page's JS and CSS against bare Starlight's
 * figures for the same page (tests/bench/bare-starlight.json, written by `npm run bench`), gzip.
 * Sizes are deterministic, so this is a normal test; timings and Lighthouse stay in the bench.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bareFiguresFor,
  checkBudgets,
  measureBuiltSite,
  unexpectedMisses,
  type BareBaseline,
  type BuiltPageWeight,
} from '../support/built-weight';

const clientDir = fileURLToPath(new URL('../../dist/client/', import.meta.url));
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));
const baseline = readJson('../bench/bare-starlight.json') as BareBaseline;
const installed = (
  readJson('../../node_modules/@astrojs/starlight/package.json') as {
    version: string;
  }
).version;

let pages: BuiltPageWeight[] = [];
beforeAll(async () => {
  pages = await measureBuiltSite(clientDir);
});

describe('size budgets against bare Starlight', () => {
  it('has a bare Starlight baseline measured on the installed Starlight', () => {
    // Stale figures make every ratio meaningless: refresh them with
    // `npm run bench -- --skip=lighthouse,probe,load,widgets,files`, which rewrites the file.
    expect(
      baseline.starlight,
      'tests/bench/bare-starlight.json was measured on another Starlight',
    ).toBe(installed);
    expect(Object.keys(baseline.pages).length).toBeGreaterThanOrEqual(10);
  });

  it('reads the built pages, their scripts and their widgets', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) {
      expect(page.jsOnLoadBytes, page.path).toBeGreaterThan(0);
      expect(page.cssBytes, page.path).toBeGreaterThan(0);
    }
    // The connection checker hydrates when it scrolls into view: its JS is counted, not on load.
    expect(pages.find((page) => page.path === '/connect/')?.jsHydratedBytes).toBeGreaterThan(0);
  });

  it('keeps every page within its JS and CSS budgets, or within the ceiling of a known miss', () => {
    const misses = pages.flatMap((page) => checkBudgets(page, bareFiguresFor(baseline, page.path)));
    expect(
      unexpectedMisses(
        misses,
        pages.map((page) => page.path),
      ),
    ).toEqual([]);
  });
});

describe('Starlight’s heading-anchor styles', () => {
  // They belong in the stylesheet every page shares. The catalogue's <AnchorHeading> imports
  // them a second time, which split them into an inline <style> on every page (twice on
  // Troubleshooting) until src/server/build/anchor-heading-styles.ts.
  const signature = '--sl-anchor-icon-size:';
  const cssOf = (html: string): string[] => [
    ...[...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g)].map((match) =>
      readFileSync(`${clientDir}${(match[1] ?? '').slice(1)}`, 'utf8'),
    ),
    ...[...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map(
      (match) => `inline:${match[1] ?? ''}`,
    ),
  ];

  it('are on every page exactly once, in a linked stylesheet', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const file = page.path.endsWith('.html')
        ? page.path.slice(1)
        : `${page.path.slice(1)}index.html`;
      const sheets = cssOf(readFileSync(`${clientDir}${file}`, 'utf8'));
      const holding = sheets.filter((sheet) => sheet.includes(signature));
      expect(holding.length, page.path).toBe(1);
      expect(holding[0]?.startsWith('inline:'), page.path).toBe(false);
    }
  });
});

describe('the search dialog’s Pagefind UI and styles (src/components/SearchOnDemand.astro)', () => {
  // Bare Starlight loads both with every page, for a dialog most readers never open: about 26 KB
  // of script once the browser is idle and 3.2 KB in the stylesheet every page shares.
  const pagefindStyles = '.pagefind-ui__search-input';

  it('are a stylesheet of their own, Starlight’s block with Pagefind’s styles in it', () => {
    const files = readdirSync(`${clientDir}_astro`).filter((file) =>
      /^search-dialog\.aiq\.[\w-]+\.css$/.test(file),
    );
    expect(files).toHaveLength(1);
    const sheet = readFileSync(`${clientDir}_astro/${files[0] ?? ''}`, 'utf8');
    expect(sheet).toContain(pagefindStyles);
    expect(sheet).toContain('#starlight__search');
    // Still in Starlight's cascade layer, as when Starlight put it in the shared stylesheet.
    expect(sheet).toContain('@layer starlight.core');
  });

  it('are in no page’s stylesheets or scripts on load', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const sheets = page.files.css
        .filter((name) => name.startsWith('/_astro/'))
        .map((name) => readFileSync(`${clientDir}${name.slice(1)}`, 'utf8'));
      expect(sheets.length, page.path).toBeGreaterThan(0);
      expect(
        sheets.some((sheet) => sheet.includes(pagefindStyles)),
        page.path,
      ).toBe(false);
      expect(
        page.files.jsOnLoad.filter((url) => url.includes('/ui-core.')),
        page.path,
      ).toEqual([]);
    }
  });
});
