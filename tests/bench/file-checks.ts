/**
 * The dry run on a 50,000-row "Download users" file and the log doctor on a 100,000-entry log
 * download: the library's time in Node (what the worker runs), and in Chromium the time from
 * choosing the file to the report with the page's longest main-thread stall meanwhile (the worker
 * must keep the page responsive).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import {
  diagnoseLog,
  diagnoseLogFile,
  dryRun,
  dryRunFile,
  dryRunProblemsCsv,
  readProvisioningLogText,
  readUsersText,
} from '~/lib/exports';
import { largeLogEntries, largeUsersCsv } from '../unit/exports/fixtures.ts';
import { median } from './report.ts';

export interface FileCheckTiming {
  widget: string;
  size: string;
  bytes: number;
  /** Read (decode + parse) and analyse, separately, in Node. */
  readMs: number;
  analyseMs: number;
  /** The whole worker function, file to report, in Node. */
  wholeMs: number;
  /** In Chromium: choosing the file to the report on screen, and the longest main-thread stall. */
  browserMs?: number;
  longestStallMs?: number;
}

const time = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const round = (value: number) => Math.round(value);

export async function dryRunTiming(rows = 50_000, rounds = 3): Promise<FileCheckTiming> {
  const text = largeUsersCsv(rows);
  const bytes = new TextEncoder().encode(text);
  const read: number[] = [];
  const analyse: number[] = [];
  const whole: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let file: Extract<ReturnType<typeof readUsersText>, { ok: true }>['file'] | undefined;
    read.push(
      time(() => {
        const outcome = readUsersText(text);
        if (!outcome.ok)
          throw new Error(`the bench users file did not read: ${outcome.error.message}`);
        file = outcome.file;
      }),
    );
    analyse.push(
      time(() => {
        if (file) dryRunProblemsCsv(dryRun(file));
      }),
    );
    whole.push(await timeAsync(() => dryRunFile(new Blob([bytes]))));
  }
  return {
    widget: 'Provisioning dry run',
    size: `${rows.toLocaleString('en-US')} users`,
    bytes: bytes.length,
    readMs: round(median(read)),
    analyseMs: round(median(analyse)),
    wholeMs: round(median(whole)),
  };
}

export async function logDoctorTiming(entries = 100_000, rounds = 3): Promise<FileCheckTiming> {
  const text = JSON.stringify(largeLogEntries(entries));
  const blob = new Blob([text]);
  const read: number[] = [];
  const analyse: number[] = [];
  const whole: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let outcome: ReturnType<typeof readProvisioningLogText> | undefined;
    read.push(time(() => (outcome = readProvisioningLogText(text))));
    if (!outcome?.ok) throw new Error('the bench log file did not read');
    const readEntries = outcome.entries;
    analyse.push(time(() => diagnoseLog(readEntries)));
    whole.push(await timeAsync(() => diagnoseLogFile(blob)));
  }
  return {
    widget: 'Provisioning-log doctor',
    size: `${entries.toLocaleString('en-US')} entries`,
    bytes: blob.size,
    readMs: round(median(read)),
    analyseMs: round(median(analyse)),
    wholeMs: round(median(whole)),
  };
}

/**
 * Chooses `file` in the widget on `path` and waits for the report, while a timer on the page
 * records the longest gap between its ticks (a stall of the main thread).
 */
async function timeInBrowser(
  browser: Browser,
  origin: string,
  path: string,
  label: string,
  file: string,
  done: string,
): Promise<{ browserMs: number; longestStallMs: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}${path}`);
    const input = page.getByLabel(label);
    await input.scrollIntoViewIfNeeded();
    // The input is enabled once the island has hydrated.
    await page.waitForFunction(() => document.querySelector('input[type="file"]:enabled') !== null);
    await page.evaluate(() => {
      const probe = { last: performance.now(), longest: 0 };
      (window as unknown as { stallProbe: typeof probe }).stallProbe = probe;
      const tick = () => {
        const now = performance.now();
        probe.longest = Math.max(probe.longest, now - probe.last);
        probe.last = now;
        setTimeout(tick, 10);
      };
      setTimeout(tick, 10);
    });
    const start = performance.now();
    await input.setInputFiles(file);
    await page.getByText(done).first().waitFor({ timeout: 300_000 });
    const browserMs = performance.now() - start;
    const longestStallMs = await page.evaluate(
      () => (window as unknown as { stallProbe: { longest: number } }).stallProbe.longest,
    );
    return { browserMs: round(browserMs), longestStallMs: round(longestStallMs) };
  } finally {
    await page.close();
  }
}

export async function fileCheckTimings(
  browser: Browser,
  origin: string,
): Promise<FileCheckTiming[]> {
  const dryRunResult = await dryRunTiming();
  const logResult = await logDoctorTiming();
  const dir = mkdtempSync(join(tmpdir(), 'aiq-bench-files-'));
  try {
    const usersFile = join(dir, 'exportUsers_2026-12-1.csv');
    writeFileSync(usersFile, largeUsersCsv(50_000));
    Object.assign(
      dryRunResult,
      await timeInBrowser(
        browser,
        origin,
        '/start-provisioning/',
        'Users file (.csv)',
        usersFile,
        'Checked exportUsers_2026-12-1.csv',
      ),
    );
    const logFile = join(dir, 'ProvisioningLogs.json');
    writeFileSync(logFile, JSON.stringify(largeLogEntries(100_000)));
    Object.assign(
      logResult,
      await timeInBrowser(
        browser,
        origin,
        '/troubleshooting/',
        'Provisioning-log file (.json)',
        logFile,
        'Read ProvisioningLogs.json',
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [dryRunResult, logResult];
}
