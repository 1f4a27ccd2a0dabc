/**
 * The built server sends the pages, stylesheets and scripts compressed (issue 14): the Brotli copy
 * to a browser that accepts it, gzip to one that takes only gzip, the file as it is to one that
 * takes neither; each copy decompresses to the built file byte for byte, with the page's own
 * security headers. Raw HTTP on 127.0.0.1 (fetch would decompress and hide the encoding).
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, CLIENT_DIR } from '../support/built-pages';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { LOOPBACK_PROBE_ENV } from './helpers';

let site: SiteServer;

beforeAll(async () => {
  site = await startSiteServer({ env: LOOPBACK_PROBE_ENV });
});

afterAll(async () => {
  await site?.close();
});

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<RawAnswer>((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port: site.port, path, method, headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function decoded(answer: RawAnswer): Buffer {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body);
  if (encoding === 'gzip') return gunzipSync(answer.body);
  return answer.body;
}

/** The page's request path for a built file: `connect/index.html` → `/connect/`. */
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

describe('pages', () => {
  const pages = builtPages();

  it('every page comes as Brotli, at most a third of its size, with its own security headers', async () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const [file, absolute] of pages) {
      const path = pathOf(file);
      const plain = await get(path);
      const compressed = await get(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      const onDisk = readFileSync(absolute);
      expect(compressed.status, path).toBe(200);
      expect(compressed.headers['content-encoding'], path).toBe('br');
      expect(decoded(compressed).equals(onDisk), path).toBe(true);
      expect(compressed.body.length, path).toBeLessThan(onDisk.length / 3);
      expect(Number(compressed.headers['content-length']), path).toBe(compressed.body.length);
      expect(compressed.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(compressed.headers['vary'], path).toContain('Accept-Encoding');
      expect(compressed.headers['content-security-policy'], path).toBe(
        plain.headers['content-security-policy'],
      );
      expect(compressed.headers['x-frame-options'], path).toBe('DENY');
      // Without Accept-Encoding, the file as it is.
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(onDisk), path).toBe(true);
    }
  });

  it('gzip for a browser that takes only gzip; the file as it is when both are refused', async () => {
    const gzip = await get('/troubleshooting/', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const onDisk = readFileSync(join(CLIENT_DIR, 'troubleshooting/index.html'));
    expect(decoded(gzip).equals(onDisk)).toBe(true);
    const refused = await get('/troubleshooting/', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.equals(onDisk)).toBe(true);
    expect(refused.headers['vary']).toContain('Accept-Encoding');
  });

  it('the same page with and without the trailing slash and with a query', async () => {
    for (const path of ['/connect', '/connect/index.html', '/connect/?tenant=https%3A%2F%2Fx']) {
      const answer = await get(path, { 'Accept-Encoding': 'br' });
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(
        decoded(answer).equals(readFileSync(join(CLIENT_DIR, 'connect/index.html'))),
        path,
      ).toBe(true);
    }
  });

  it('HEAD has the headers and no body; a known ETag gets 304', async () => {
    const head = await get('/connect/', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
    const etag = head.headers['etag'] ?? '';
    expect(etag).toMatch(/-br"$/);
    const again = await get('/connect/', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherCopy = await get('/connect/', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(otherCopy.status).toBe(200);
  });
});

describe('assets and what stays as it was', () => {
  it('the hashed stylesheets and scripts come compressed and cached for a year', async () => {
    const html = readFileSync(join(CLIENT_DIR, 'connect/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets) {
      const answer = await get(asset, { 'Accept-Encoding': 'br' });
      const onDisk = readFileSync(join(CLIENT_DIR, asset));
      if (onDisk.length < 1024) continue; // too small to be worth a compressed copy
      expect(answer.headers['content-encoding'], asset).toBe('br');
      expect(answer.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
      expect(decoded(answer).equals(onDisk), asset).toBe(true);
    }
  });

  it('unknown paths, the _headers file and the probe API are answered as before', async () => {
    const missing = await get('/no-such-page/', { 'Accept-Encoding': 'br' });
    expect(missing.status).toBe(404);
    const headersFile = await get('/_headers', { 'Accept-Encoding': 'br' });
    expect(headersFile.status).toBe(404);
    expect(headersFile.body.toString()).toBe('Not found');
    const probe = await get('/api/probe', { 'Accept-Encoding': 'br' });
    expect(probe.headers['content-encoding']).toBeUndefined();
    expect(probe.status).toBeGreaterThanOrEqual(400);
  });
});
