/**
 * Page weight read from a built site's files (no browser): what each page makes a visitor download,
 * gzip-compressed as a production host serves it. Deterministic, so the size budgets are a normal
 * test (tests/integration/page-budgets.test.ts); the bench uses the same reading for the bare
 * Starlight baseline it builds (tests/bench/bare-starlight.json) and reports it beside what a real
 * browser fetched.
 *
 * API (stable; used by the size-budget test and the bench):
 *
 *   measureBuiltSite(clientDir): BuiltPageWeight[]     every HTML page under clientDir (dist/client)
 *   budgets, checkBudgets(page, bare): BudgetMiss[]    the budgets of issue 14 and which a page misses
 *
 * What counts, per page (each file once, gzip level 9):
 * - css: every stylesheet the page links (print ones too: the browser downloads them) and each inline
 *   <style> (Astro inlines small stylesheets, so they are CSS the page applies all the same).
 * - jsOnLoad: the script files the browser fetches without the reader doing anything: module scripts
 *   and everything they import statically, and islands that hydrate on their own (client:load,
 *   client:idle, client:only). Inline scripts are part of the HTML document, as in the bench's
 *   browser figures and the table (Starlight's own theme and tab scripts, Astro's island
 *   bootstrap); they are listed in `files.inlineJs` and reported, not budgeted.
 * - jsHydrated: what client:visible / client:media islands add once they hydrate: component,
 *   renderer and their static imports, less what the page already loaded. Dynamic import()s are not
 *   followed: they load only when the code asks (e.g. the probe answer view once there is an answer).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { parse as parseHtml } from 'parse5';

export interface BuiltPageWeight {
  /** '/connect/', '/', '/404.html' */
  path: string;
  cssBytes: number;
  jsOnLoadBytes: number;
  jsHydratedBytes: number;
  /** The widgets of `budgets.onLoadWidgets` the page renders (its on-load JS budget then differs). */
  onLoadWidgets: string[];
  /** Inline scripts (gzip, each on its own): part of the HTML, reported beside the JS. */
  inlineJsBytes: number;
  /** The files behind each figure (site-absolute URLs; `inline #n` for inline styles and scripts). */
  files: { css: string[]; jsOnLoad: string[]; jsHydrated: string[]; inlineJs: string[] };
}

/** The budgets of issue 14, against bare Starlight's figures for the same page. */
export const budgets = {
  /** JS on load, content pages (no widget that starts on load): at most this times bare Starlight's. */
  jsOnLoadRatio: 1.05,
  /**
   * Widgets whose script starts with the page rather than when scrolled into view: the CSM link
   * builder (the issue's own budget for /for-csms/), the Overview's progress summary and Prepare's
   * role check. A page with one has bare Starlight's JS plus at most `onLoadWidgetExtraBytes`.
   */
  onLoadWidgets: ['aiq-csm-link-builder', 'aiq-progress-summary', 'aiq-role-check'],
  onLoadWidgetExtraBytes: 10 * 1024,
  /** CSS, every page: at most this times bare Starlight's. */
  cssRatio: 1.15,
  /** JS a page's widgets add once they hydrate, at most (bytes, gzip). */
  jsHydratedBytes: 80 * 1024,
} as const;

export interface BareFigures {
  js: number;
  css: number;
}

export type BudgetMetric = 'jsOnLoad' | 'css' | 'jsHydrated';

export interface BudgetMiss {
  path: string;
  metric: BudgetMetric;
  what: string;
  measured: number;
  limit: number;
}

/**
 * Budgets not met yet (issue 14), each with a ceiling it must not grow past: gzip bytes. The
 * size-budget test fails when a page misses a budget that is not listed here, when a listed page
 * grows past its ceiling, and when a listed page meets its budget again (then the entry goes).
 * Empty since 2026-12-02: every page meets every budget. The last misses (CSS on 10 of 16 pages,
 * 1.16–1.37 × bare, and the 404's JS, 23 bytes over) went when the search dialog's Pagefind UI and
 * styles stopped loading with every page (src/components/SearchOnDemand.astro): bare Starlight
 * loads about 26 KB of script and 3.2 KB of styles for a dialog most readers never open.
 */
export const knownMisses: Record<string, Partial<Record<BudgetMetric, number>>> = {};

