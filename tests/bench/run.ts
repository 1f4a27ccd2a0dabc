/**
 * `npm run bench`: builds the site, serves it, and reports page weight against a bare Starlight
 * baseline, Lighthouse scores, probe overhead and behaviour under load, and widget responsiveness.
 * Numbers are printed as Markdown (and written to bench-results/) against the budgets of the
 * benchmark issue; nothing here fails on time, a miss is reported.
 *
 * Flags: --no-build (reuse dist/), --skip=lighthouse,weight,probe,load,widgets,files
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { buildBaseline } from './baseline.ts';
import {
  bareFiguresFor,
  budgets,
  checkBudgets,
  knownMisses,
  measureBuiltSite,
  type BareBaseline,
} from '../support/built-weight.ts';
import { LIGHTHOUSE_RUNS_PER_PAGE, runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measurePage, pagesFromSitemap, type PageWeight } from './page-weight.ts';
import { startStatic } from './servers.ts';
import { startSiteServer } from '../support/site-server.ts';
import { probeOverhead, probeUnderLoad } from './probe.ts';
import { keystrokeTimings, schemaTiming } from './widgets.ts';
import { fileCheckTimings } from './file-checks.ts';
import { markdownTable, kb, ratio, signedKb } from './report.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const skip = new Set(
  args
    .find((arg) => arg.startsWith('--skip='))
    ?.slice('--skip='.length)
    .split(',') ?? [],
);
const sections: string[] = [];
const json: Record<string, unknown> = {};

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const date = new Date().toISOString();
json['date'] = date;
json['machine'] = machine;

const bareBaselineFile = join(root, 'tests/bench/bare-starlight.json');

function installedVersion(name: string): string {
  const manifest: unknown = JSON.parse(
    readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
  );
  return (manifest as { version: string }).version;
}

/** The size budgets, from the built files (what the size-budget test checks), as a table. */
async function budgetSection(bare: BareBaseline): Promise<unknown> {
  const pages = await measureBuiltSite(join(root, 'dist/client'));
  const rows = pages.map((page) => {
    const figures = bareFiguresFor(bare, page.path);
    const misses = checkBudgets(page, figures);
    const jsBudget =
      page.onLoadWidgets.length > 0
        ? `${signedKb(page.jsOnLoadBytes - figures.js)} (≤ +${kb(budgets.onLoadWidgetExtraBytes)})`
        : `${ratio(page.jsOnLoadBytes, figures.js)} (≤ ${budgets.jsOnLoadRatio})`;
    return {
      page,
      figures,
      misses,
      cells: [
        page.path,
        `${kb(page.jsOnLoadBytes)} / ${kb(figures.js)}`,
        jsBudget,
        `${kb(page.cssBytes)} / ${kb(figures.css)}`,
        `${ratio(page.cssBytes, figures.css)} (≤ ${budgets.cssRatio})`,
        `${kb(page.jsHydratedBytes)} (≤ ${kb(budgets.jsHydratedBytes)})`,
        kb(page.inlineJsBytes),
        misses.length === 0
          ? 'pass'
          : `miss: ${misses
              .map((miss) =>
                knownMisses[miss.path]?.[miss.metric] === undefined
                  ? `${miss.what} (not a known miss)`
                  : miss.what,
              )
              .join(', ')}`,
      ],
    };
  });
  sections.push(
    `### Size budgets (gzip, read from dist/ as \`npm test\` checks them; bare Starlight ${bare.starlight})\n\n` +
      markdownTable(
        [
          'page',
          'JS on load / bare',
          'JS ratio',
          'CSS / bare',
          'CSS ratio',
          'JS added once widgets hydrate',
          'inline JS (in the HTML)',
          'verdict',
        ],
        rows.map((row) => row.cells),
      ),
  );
  return rows.map(({ page, figures, misses }) => ({ ...page, bare: figures, misses }));
}

