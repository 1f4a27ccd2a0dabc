/**
 * dist/server/entry.mjs: the site's server entry (the build puts it in place of the Node adapter's
 * own, see src/server/build/integration.ts), so `node dist/server/entry.mjs` stays the start
 * command. It wraps the adapter's request handler (static pages, then Astro's routes) with:
 *   - the security headers on every answer (per-page CSP from dist/server/security-headers.json);
 *   - the build's Brotli and gzip copies of the pages, styles and scripts for a browser that takes
 *     them (dist/server/precompressed.json, src/server/precompressed.ts);
 *   - explicit request time limits (SERVER_TIMEOUTS);
 *   - the probe's start-up notices (SCIM_PROBE_ALLOW_PRIVATE, bad settings) before it listens,
 *     not at the first request (Astro loads the probe route lazily).
 * Exports `handler`, `options` and `startServer` like the adapter's entry.
 */
import { autostart } from './entry-prelude';
import https from 'node:https';
import { handler as astroHandler, options } from '@astrojs/node/server.js';
import { createSiteServer, loadHeaderManifest, withSecurityHeaders } from './http-server';
import {
  loadCompressedTable,
  PRECOMPRESSED_MANIFEST_FILE,
  withPrecompressed,
} from './precompressed';
import { isStaticHostFile } from './security-headers';
import { probeHandler } from './probe-route';

const manifest = loadHeaderManifest(new URL('./security-headers.json', import.meta.url));
// Brotli and gzip copies of the pages, styles and scripts, written by the build (src/server/build/precompress.ts).
const compressed = loadCompressedTable(
  new URL(`./${PRECOMPRESSED_MANIFEST_FILE}`, import.meta.url),
);

export { options };

/**
 * What this entry reads of the adapter's options. They come from a module the build makes
 * (`virtual:astro-node:config`), which the type-aware lint cannot see, so they are typed here.
 */
const adapterOptions = options as { port?: number; host?: string | boolean };

// The probe's settings, read once: this prints its start-up notices now, before any request.
const probeSettings = probeHandler().settings;

const compressedOrAdapter = withPrecompressed((request, response) => {
  void astroHandler(request, response);
}, compressed);

/** The adapter's handler with the security headers; for `astro preview` and custom servers. */
export const handler = withSecurityHeaders(
  (request, response) => {
    if (isStaticHostFile(request.url ?? '/')) {
      // dist/client/_headers is for static hosts; this server sends those headers itself.
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found');
      return;
    }
    compressedOrAdapter(request, response);
  },
  manifest,
  probeSettings.trustProxy,
);

function hostOption(host: string | boolean): string {
  if (typeof host === 'boolean') return host ? '0.0.0.0' : 'localhost';
  return host;
}

export function startServer() {
  const port = process.env['PORT'] ? Number(process.env['PORT']) : (adapterOptions.port ?? 8080);
  const host = process.env['HOST'] ?? hostOption(adapterOptions.host ?? false);
  const server = createSiteServer(handler, process.env);
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    const protocol = server instanceof https.Server ? 'https' : 'http';
    const shown = ['0.0.0.0', '::'].includes(host) ? 'localhost' : host;
    process.stdout.write(`Server listening on ${protocol}://${shown}:${actualPort}\n`);
  });
  return server;
}

if (autostart) startServer();