/**
 * What the size-budget test reports for `misses` (every page's): a miss not in `known`, a known
 * miss past its ceiling, and a known miss whose budget is now met (its entry should go). Empty
 * when all is as the list says.
 */
export function unexpectedMisses(
  misses: BudgetMiss[],
  pages: string[],
  known: Record<string, Partial<Record<BudgetMetric, number>>> = knownMisses,
): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const problems = misses.flatMap((miss) => {
    const ceiling = known[miss.path]?.[miss.metric];
    if (ceiling === undefined)
      return [`${miss.path}: ${miss.what} ${kb(miss.measured)} > ${kb(miss.limit)}`];
    if (miss.measured > ceiling)
      return [`${miss.path}: ${miss.what} ${kb(miss.measured)} grew past its known ${kb(ceiling)}`];
    return [];
  });
  for (const [path, metrics] of Object.entries(known)) {
    if (!pages.includes(path)) continue;
    for (const metric of Object.keys(metrics) as BudgetMetric[])
      if (!misses.some((miss) => miss.path === path && miss.metric === metric))
        problems.push(`${path}: ${metric} is within budget now; remove it from knownMisses`);
  }
  return problems;
}

/** Which budgets `page` misses against bare Starlight's `bare` figures for the same page. */
export function checkBudgets(page: BuiltPageWeight, bare: BareFigures): BudgetMiss[] {
  const misses: BudgetMiss[] = [];
  const check = (metric: BudgetMetric, what: string, measured: number, limit: number) => {
    if (measured > limit) misses.push({ path: page.path, metric, what, measured, limit });
  };
  if (page.onLoadWidgets.length > 0)
    check(
      'jsOnLoad',
      `JS on load with ${page.onLoadWidgets.join(', ')} (bare + 10 KB)`,
      page.jsOnLoadBytes,
      bare.js + budgets.onLoadWidgetExtraBytes,
    );
  else
    check(
      'jsOnLoad',
      'JS on load (1.05 × bare)',
      page.jsOnLoadBytes,
      Math.round(bare.js * budgets.jsOnLoadRatio),
    );
  check('css', 'CSS (1.15 × bare)', page.cssBytes, Math.round(bare.css * budgets.cssRatio));
  check(
    'jsHydrated',
    'JS added by hydrated widgets (80 KB)',
    page.jsHydratedBytes,
    budgets.jsHydratedBytes,
  );
  return misses;
}

const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

type Node = {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
};