if (!args.includes('--no-build')) {
  console.error('bench: building the site…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const paths = pagesFromSitemap(readFileSync(join(root, 'dist/client/sitemap-0.xml'), 'utf8'));
const site = await startSiteServer({ env: { SCIM_PROBE_RATE_LIMIT: '0' } });
try {
  if (!skip.has('weight')) {
    console.error(`bench: page weight of ${paths.length} pages and the bare Starlight baseline…`);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const baseline = await buildBaseline(browser, root, site.origin, paths);
      const baselineServer = await startStatic(baseline.dist);
      const rows: { site: PageWeight; bare: PageWeight }[] = [];
      for (const path of paths) {
        rows.push({
          site: await measurePage(browser, site.origin, path),
          bare: await measurePage(browser, baselineServer.origin, path),
        });
      }
      await baselineServer.stop();
      // The size budgets' baseline (tests/integration/page-budgets.test.ts reads it): bare
      // Starlight's files, read the way the test reads dist/, with the versions they come from.
      const bareBaseline: BareBaseline = {
        about:
          'Bare Starlight (the same pages as plain Markdown, no custom components, CSS or scripts), read from its built files by tests/support/built-weight.ts; gzip bytes. Written by `npm run bench`.',
        starlight: installedVersion('@astrojs/starlight'),
        astro: installedVersion('astro'),
        measured: date.slice(0, 10),
        pages: Object.fromEntries(
          (await measureBuiltSite(baseline.dist)).map((page) => [
            page.path,
            { js: page.jsOnLoadBytes, css: page.cssBytes },
          ]),
        ),
      };
      writeFileSync(bareBaselineFile, JSON.stringify(bareBaseline, null, 2) + '\n');
      baseline.cleanup();
      json['pageWeight'] = rows;
      json['budgets'] = await budgetSection(bareBaseline);
      sections.push(
        '### Page weight (gzip bytes; ratio to the same page in bare Starlight)\n\n' +
          markdownTable(
            [
              'page',
              'HTML',
              'CSS',
              'JS on load',
              'JS after scroll',
              'JS ratio',
              'requests',
              'JS executed',
              'executed ratio',
            ],
            rows.map(({ site: s, bare: b }) => [
              s.path,
              `${kb(s.htmlBytes)} (${ratio(s.htmlBytes, b.htmlBytes)})`,
              `${kb(s.cssBytes)} (${ratio(s.cssBytes, b.cssBytes)})`,
              kb(s.jsBytesOnLoad),
              `${kb(s.jsBytes)} (${signedKb(s.jsBytes - b.jsBytes)})`,
              ratio(s.jsBytes, b.jsBytes),
              `${s.requests} (${b.requests})`,
              kb(s.jsExecutedBytes),
              ratio(s.jsExecutedBytes, b.jsExecutedBytes),
            ]),
          ),
      );
    } finally {
      await browser.close();
    }
  }

  if (!skip.has('lighthouse')) {
    console.error(`bench: Lighthouse (mobile) on ${paths.length} pages…`);
    const results: LighthouseResult[] = await runLighthouse(site.origin, paths);
    json['lighthouse'] = results;
    sections.push(
      `### Lighthouse (mobile profile), median of ${LIGHTHOUSE_RUNS_PER_PAGE} runs per page\n\n` +
        markdownTable(
          [
            'page',
            'Perf',
            'Perf, each run',
            'A11y',
            'Best pr.',
            'SEO',
            'LCP ms',
            'TBT ms',
            'CLS',
            'audits below 100',
          ],
          results.map((r) => [
            r.path,
            r.performance,
            r.performanceRuns.join(', '),
            r.accessibility,
            r.bestPractices,
            r.seo,
            r.lcpMs,
            r.tbtMs,
            r.cls,
            r.failing.join(', ') || '—',
          ]),
        ),
    );
  }

  if (!skip.has('files')) {
    console.error('bench: dry run on 50,000 users and log doctor on 100,000 entries…');
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const files = await fileCheckTimings(browser, site.origin);
      json['fileChecks'] = files;
      sections.push(
        '### File checks (the library in Node; in Chromium, file chosen to report shown, with the worker)\n\n' +
          markdownTable(
            [
              'widget',
              'file',
              'size',
              'read (decode, parse)',
              'analyse',
              'whole worker check',
              'in Chromium',
              'longest main-thread stall meanwhile',
            ],
            files.map((file) => [
              file.widget,
              file.size,
              `${(file.bytes / 2 ** 20).toFixed(1)} MiB`,
              `${file.readMs} ms`,
              `${file.analyseMs} ms`,
              `${file.wholeMs} ms`,
              file.browserMs === undefined ? 'n/a' : `${file.browserMs} ms`,
              file.longestStallMs === undefined ? 'n/a' : `${file.longestStallMs} ms`,
            ]),
          ),
      );
    } finally {
      await browser.close();
    }
  }
} finally {
  await site.close();
}

