/**
 * The compressed answers' pure parts (src/server/precompressed.ts): which copy an Accept-Encoding
 * header gets, which request paths name a built file, cache lifetimes and ETags; and the handler
 * itself over an in-memory table (no network). The built server is tested in
 * tests/integration/compression.test.ts.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  chooseEncoding,
  contentTypeFor,
  ENCODINGS,
  etagFor,
  etagMatches,
  requestKey,
  requestPathsFor,
  withPrecompressed,
  type CompressedFile,
  type ContentEncoding,
} from '~/server/precompressed';

describe('chooseEncoding: the best copy the browser accepts', () => {
  it.each<[string | undefined, ContentEncoding | undefined]>([
    ['gzip, deflate, br, zstd', 'br'], // Chromium
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['BR', 'br'],
    [' br ; q=0.5 , gzip ; q=1', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['identity', undefined],
    ['deflate', undefined],
    ['', undefined],
    [undefined, undefined],
    ['br;q=2', undefined], // out of range: refused rather than guessed
    ['br;q=abc, gzip', 'gzip'],
    ['br, br;q=0', undefined], // a refusal is never overridden
    [',,;', undefined],
  ])('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it('only picks a copy the file has', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br', ['gzip'])).toBeUndefined();
  });

  it('never throws, and never picks a coding the header refuses or does not name', () => {
    const token = fc.constantFrom('br', 'gzip', 'identity', 'deflate', '*', 'zstd', 'BR', '');
    const q = fc.oneof(
      fc.constant(''),
      fc.double({ min: -1, max: 2 }).map((n) => `;q=${n}`),
    );
    const header = fc.oneof(
      fc.string(),
      fc
        .array(fc.tuple(token, q), { maxLength: 6 })
        .map((parts) => parts.map(([name, weight]) => name + weight).join(', ')),
    );
    fc.assert(
      fc.property(header, (value) => {
        const chosen = chooseEncoding(value);
        if (chosen === undefined) return;
        expect(ENCODINGS).toContain(chosen);
        const lower = value.toLowerCase();
        expect(lower.includes(chosen) || lower.includes('*')).toBe(true);
        expect(lower).not.toMatch(new RegExp(`(^|,)\\s*${chosen}\\s*;\\s*q=0(\\.0*)?\\s*(,|$)`));
      }),
    );
  });
});

describe('requestKey: the path a request names, resolved like the file server', () => {
  it.each<[string, string | undefined]>([
    ['/connect/', '/connect/'],
    ['/connect', '/connect'],
    ['/connect/?tenant=https%3A%2F%2Fx', '/connect/'],
    ['/connect/#step-2', '/connect/'],
    ['/connect/?a#b', '/connect/'],
    ['/%63onnect/', '/connect/'],
    ['/x/../connect/', '/connect/'],
    ['//connect/', '/connect/'],
    ['/./connect/', '/connect/'],
    ['/../../etc/passwd', '/etc/passwd'], // resolved inside the site, and no such file in the table
    ['/%E0%A4%A', undefined],
    ['/a%00b', undefined],
    ['/a\\b', undefined],
    ['connect/', undefined],
    ['*', undefined],
  ])('%s → %s', (url, expected) => {
    expect(requestKey(url)).toBe(expected);
  });

  it('never throws and always gives an absolute, normalised path or nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl().map((url) => new URL(url).pathname),
        ),
        (url) => {
          const key = requestKey(url);
          if (key === undefined) return;
          expect(key.startsWith('/')).toBe(true);
          expect(key.split('/')).not.toContain('..');
          expect(key).not.toContain('//');
        },
      ),
    );
  });
});

describe('requestPathsFor: the request paths the adapter answers with a built file', () => {
  it.each<[string, string[]]>([
    ['index.html', ['/', '/index.html']],
    ['connect/index.html', ['/connect/', '/connect', '/connect/index.html']],
    ['okta/connect/index.html', ['/okta/connect/', '/okta/connect', '/okta/connect/index.html']],
    ['404.html', ['/404.html']],
    ['_astro/common.abc.css', ['/_astro/common.abc.css']],
    ['pagefind/pagefind.js', ['/pagefind/pagefind.js']],
  ])('%s → %j', (file, expected) => {
    expect(requestPathsFor(file)).toEqual(expected);
  });
});

describe('types and cache lifetimes', () => {
  it.each<[string, string | undefined]>([
    ['connect/index.html', 'text/html; charset=utf-8'],
    ['_astro/a.css', 'text/css; charset=utf-8'],
    ['_astro/a.js', 'text/javascript; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['sitemap-0.xml', 'application/xml'],
    ['favicon.svg', 'image/svg+xml'],
    ['pagefind/fragment/a.pf_fragment', undefined],
    ['_headers', undefined],
    ['a.html.br', undefined],
  ])('%s → %s', (file, expected) => {
    expect(contentTypeFor(file)).toBe(expected);
  });

  it('hashed assets are immutable for a year; pages and the rest are revalidated', () => {
    expect(cacheControlFor('_astro/common.abc.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('connect/index.html')).toBe('public, max-age=0');
    expect(cacheControlFor('pagefind/pagefind.js')).toBe('public, max-age=0');
  });
});

describe('ETags', () => {
  const body = Buffer.from('compressed bytes');
  it('are strong, differ by copy and by content', () => {
    const br = etagFor(body, 'br');
    expect(br).toMatch(/^"[\w-]{22}-br"$/);
    expect(etagFor(body, 'gzip')).not.toBe(br);
    expect(etagFor(Buffer.from('other bytes'), 'br')).not.toBe(br);
  });

  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['', false],
    ['*', true],
    ['"abc-br"', true],
    ['W/"abc-br"', true],
    ['"x", "abc-br"', true],
    ['"abc-gzip"', false],
    ['abc-br', false],
  ])('If-None-Match %j matches "abc-br": %s', (header, expected) => {
    expect(etagMatches(header, '"abc-br"')).toBe(expected);
  });
});

/** A response double that records what the handler sets and sends. */
function recordResponse() {
  const headers = new Map<string, unknown>();
  const sent: { status?: number; body?: Buffer | undefined; ended: boolean } = { ended: false };
  const response = Object.assign(new EventEmitter(), {
    statusCode: 200,
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), value);
      return response;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end(body?: Buffer) {
      sent.status = response.statusCode;
      sent.body = body;
      sent.ended = true;
      return response;
    },
  });
  return { response: response as unknown as ServerResponse, headers, sent };
}