function* elements(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

const attr = (node: Node, name: string): string | undefined =>
  node.attrs?.find((a) => a.name === name)?.value;

const textOf = (node: Node): string =>
  (node.childNodes ?? [])
    .map((child) => (child.nodeName === '#text' ? (child.value ?? '') : ''))
    .join('');

/** Types of <script> a browser runs as JavaScript. */
const runnable = (type: string | undefined) =>
  type === undefined || type === '' || type === 'module' || type === 'text/javascript';

/**
 * Starlight's search script imports Pagefind's UI (`import()`) once the browser is idle after load:
 * the browser fetches it with no action from the reader, so in bare Starlight its dynamic imports
 * count as loaded. This site's search (src/components/SearchOnDemand.astro, another file name)
 * imports it when the reader heads for search, like every other import() that waits to be asked.
 */
const importsOnIdle = (url: string): boolean =>
  url.startsWith('/_astro/Search.astro_astro_type_script_');

/** Islands that hydrate as soon as the page loads (the rest wait for the reader). */
const eagerIslands = new Set(['load', 'idle', 'only']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function pagePath(clientDir: string, file: string): string {
  const rel = relative(clientDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/** Reads every page of a built site (`dist/client`). */
export async function measureBuiltSite(clientDir: string): Promise<BuiltPageWeight[]> {
  await init;
  const sizes = new Map<string, number>();
  const imports = new Map<string, string[]>();
  const read = (url: string): string => {
    const file = join(clientDir, ...url.split('/').filter(Boolean));
    return readFileSync(file, 'utf8');
  };
  const size = (url: string): number => {
    let bytes = sizes.get(url);
    if (bytes === undefined) {
      bytes = gzipSize(readFileSync(join(clientDir, ...url.split('/').filter(Boolean))));
      sizes.set(url, bytes);
    }
    return bytes;
  };
  /** A module's static imports as site-absolute URLs (its dynamic ones too when `dynamic`). */
  const staticImports = (source: string, base: string, dynamic = false): string[] =>
    parse(source)[0]
      .filter((entry) => (entry.d === -1 || (dynamic && entry.d >= 0)) && entry.n !== undefined)
      .map((entry) => new URL(entry.n ?? '', `http://site${base}`).pathname);
  /** `url` and every module it imports statically, transitively. */
  const closure = (urls: string[], into: Set<string>): Set<string> => {
    const queue = [...urls];
    while (queue.length > 0) {
      const url = queue.pop() ?? '';
      if (into.has(url)) continue;
      into.add(url);
      let next = imports.get(url);
      if (next === undefined) {
        next = staticImports(read(url), url, importsOnIdle(url));
        imports.set(url, next);
      }
      queue.push(...next);
    }
    return into;
  };

  return htmlFiles(clientDir).map((file) => {
    const path = pagePath(clientDir, file);
    const document = parseHtml(readFileSync(file, 'utf8')) as unknown as Node;
    const css: string[] = [];
    let inlineCss = 0;
    const inlineCssNames: string[] = [];
    const eager: string[] = [];
    const later: string[] = [];
    let inlineJs = 0;
    const inlineJsNames: string[] = [];
    const widgets = new Set<string>();
    for (const node of elements(document)) {
      if ((budgets.onLoadWidgets as readonly string[]).includes(node.nodeName))
        widgets.add(node.nodeName);
      if (
        node.nodeName === 'link' &&
        (attr(node, 'rel') ?? '').split(/\s+/).includes('stylesheet')
      ) {
        const href = attr(node, 'href');
        if (href) css.push(new URL(href, `http://site${path}`).pathname);
      } else if (node.nodeName === 'style') {
        inlineCss += gzipSize(textOf(node));
        inlineCssNames.push(`inline #${inlineCssNames.length + 1}`);
      } else if (node.nodeName === 'script' && runnable(attr(node, 'type'))) {
        const src = attr(node, 'src');
        if (src) eager.push(new URL(src, `http://site${path}`).pathname);
        else {
          const text = textOf(node);
          inlineJs += gzipSize(text);
          inlineJsNames.push(`inline #${inlineJsNames.length + 1}`);
          if (attr(node, 'type') === 'module') eager.push(...staticImports(text, path));
        }
      } else if (node.nodeName === 'astro-island') {
        const urls = ['component-url', 'renderer-url', 'before-hydration-url']
          .map((name) => attr(node, name))
          .filter((url): url is string => Boolean(url))
          .map((url) => new URL(url, `http://site${path}`).pathname);
        (eagerIslands.has(attr(node, 'client') ?? '') ? eager : later).push(...urls);
      }
    }
    const onLoad = closure(eager, new Set());
    const all = closure(later, new Set(onLoad));
    const hydrated = [...all].filter((url) => !onLoad.has(url));
    const uniqueCss = [...new Set(css)];
    const sum = (urls: string[]) => urls.reduce((total, url) => total + size(url), 0);
    return {
      path,
      cssBytes: sum(uniqueCss) + inlineCss,
      jsOnLoadBytes: sum([...onLoad]),
      jsHydratedBytes: sum(hydrated),
      onLoadWidgets: [...widgets],
      inlineJsBytes: inlineJs,
      files: {
        css: [...uniqueCss, ...inlineCssNames],
        jsOnLoad: [...onLoad],
        jsHydrated: hydrated,
        inlineJs: inlineJsNames,
      },
    };
  });
}

/** Bare Starlight's figures, written by `npm run bench` (tests/bench/bare-starlight.json). */
export interface BareBaseline {
  about: string;
  /** The versions it was measured on: a different installed Starlight makes the figures stale. */
  starlight: string;
  astro: string;
  measured: string;
  pages: Record<string, BareFigures>;
}

/**
 * Bare Starlight's figures for `path`; a page the baseline does not have (a new step) gets the
 * figures most bare pages share: bare Starlight's JS and CSS depend on the page's layout, not its text.
 */
export function bareFiguresFor(baseline: BareBaseline, path: string): BareFigures {
  const own = baseline.pages[path];
  if (own) return own;
  const counts = new Map<string, { figures: BareFigures; count: number }>();
  for (const figures of Object.values(baseline.pages)) {
    const key = `${figures.js}/${figures.css}`;
    const entry = counts.get(key) ?? { figures, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const typical = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (!typical) throw new Error('The bare Starlight baseline has no pages.');
  return typical.figures;
}
