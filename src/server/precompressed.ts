/**
 * Compressed answers for the built site's text files (issue 14). The Node adapter's file server
 * sends every page, stylesheet and script uncompressed: the Troubleshooting page was 330 KB on the
 * wire instead of 40 KB, which is what held its first paint back on a phone.
 *
 * The build (src/server/build/precompress.ts) writes a Brotli (`.br`) and a gzip (`.gz`) copy next
 * to each text file of dist/client, the layout nginx (`gzip_static`, `brotli_static`) and Caddy
 * (`precompressed`) read too, and lists them in dist/server/precompressed.json. The server entry
 * (src/server/entry.ts) loads that list at start-up and answers GET and HEAD for those files with
 * the best copy the browser accepts; everything else (and a browser that accepts neither) goes
 * to the adapter as before.
 *
 * Pure helpers (encoding choice, paths, ETags) are exported for the unit tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type ContentEncoding = 'br' | 'gzip';
/** Best first: Brotli is 15–20 % smaller than gzip on these files. */
export const ENCODINGS: readonly ContentEncoding[] = ['br', 'gzip'];
export const ENCODING_SUFFIX: Readonly<Record<ContentEncoding, string>> = {
  br: '.br',
  gzip: '.gz',
};
export const PRECOMPRESSED_MANIFEST_FILE = 'precompressed.json';
/** Smaller files gain less than the compression's own overhead and a header. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

/** The text files worth compressing, with the Content-Type the adapter's file server sends. */
export const COMPRESSIBLE_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** What the build lists: each compressed file (relative to dist/client) and its copies. */
export interface PrecompressedManifest {
  /** dist/client, relative to the manifest's folder (dist/server). */
  clientDir: string;
  files: Record<string, ContentEncoding[]>;
}

export interface CompressedVariant {
  body: Buffer;
  etag: string;
}

export interface CompressedFile {
  contentType: string;
  cacheControl: string;
  variants: Partial<Record<ContentEncoding, CompressedVariant>>;
}

/** Request path → the file's compressed copies. */
export type CompressedTable = ReadonlyMap<string, CompressedFile>;

export function contentTypeFor(file: string): string | undefined {
  return COMPRESSIBLE_TYPES[posix.extname(file).toLowerCase()];
}

/** Hashed file names under /_astro/ never change content: cached for a year (as the adapter does). */
export function cacheControlFor(file: string): string {
  return file.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0';
}

/**
 * The request paths the adapter answers with `file` (relative to dist/client, `/` separators): a
 * page's folder with and without its trailing slash (trailingSlash: 'ignore'), and the file itself.
 */
export function requestPathsFor(file: string): string[] {
  if (file === 'index.html') return ['/', '/index.html'];
  if (file.endsWith('/index.html')) {
    const folder = `/${file.slice(0, -'/index.html'.length)}`;
    return [`${folder}/`, folder, `/${file}`];
  }
  return [`/${file}`];
}

/**
 * The table key for a request URL: its path without query or fragment, percent-decoded and
 * normalised the way the adapter's file server resolves it. Undefined when it cannot be a file.
 */
export function requestKey(url: string): string | undefined {
  let end = url.length;
  for (const stop of ['?', '#']) {
    const index = url.indexOf(stop);
    if (index >= 0 && index < end) end = index;
  }
  const path = url.slice(0, end);
  if (!path.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normalized = posix.normalize(decoded);
  // normalize keeps a trailing slash; a path that climbs above the root is no file of ours.
  return normalized.startsWith('/') ? normalized : undefined;
}

/**
 * The best encoding of `available` that an Accept-Encoding header allows (RFC 9110 §12.5.3):
 * the highest q-value above zero, Brotli on a tie; `*` stands for any coding not named. Undefined
 * when the browser accepts none of them (then the file goes uncompressed).
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly ContentEncoding[] = ENCODINGS,
): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawName = '', ...params] = part.split(';');
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    let weight = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() !== 'q') continue;
      const parsed = Number(value.trim());
      weight = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
    }
    // A coding named twice keeps its lowest weight: a refusal (q=0) is never overridden.
    weights.set(name, Math.min(weight, weights.get(name) ?? 1));
  }
  let best: ContentEncoding | undefined;
  let bestWeight = 0;
  for (const encoding of ENCODINGS) {
    if (!available.includes(encoding)) continue;
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

/** A strong validator for one compressed copy (each copy is its own representation). */
export function etagFor(body: Buffer, encoding: ContentEncoding): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}-${encoding}"`;
}

/** If-None-Match against `etag`: weak comparison (RFC 9110 §13.1.2), `*` matches any. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    if (tag === '*') return true;
    return (tag.startsWith('W/') ? tag.slice(2) : tag) === etag;
  });
}

/** Reads the build's list and every compressed copy it names (at start-up; about 1 MB). */
export function loadCompressedTable(manifestFile: URL): CompressedTable {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as PrecompressedManifest;
  const clientDir = new URL(
    manifest.clientDir.endsWith('/') ? manifest.clientDir : `${manifest.clientDir}/`,
    manifestFile,
  );
  const table = new Map<string, CompressedFile>();
  for (const [file, encodings] of Object.entries(manifest.files)) {
    const contentType = contentTypeFor(file);
    if (!contentType) continue;
    const variants: Partial<Record<ContentEncoding, CompressedVariant>> = {};
    for (const encoding of encodings) {
      const body = readFileSync(new URL(file + ENCODING_SUFFIX[encoding], clientDir));
      variants[encoding] = { body, etag: etagFor(body, encoding) };
    }
    const entry = { contentType, cacheControl: cacheControlFor(file), variants };
    for (const path of requestPathsFor(file)) table.set(path, entry);
  }
  return table;
}

function addVary(response: ServerResponse): void {
  const existing = response.getHeader('Vary');
  const values = (Array.isArray(existing) ? existing.join(',') : String(existing ?? ''))
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (!values.some((value) => value.toLowerCase() === 'accept-encoding'))
    response.setHeader('Vary', [...values, 'Accept-Encoding'].join(', '));
}

/** Answers GET and HEAD for the table's files compressed; hands everything else to `fallback`. */
export function withPrecompressed(
  fallback: (request: IncomingMessage, response: ServerResponse) => void,
  table: CompressedTable,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const method = request.method ?? 'GET';
    const key = method === 'GET' || method === 'HEAD' ? requestKey(request.url ?? '/') : undefined;
    const file = key === undefined ? undefined : table.get(key);
    if (!file) {
      fallback(request, response);
      return;
    }
    // Caches must keep the copies apart, the uncompressed answer included.
    addVary(response);
    const available = ENCODINGS.filter((encoding) => file.variants[encoding] !== undefined);
    const encoding = chooseEncoding(request.headers['accept-encoding'], available);
    const variant = encoding === undefined ? undefined : file.variants[encoding];
    if (encoding === undefined || variant === undefined) {
      fallback(request, response);
      return;
    }
    response.setHeader('Cache-Control', file.cacheControl);
    response.setHeader('ETag', variant.etag);
    if (etagMatches(request.headers['if-none-match'], variant.etag)) {
      response.statusCode = 304;
      response.end();
      return;
    }
    response.statusCode = 200;
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Content-Length', variant.body.length);
    if (method === 'HEAD') response.end();
    else response.end(variant.body);
  };
}
