/**
 * The Astro integration behind the site's security headers (issue 12, item 4). It runs at build
 * time only:
 *   - it makes src/server/entry.ts the server entry (dist/server/entry.mjs), in place of the Node
 *     adapter's own, which it wraps: `node dist/server/entry.mjs` stays the start command;
 *   - after the build (astro:build:done) it hashes every inline <script> and <style> of every
 *     built page into that page's Content-Security-Policy, and writes the policies for the Node
 *     server (dist/server/security-headers.json) and for static hosts (dist/client/_headers).
 * Imported by astro.config.mjs, so relative imports only (no `~` alias).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import {
  contentSecurityPolicy,
  inlineBlocks,
  pagePathOf,
  STATIC_HEADERS_FILE,
  staticHeadersFile,
  type HeaderManifest,
} from '../security-headers';

const ADAPTER_SERVER_ENTRY = '@astrojs/node/server.js';
export const HEADER_MANIFEST_FILE = 'security-headers.json';

/** Resolves the adapter's server entry, as the build's entry point only, to the site's own. */
function serverEntryPlugin(siteEntry: string): Plugin {
  return {
    name: 'aiq:server-entry',
    enforce: 'pre',
    resolveId(id, _importer, options) {
      if (id === ADAPTER_SERVER_ENTRY && options.isEntry) return siteEntry;
      return undefined;
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every built page's policy, from the inline blocks it really contains. */
export async function buildHeaderManifest(clientDir: string): Promise<HeaderManifest> {
  const pages: Record<string, string> = {};
  for (const file of await htmlFiles(clientDir)) {
    const { scripts, styles } = inlineBlocks(await readFile(file, 'utf8'));
    pages[pagePathOf(relative(clientDir, file))] = contentSecurityPolicy(scripts, styles);
  }
  const fallback = pages['/404.html'] ?? contentSecurityPolicy([], []);
  return { pages, fallback };
}

export default function securityHeaders(): AstroIntegration {
  let serverDir: URL | undefined;
  return {
    name: 'aiq:security-headers',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const siteEntry = fileURLToPath(new URL('./src/server/entry.ts', config.root));
        updateConfig({ vite: { plugins: [serverEntryPlugin(siteEntry)] } });
      },
      'astro:config:done': ({ config }) => {
        serverDir = config.build.server;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        const manifest = await buildHeaderManifest(clientDir);
        await writeFile(join(clientDir, STATIC_HEADERS_FILE), staticHeadersFile(manifest));
        if (serverDir) {
          await writeFile(
            new URL(HEADER_MANIFEST_FILE, serverDir),
            `${JSON.stringify(manifest, null, 2)}\n`,
          );
        }
        logger.info(
          `Content-Security-Policy for ${Object.keys(manifest.pages).length} pages (inline scripts and styles hashed)`,
        );
      },
    },
  };
}
