/** What the size-budget test counts: a tiny built site with every kind of script, read by built-weight. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bareFiguresFor,
  budgets,
  checkBudgets,
  measureBuiltSite,
  unexpectedMisses,
  type BuiltPageWeight,
} from '../../support/built-weight';

const dir = mkdtempSync(join(tmpdir(), 'built-weight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/print.css" media="print">
    <style>p{color:red}</style>
    <script type="module" src="/_astro/entry.js"></script>
    <script type="module" src="/_astro/Search.astro_astro_type_script_index_0_lang.x.js"></script>
    <script>window.inline = 1;</script>
    <script type="application/ld+json">{"not":"js"}</script>
  </head><body>
    <astro-island component-url="/_astro/Widget.js" renderer-url="/_astro/client.js" client="visible"></astro-island>
    <astro-island component-url="/_astro/Eager.js" renderer-url="/_astro/client.js" client="load"></astro-island>
    <aiq-role-check></aiq-role-check>
  </body></html>`,
  'guide/index.html': `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body></body></html>`,
  '_astro/site.css': 'body{margin:0}',
  '_astro/print.css': '@media print{nav{display:none}}',
  '_astro/entry.js': 'import"./shared.js";export const later=()=>import("./answer-view.js");',
  '_astro/shared.js': 'export const shared=1;',
  '_astro/answer-view.js': 'export const view=1;',
  '_astro/Search.astro_astro_type_script_index_0_lang.x.js':
    'requestIdleCallback(async()=>{await import(`./ui-core.js`)});',
  '_astro/ui-core.js': 'export const ui=1;',
  '_astro/Widget.js':
    'import{shared}from"./shared.js";import"./widget-only.js";export const W=shared;',
  '_astro/widget-only.js': 'export const big="x".repeat(10);',
  '_astro/client.js': 'export default ()=>{};',
  '_astro/Eager.js': 'export const E=1;',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
}

describe('measureBuiltSite', () => {
  it('counts what a visit downloads: on load, once widgets hydrate, and the stylesheets', async () => {
    const pages = await measureBuiltSite(dir);
    expect(pages.map((page) => page.path)).toEqual(['/guide/', '/']);
    const home = pages[1];
    expect(home?.files.css).toEqual(['/_astro/site.css', '/_astro/print.css', 'inline #1']);
    // Static imports and eager islands load with the page; Starlight's search loads Pagefind's UI
    // on idle; other dynamic imports (an answer view) do not count.
    expect(new Set(home?.files.jsOnLoad)).toEqual(
      new Set([
        '/_astro/entry.js',
        '/_astro/shared.js',
        '/_astro/Search.astro_astro_type_script_index_0_lang.x.js',
        '/_astro/ui-core.js',
        '/_astro/Eager.js',
        '/_astro/client.js',
      ]),
    );
    // Inline scripts are part of the HTML: reported, not in the JS figures.
    expect(home?.files.inlineJs).toEqual(['inline #1']);
    expect(home?.inlineJsBytes).toBeGreaterThan(0);
    // The visible island adds only what the page did not already load.
    expect(new Set(home?.files.jsHydrated)).toEqual(
      new Set(['/_astro/Widget.js', '/_astro/widget-only.js']),
    );
    expect(home?.jsHydratedBytes).toBeGreaterThan(0);
    expect(home?.jsOnLoadBytes).toBeGreaterThan(home?.jsHydratedBytes ?? 0);
    expect(pages[0]?.jsOnLoadBytes).toBe(0);
    expect(home?.onLoadWidgets).toEqual(['aiq-role-check']);
    expect(pages[0]?.onLoadWidgets).toEqual([]);
  });
});

describe('checkBudgets', () => {
  const page = (path: string, jsOnLoadBytes: number, cssBytes: number, jsHydratedBytes = 0) =>
    ({
      path,
      jsOnLoadBytes,
      cssBytes,
      jsHydratedBytes,
      onLoadWidgets: path === '/for-csms/' ? ['aiq-csm-link-builder'] : [],
      inlineJsBytes: 0,
      files: { css: [], jsOnLoad: [], jsHydrated: [], inlineJs: [] },
    }) satisfies BuiltPageWeight;
  const bare = { js: 30_000, css: 12_000 };

  it('passes a page within every budget and reports each one a page misses', () => {
    expect(checkBudgets(page('/connect/', 31_500, 13_800, 80 * 1024), bare)).toEqual([]);
    expect(
      checkBudgets(page('/connect/', 31_501, 13_801, 80 * 1024 + 1), bare).map((m) => m.what),
    ).toEqual([
      'JS on load (1.05 × bare)',
      'CSS (1.15 × bare)',
      'JS added by hydrated widgets (80 KB)',
    ]);
  });

  it('gives a page with a widget that starts on load (the link builder) bare + 10 KB instead of the ratio', () => {
    const extra = budgets.onLoadWidgetExtraBytes;
    expect(checkBudgets(page('/for-csms/', 30_000 + extra, 12_000), bare)).toEqual([]);
    expect(checkBudgets(page('/for-csms/', 30_001 + extra, 12_000), bare)).toHaveLength(1);
  });

  it('gives a page the baseline lacks the figures most bare pages share', () => {
    const baseline = {
      about: '',
      starlight: '0',
      astro: '0',
      measured: '',
      pages: { '/404.html': { js: 1, css: 1 }, '/a/': bare, '/b/': bare },
    };
    expect(bareFiguresFor(baseline, '/new-step/')).toEqual(bare);
    expect(bareFiguresFor(baseline, '/404.html')).toEqual({ js: 1, css: 1 });
  });

  it('holds a known miss to its ceiling and wants its entry gone once the budget is met', () => {
    const misses = checkBudgets(page('/connect/', 31_000, 14_000), bare);
    expect(misses.map((miss) => miss.metric)).toEqual(['css']);
    expect(unexpectedMisses(misses, ['/connect/'], {})).toHaveLength(1);
    expect(unexpectedMisses(misses, ['/connect/'], { '/connect/': { css: 14_500 } })).toEqual([]);
    expect(unexpectedMisses(misses, ['/connect/'], { '/connect/': { css: 13_900 } })).toEqual([
      '/connect/: CSS (1.15 × bare) 13.7 KB grew past its known 13.6 KB',
    ]);
    expect(unexpectedMisses([], ['/connect/'], { '/connect/': { css: 14_500 } })).toEqual([
      '/connect/: css is within budget now; remove it from knownMisses',
    ]);
  });
});
