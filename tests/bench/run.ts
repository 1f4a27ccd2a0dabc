/**
 * `npm run bench`: builds the site, serves it, and reports page weight against a bare Starlight
 * baseline, Lighthouse scores, probe overhead and behaviour under load, and widget responsiveness.
 * Numbers are printed as Markdown (and written to bench-results/) against the budgets of the
 * benchmark issue; nothing here fails on time, a miss is reported.
 *
 * Flags: --no-build (reuse dist/), --skip=lighthouse,weight,probe,load,widgets
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { buildBaseline } from './baseline.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measurePage, pagesFromSitemap, type PageWeight } from './page-weight.ts';
import { startSite, startStatic } from './servers.ts';
import { markdownTable, kb, ratio } from './report.ts';

// The launcher bundles this file elsewhere, so it passes the project root explicitly.
const root = process.env['BENCH_ROOT'] ?? fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const skip = new Set(args.find((arg) => arg.startsWith('--skip='))?.slice('--skip='.length).split(',') ?? []);
const sections: string[] = [];
const json: Record<string, unknown> = {};

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const date = new Date().toISOString();
json['date'] = date;
json['machine'] = machine;

if (!args.includes('--no-build')) {
  console.error('bench: building the site…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const paths = pagesFromSitemap(readFileSync(join(root, 'dist/client/sitemap-0.xml'), 'utf8'));
const site = await startSite(root, { SCIM_PROBE_RATE_LIMIT: '0' });
try {
  if (!skip.has('weight')) {
    console.error(`bench: page weight of ${paths.length} pages and the bare Starlight baseline…`);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const baseline = await buildBaseline(browser, root, site.origin, paths);
      const baselineServer = await startStatic(baseline.dist);
      const rows: { site: PageWeight; bare: PageWeight }[] = [];
      for (const path of paths) {
        rows.push({ site: await measurePage(browser, site.origin, path), bare: await measurePage(browser, baselineServer.origin, path) });
      }
      await baselineServer.stop();
      baseline.cleanup();
      json['pageWeight'] = rows;
      sections.push(
        '### Page weight (gzip bytes; ratio to the same page in bare Starlight)\n\n' +
          markdownTable(
            ['page', 'HTML', 'CSS', 'JS on load', 'JS after scroll', 'JS ratio', 'requests', 'JS executed', 'executed ratio'],
            rows.map(({ site: s, bare: b }) => [
              s.path,
              `${kb(s.htmlBytes)} (${ratio(s.htmlBytes, b.htmlBytes)})`,
              `${kb(s.cssBytes)} (${ratio(s.cssBytes, b.cssBytes)})`,
              kb(s.jsBytesOnLoad),
              `${kb(s.jsBytes)} (+${kb(s.jsBytes - b.jsBytes)})`,
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
      '### Lighthouse (mobile profile)\n\n' +
        markdownTable(
          ['page', 'Perf', 'A11y', 'Best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'audits below 100'],
          results.map((r) => [r.path, r.performance, r.accessibility, r.bestPractices, r.seo, r.lcpMs, r.tbtMs, r.cls, r.failing.join(', ') || '—']),
        ),
    );
  }
} finally {
  await site.stop();
}

const markdown = `## Benchmark, ${date.slice(0, 10)}\n\nMachine: ${machine}\n\n${sections.join('\n\n')}\n`;
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.md'), markdown);
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(json, null, 2));
console.log(markdown);