if (!skip.has('probe')) {
  console.error(
    'bench: probe overhead against local HTTPS SCIM servers (delayed and bare loopback)…',
  );
  const overhead = await probeOverhead();
  json['probeOverhead'] = overhead;
  sections.push(
    '### Probe overhead (POST /api/probe vs the same requests made directly, alternating in one run)\n\n' +
      markdownTable(
        [
          'endpoint',
          'rounds',
          'probe median (inside the server)',
          'direct median',
          'ratio',
          'budget',
          'probe verdict',
        ],
        [overhead.delayed, overhead.loopback].map((row) => [
          row.endpoint,
          row.rounds,
          `${row.probeMedianMs} ms (${row.probeServerMedianMs} ms)`,
          `${row.directMedianMs} ms`,
          row.ratio,
          row.rttMs > 0 ? `≤ 1.10: ${row.ratio <= 1.1 ? 'met' : 'missed'}` : 'reported only',
          row.verdict,
        ]),
      ) +
      `\n\nA slow endpoint (${overhead.slowDelayMs} ms per response): the probe takes ${overhead.slowProbeMedianMs} ms at the median; run one by one its four requests would take at least ${overhead.slowSequentialSumMs} ms.`,
  );
}

if (!skip.has('load')) {
  console.error('bench: 50 probes to a silent endpoint + 50 to a healthy one, at once…');
  const load = await probeUnderLoad();
  json['load'] = load;
  sections.push(
    '### Under load (50 probes to an endpoint that never answers + 50 to a healthy one, at once)\n\n' +
      markdownTable(
        [
          'silent: timeout',
          'silent: longest, seen by the client (by the server)',
          'probe limit',
          'healthy: pass',
          'page median',
          'page worst',
          'page samples',
          'server peak RSS',
        ],
        [
          [
            `${load.slowTimeouts}/${load.slowProbes}`,
            `${load.slowLongestMs} ms (${load.slowLongestServerMs} ms)`,
            `${load.probeLimitMs} ms`,
            `${load.healthyPassed}/${load.healthyProbes}`,
            `${load.pageMedianMs} ms`,
            `${load.pageWorstMs} ms`,
            load.pageSamples,
            load.peakRssMiB === undefined ? 'n/a' : `${load.peakRssMiB} MiB`,
          ],
        ],
      ),
  );
}

if (!skip.has('widgets')) {
  console.error('bench: widget responsiveness…');
  const keystrokes = keystrokeTimings();
  const template: unknown = JSON.parse(
    readFileSync(join(root, 'tests/fixtures/schema/entra-default-scim.json'), 'utf8'),
  );
  const schema = schemaTiming(template);
  json['keystrokes'] = keystrokes;
  json['schema'] = schema;
  sections.push(
    '### Widget responsiveness (the library calls each keystroke and each paste makes)\n\n' +
      markdownTable(
        ['check', 'keystrokes', 'median per keystroke', 'p99 per keystroke (budget < 1 ms)'],
        keystrokes.map((k) => [k.field, k.keystrokes, `${k.medianMicros} µs`, `${k.p99Micros} µs`]),
      ) +
      '\n\n' +
      markdownTable(
        [
          'provisioning schema',
          'mappings',
          'analyse',
          'clean',
          'analyse + clean (budget < 200 ms)',
          'whole worker check (parse, analyse, clean, serialise)',
        ],
        [
          [
            `${(schema.bytes / 2 ** 20).toFixed(2)} MiB`,
            schema.mappings,
            `${schema.analyzeMs} ms`,
            `${schema.cleanMs} ms`,
            `${(schema.analyzeMs + schema.cleanMs).toFixed(1)} ms`,
            `${schema.wholeCheckMs} ms`,
          ],
        ],
      ),
  );
}

const markdown = `## Benchmark, ${date.slice(0, 10)}\n\nMachine: ${machine}\n\n${sections.join('\n\n')}\n`;
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.md'), markdown);
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(json, null, 2));
console.log(markdown);
