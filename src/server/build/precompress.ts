/**
 * The Astro integration that writes compressed copies of the built site's text files (issue 14):
 * after the build, each page, stylesheet, script, SVG, JSON and XML file of dist/client of at
 * least 1 KB gets a Brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy next to it, kept
 * when it saves at least 5 %, and dist/server/precompressed.json lists them for the Node server
 * (src/server/precompressed.ts). Listed last in astro.config.mjs, so it runs after Starlight's
 * search index and the security headers are written.
 * Imported by astro.config.mjs, so relative imports only (no `~` alias).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import {
  contentTypeFor,
  ENCODING_SUFFIX,
  MIN_COMPRESSIBLE_BYTES,
  PRECOMPRESSED_MANIFEST_FILE,
  type ContentEncoding,
  type PrecompressedManifest,
} from '../precompressed';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** A copy must save at least this share of the file to be worth a second representation. */
const MIN_SAVING = 0.05;

async function compress(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  if (encoding === 'br')
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  return gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
}

/** The files worth compressing, relative to `clientDir` with `/` separators. */
export async function compressibleFiles(clientDir: string): Promise<string[]> {
  const entries = await readdir(clientDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && contentTypeFor(entry.name) !== undefined)
    .map((entry) => relative(clientDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** Writes the compressed copies beside each file and returns the list for the server. */
export async function precompressClient(
  clientDir: string,
  serverDir: string,
): Promise<{ manifest: PrecompressedManifest; bytes: number; compressedBytes: number }> {
  const files: Record<string, ContentEncoding[]> = {};
  let bytes = 0;
  let compressedBytes = 0;
  await Promise.all(
    (await compressibleFiles(clientDir)).map(async (file) => {
      const path = join(clientDir, file);
      const body = await readFile(path);
      if (body.length < MIN_COMPRESSIBLE_BYTES) return;
      const kept: ContentEncoding[] = [];
      for (const encoding of ['br', 'gzip'] as const) {
        const compressed = await compress(body, encoding);
        if (compressed.length > body.length * (1 - MIN_SAVING)) continue;
        await writeFile(path + ENCODING_SUFFIX[encoding], compressed);
        kept.push(encoding);
        if (encoding === 'br') {
          bytes += body.length;
          compressedBytes += compressed.length;
        }
      }
      if (kept.length > 0) files[file] = kept;
    }),
  );
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  const manifest = {
    clientDir: relative(serverDir, clientDir).split(sep).join('/') || '.',
    files: sorted,
  };
  return { manifest, bytes, compressedBytes };
}

export default function precompress(): AstroIntegration {
  let serverDir: URL | undefined;
  return {
    name: 'aiq:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        serverDir = config.build.server;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!serverDir) return;
        const { manifest, bytes, compressedBytes } = await precompressClient(
          fileURLToPath(dir),
          fileURLToPath(serverDir),
        );
        await writeFile(
          new URL(PRECOMPRESSED_MANIFEST_FILE, serverDir),
          `${JSON.stringify(manifest, null, 2)}\n`,
        );
        logger.info(
          `Brotli and gzip copies of ${Object.keys(manifest.files).length} files (${(bytes / 1024).toFixed(0)} KB → ${(compressedBytes / 1024).toFixed(0)} KB with Brotli)`,
        );
      },
    },
  };
}
