/**
 * The security headers as pure functions: which inline blocks a page's policy hashes, which policy
 * a request path gets (with and without its trailing slash), HSTS only over HTTPS, and the
 * `_headers` file for static hosts.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cameOverHttps } from '~/server/http-server';
import {
  contentSecurityPolicy,
  headersFor,
  inlineBlocks,
  isStaticHostFile,
  pageKeyOf,
  pagePathOf,
  staticHeadersFile,
  type HeaderManifest,
} from '~/server/security-headers';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe("isStaticHostFile: the Node server does not serve the static hosts' _headers file", () => {
  it.each([
    ['/_headers', true],
    ['/_headers?download=1', true],
    ['/%5Fheaders', true],
    ['/%5fheaders', true],
    ['//_headers', true],
    ['/./_headers', true],
    ['/x/../_headers', true],
    ['/%2F_headers', true],
    ['/_headers/', false],
    ['/_Headers', false],
    ['/connect/_headers', false],
    ['/_headersx', false],
    ['/', false],
    ['/connect/', false],
    ['/%E0%A4%A', false],
  ])('%s → %s', (url, expected) => {
    expect(isStaticHostFile(url)).toBe(expected);
  });
});

describe('inlineBlocks', () => {
  it('finds inline scripts and styles exactly, and skips external scripts and look-alike tags', () => {
    const html = [
      '<script>a()</script>',
      '<SCRIPT type="module">\nb()\n</SCRIPT>',
      '<script src="/x.js"></script>',
      "<script type='module' src='/y.js'></script>",
      '<scripts>not one</scripts>',
      '<style>p{}</style>',
      '<style media="print">q{}</style>',
      '<p data-src="x">text</p>',
    ].join('');
    expect(inlineBlocks(html)).toEqual({
      scripts: ['a()', '\nb()\n'],
      styles: ['p{}', 'q{}'],
    });
  });

  it('puts each block’s hash in the policy, and never unsafe-inline for scripts', () => {
    const csp = contentSecurityPolicy(['a()'], ['p{}']);
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}`);
    expect(csp).toContain(`style-src 'self' ${hash('p{}')}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('which policy a request gets', () => {
  const manifest: HeaderManifest = {
    pages: { '/': 'root', '/connect/': 'connect', '/404.html': 'missing' },
    fallback: 'missing',
  };
  it.each([
    ['/', 'root'],
    ['/?tenant=https%3A%2F%2Fa.apartmentiq.io', 'root'],
    ['/connect/', 'connect'],
    ['/connect', 'connect'],
    ['/connect/index.html', 'connect'],
    ['/connect/?tenant=x', 'connect'],
    ['/connec', 'missing'],
    ['/connect/more/', 'missing'],
    ['/api/probe', 'missing'],
    ['/%E0%A4%A', 'missing'],
  ])('%s → %s', (path, csp) => {
    expect(headersFor(path, manifest, false)['Content-Security-Policy']).toBe(csp);
  });

  it('maps built files to paths', () => {
    expect(pagePathOf('connect/index.html')).toBe('/connect/');
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('404.html')).toBe('/404.html');
    expect(pageKeyOf('/for-csms')).toBe('/for-csms/');
  });

  it('sends HSTS only over HTTPS', () => {
    expect(headersFor('/', manifest, false)['Strict-Transport-Security']).toBeUndefined();
    expect(headersFor('/', manifest, true)['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    const request = (encrypted: boolean, proto?: string) =>
      ({
        socket: { encrypted },
        headers: proto === undefined ? {} : { 'x-forwarded-proto': proto },
      }) as unknown as IncomingMessage;
    expect(cameOverHttps(request(true), false)).toBe(true);
    expect(cameOverHttps(request(false, 'https'), false)).toBe(false);
    expect(cameOverHttps(request(false, 'https'), true)).toBe(true);
    expect(cameOverHttps(request(false, 'https, http'), true)).toBe(false);
  });

  it('writes every page with and without its trailing slash for static hosts', () => {
    const file = staticHeadersFile(manifest);
    expect(file).toMatch(/^\/\*\n {2}X-Frame-Options: DENY$/m);
    expect(file).toContain('/connect/\n  Content-Security-Policy: connect\n');
    expect(file).toContain('/connect\n  Content-Security-Policy: connect\n');
    expect(file).toContain('/\n  Content-Security-Policy: root\n');
  });
});
