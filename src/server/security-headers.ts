/**
 * The site's security headers: one strict Content-Security-Policy per page (the hashes of that
 * page's inline scripts and styles, computed at build time), and the headers every answer gets.
 *
 * Used at build time by the Astro integration (src/server/build/integration.ts), which writes the
 * per-page policies for the Node server (dist/server/security-headers.json) and for static hosts
 * (dist/client/_headers), and at run time by the server entry (src/server/entry.ts).
 *
 * Why hashes and not Astro's own `security.csp`: Starlight ships inline scripts (the theme is
 * chosen before the first paint) and inline styles that Astro's CSP does not hash, and it puts the
 * policy in a <meta> tag, where `frame-ancestors` is ignored (shared/research/csp-with-starlight.md).
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

/** Per page: the request path (`/connect/`) → its Content-Security-Policy. */
export interface HeaderManifest {
  pages: Record<string, string>;
  /** The policy for every other path: the not-found page's, which is what unknown paths render. */
  fallback: string;
}

/** Sent with every answer: pages, assets and the API. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Links into the guide carry ?tenant=: never pass the URL on to another site.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Nothing on the site uses these; the copy buttons write to the clipboard on the guide itself.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'camera=()',
    'display-capture=()',
    'encrypted-media=()',
    'fullscreen=()',
    'geolocation=()',
    'gyroscope=()',
    'hid=()',
    'idle-detection=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'picture-in-picture=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'serial=()',
    'usb=()',
    'xr-spatial-tracking=()',
    'clipboard-write=(self)',
  ].join(', '),
};

/** Only over HTTPS (a browser ignores it over HTTP, and it must not pin a local http:// server). */
export const HSTS_HEADER = 'max-age=31536000; includeSubDomains';

/** The JSON API needs no content at all, and must not be framed either. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for one page. `'wasm-unsafe-eval'` lets Pagefind (search) compile its WebAssembly;
 * `style-src-attr 'unsafe-inline'` allows the style="…" attributes Starlight and Expressive Code
 * write (attributes only: never inline scripts); `worker-src 'self'` is the schema checker's worker.
 */
export function contentSecurityPolicy(
  scripts: readonly string[],
  styles: readonly string[],
): string {
  const hashes = (items: readonly string[]) => [...new Set(items.map(sha256))].sort();
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes(scripts)].join(' '),
    ["style-src 'self'", ...hashes(styles)].join(' '),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Where one block element's content starts and ends, found by `indexOf` (linear in the page). */
function blocks(html: string, lower: string, tag: 'script' | 'style'): string[] {
  const found: string[] = [];
  const close = `</${tag}`;
  for (let open = lower.indexOf(`<${tag}`); open >= 0; open = lower.indexOf(`<${tag}`, open + 1)) {
    const after = lower.charAt(open + tag.length + 1);
    if (after !== '>' && after !== ' ' && after !== '\n' && after !== '\t' && after !== '/')
      continue;
    const tagEnd = lower.indexOf('>', open);
    if (tagEnd < 0) break;
    const end = lower.indexOf(close, tagEnd);
    if (end < 0) break;
    // An external script (src="…") is allowed by 'self'; only inline content needs a hash.
    const attributes = ` ${lower.slice(open + tag.length + 1, tagEnd)}`;
    if (!(tag === 'script' && /[\s"']src\s*=/.test(attributes))) {
      found.push(html.slice(tagEnd + 1, end));
    }
    open = end;
  }
  return found;
}

/** The contents of every inline <script> and <style> of a page, exactly as the browser hashes them. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const lower = html.toLowerCase();
  return { scripts: blocks(html, lower, 'script'), styles: blocks(html, lower, 'style') };
}

/** `connect/index.html` → `/connect/`, `index.html` → `/`, `404.html` → `/404.html`. */
export function pagePathOf(relativeFile: string): string {
  const path = `/${relativeFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The manifest key for a request path: `/connect`, `/connect/` and `/connect/index.html` are one page. */
export function pageKeyOf(requestPath: string): string {
  let path = requestPath.split('?', 1)[0] ?? '/';
  try {
    path = decodeURI(path);
  } catch {
    // Keep it as sent; it matches nothing and gets the fallback policy.
  }
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  if (path.endsWith('.html') || path.endsWith('/')) return path;
  return `${path}/`;
}

/** Every header one answer gets, for a request path and whether it came over HTTPS. */
export function headersFor(
  requestPath: string,
  manifest: HeaderManifest,
  https: boolean,
): Record<string, string> {
  const csp = manifest.pages[pageKeyOf(requestPath)] ?? manifest.fallback;
  return {
    ...COMMON_HEADERS,
    'Content-Security-Policy': csp,
    ...(https ? { 'Strict-Transport-Security': HSTS_HEADER } : {}),
  };
}

/** The file a static host reads its headers from, written next to the pages (dist/client). */
export const STATIC_HEADERS_FILE = '_headers';

/**
 * Whether a request path names a file that is there for static hosts' own configuration (the
 * `_headers` file): the Node server, which sends those headers itself, answers 404 for it rather
 * than serving it like a page. The path is decoded and normalised the way the static file server
 * resolves it (`/%5Fheaders`, `//_headers`, `/x/../_headers` name the same file).
 */
export function isStaticHostFile(requestUrl: string): boolean {
  const path = requestUrl.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false; // the static file server refuses a malformed path itself
  }
  return posix.normalize(`/${decoded}`) === `/${STATIC_HEADERS_FILE}`;
}

/**
 * The same headers for a static host that reads a `_headers` file (Netlify, Cloudflare Pages):
 * the common ones for every path, and each page's policy under its path with and without the
 * trailing slash. Such hosts serve only HTTPS, so HSTS is included.
 */
export function staticHeadersFile(manifest: HeaderManifest): string {
  const lines = [
    '# Security headers for a static deployment of dist/client (hosts that read a _headers file).',
    '# Generated by `npm run build` (src/server/build/integration.ts); do not edit by hand.',
    '/*',
    ...Object.entries({ ...COMMON_HEADERS, 'Strict-Transport-Security': HSTS_HEADER }).map(
      ([name, value]) => `  ${name}: ${value}`,
    ),
  ];
  for (const [path, csp] of Object.entries(manifest.pages).sort()) {
    const paths = path.endsWith('/') && path !== '/' ? [path, path.slice(0, -1)] : [path];
    for (const each of paths) lines.push(each, `  Content-Security-Policy: ${csp}`);
  }
  return `${lines.join('\n')}\n`;
}
