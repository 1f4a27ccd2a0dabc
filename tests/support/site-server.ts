/**
 * The built site's server (`dist/server/entry.mjs`) as a child process, for tests that need the
 * real POST /api/probe with its own environment (NODE_EXTRA_CA_CERTS is read only at process start).
 *
 * API (stable; reused by the integration tests and the benchmark):
 *
 *   ensureBuilt(): void
 *     Runs `npm run build` when dist/server/entry.mjs is missing or older than any file in src/
 *     (or astro.config.mjs, package.json). Call it once per run (a vitest globalSetup does).
 *
 *   startSiteServer({ env?, caFile? }): Promise<SiteServer>
 *     Starts the server on 127.0.0.1 with PORT=0 (the OS picks a port; it is read from the log),
 *     with `env` added to a minimal environment and NODE_EXTRA_CA_CERTS=caFile.
 *
 *   interface SiteServer {
 *     origin: string                    // http://127.0.0.1:PORT
 *     probe(body, init?): Promise<{ status, headers, json }>   // POST /api/probe (same-origin headers unless init overrides)
 *     output(): string                  // everything the server wrote to stdout and stderr so far
 *     peakRssBytes(): number | undefined  // the server's peak resident memory (Linux), for the benchmark
 *     close(): Promise<void>
 *   }
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const SERVER_ENTRY = join(PROJECT_ROOT, 'dist', 'server', 'entry.mjs');

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isBuildStale(): boolean {
  if (!existsSync(SERVER_ENTRY)) return true;
  const built = statSync(SERVER_ENTRY).mtimeMs;
  const sources = ['src', 'astro.config.mjs', 'package.json']
    .map((item) => join(PROJECT_ROOT, item))
    .filter((item) => existsSync(item));
  return sources.some((source) => newestMtime(source) > built);
}

export function ensureBuilt(): void {
  if (!isBuildStale()) return;
  // Vitest sets NODE_ENV=test, which would make Astro build React's development bundles and leave
  // out the search: build for production, as `npm run build` does from a shell.
  const { NODE_ENV: _testMode, ...env } = process.env;
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('npm run build failed; run it by hand to see why.');
}

export interface ProbeHttpResult {
  status: number;
  headers: Headers;
  /** Parsed JSON body (undefined when the body is not JSON). */
  json: unknown;
  text: string;
}

export interface SiteServer {
  origin: string;
  port: number;
  probe(
    body: unknown,
    init?: { headers?: Record<string, string>; rawBody?: string; method?: string },
  ): Promise<ProbeHttpResult>;
  output(): string;
  /** Peak resident memory of the server process so far, in bytes (Linux VmHWM; undefined elsewhere). */
  peakRssBytes(): number | undefined;
  close(): Promise<void>;
}

export interface SiteServerOptions {
  env?: Record<string, string>;
  caFile?: string;
  /** How long to wait for the server to listen. */
  startTimeoutMs?: number;
}

export async function startSiteServer(options: SiteServerOptions = {}): Promise<SiteServer> {
  if (!existsSync(SERVER_ENTRY))
    throw new Error(`${SERVER_ENTRY} is missing: run npm run build first.`);
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    HOST: '127.0.0.1',
    PORT: '0',
    ...(options.caFile ? { NODE_EXTRA_CA_CERTS: options.caFile } : {}),
    ...options.env,
  };
  // process.execPath is the project's Node 22 when the tests run through npm/npx.
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output}`)),
      options.startTimeoutMs ?? 20_000,
    );
    const poll = setInterval(() => {
      const match = /listening on https?:\/\/[^\s:]+:(\d+)/i.exec(output);
      if (match?.[1]) {
        clearInterval(poll);
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    }, 25);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    async probe(body, init = {}) {
      const response = await fetch(`${origin}/api/probe`, {
        method: init.method ?? 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: origin,
          'Sec-Fetch-Site': 'same-origin',
          ...init.headers,
        },
        ...(init.method === 'GET' || init.method === 'HEAD'
          ? {}
          : { body: init.rawBody ?? JSON.stringify(body) }),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, json, text };
    },
    output: () => output,
    peakRssBytes() {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? Number(match[1]) * 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