function request(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return { url, method, headers } as unknown as IncomingMessage;
}

describe('withPrecompressed: the handler over an in-memory table', () => {
  const page = Buffer.from('<!doctype html><title>Connect</title>'.repeat(40));
  const br = brotliCompressSync(page);
  const gz = gzipSync(page);
  const file: CompressedFile = {
    contentType: 'text/html; charset=utf-8',
    cacheControl: 'public, max-age=0',
    variants: {
      br: { body: br, etag: etagFor(br, 'br') },
      gzip: { body: gz, etag: etagFor(gz, 'gzip') },
    },
  };
  const table = new Map(requestPathsFor('connect/index.html').map((path) => [path, file]));
  const run = (incoming: IncomingMessage, preset?: [string, string]) => {
    let fellThrough = false;
    const recorded = recordResponse();
    if (preset) recorded.response.setHeader(preset[0], preset[1]);
    withPrecompressed(() => {
      fellThrough = true;
    }, table)(incoming, recorded.response);
    return { ...recorded, fellThrough };
  };

  it('sends the Brotli copy with its type, length, ETag and Vary', () => {
    const { headers, sent, fellThrough } = run(
      request('/connect/?tenant=x', { 'accept-encoding': 'gzip, br' }),
    );
    expect(fellThrough).toBe(false);
    expect(sent.status).toBe(200);
    expect(sent.body).toBe(br);
    expect(headers.get('content-encoding')).toBe('br');
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('content-length')).toBe(br.length);
    expect(headers.get('etag')).toBe(file.variants.br?.etag);
    expect(headers.get('vary')).toBe('Accept-Encoding');
  });

  it('sends gzip to a browser that takes only gzip, and keeps a Vary already set', () => {
    const { headers, sent } = run(request('/connect', { 'accept-encoding': 'gzip' }), [
      'Vary',
      'Origin',
    ]);
    expect(sent.body).toBe(gz);
    expect(headers.get('content-encoding')).toBe('gzip');
    expect(headers.get('vary')).toBe('Origin, Accept-Encoding');
  });

  it('answers HEAD with the headers and no body, and a matching If-None-Match with 304', () => {
    const head = run(request('/connect/', { 'accept-encoding': 'br' }, 'HEAD'));
    expect(head.sent.status).toBe(200);
    expect(head.sent.body).toBeUndefined();
    expect(head.headers.get('content-length')).toBe(br.length);
    const cached = run(
      request('/connect/', {
        'accept-encoding': 'br',
        'if-none-match': file.variants.br?.etag ?? '',
      }),
    );
    expect(cached.sent.status).toBe(304);
    expect(cached.sent.body).toBeUndefined();
    expect(cached.headers.has('content-encoding')).toBe(false);
  });

  it.each([
    ['no Accept-Encoding', request('/connect/')],
    ['identity only', request('/connect/', { 'accept-encoding': 'identity' })],
    ['a path not in the table', request('/elsewhere/', { 'accept-encoding': 'br' })],
    ['a POST', request('/connect/', { 'accept-encoding': 'br' }, 'POST')],
    ['a malformed path', request('/%E0%A4%A', { 'accept-encoding': 'br' })],
  ])('hands %s to the adapter, untouched', (_name, incoming) => {
    const { sent, headers, fellThrough } = run(incoming);
    expect(fellThrough).toBe(true);
    expect(sent.ended).toBe(false);
    expect(headers.has('content-encoding')).toBe(false);
  });

  it('marks the uncompressed answer of a listed file with Vary too', () => {
    const { headers, fellThrough } = run(request('/connect/'));
    expect(fellThrough).toBe(true);
    expect(headers.get('vary')).toBe('Accept-Encoding');
  });
});
