/**
 * The site's own HTTP server around the Node adapter's request handler (src/server/entry.ts):
 * explicit time limits for reading requests, and the security headers on every answer.
 */
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { headersFor, type HeaderManifest } from './security-headers';

/**
 * Time limits for what a client sends, set explicitly instead of Node's defaults (60 s for the
 * headers, 300 s for a whole request), so slow-drip clients cannot hold connections for minutes.
 * POST /api/probe stops waiting for its body sooner still (config: probe.requestBodyTimeoutMs).
 */
export const SERVER_TIMEOUTS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  /** How often Node checks the two limits above (its default, 30 s, is coarser than they are). */
  connectionsCheckingIntervalMs: 1_000,
} as const;

export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Whether the browser reached us over HTTPS: our own TLS, or (behind a trusted proxy) the proxy's. */
export function cameOverHttps(request: IncomingMessage, trustProxy: boolean): boolean {
  if ((request.socket as Partial<TLSSocket>).encrypted === true) return true;
  if (!trustProxy) return false;
  const forwarded = request.headers['x-forwarded-proto'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .at(-1);
  return last?.trim().toLowerCase() === 'https';
}

/** Sets the security headers for the request's path, then lets `listener` answer. */
export function withSecurityHeaders(
  listener: RequestListener,
  manifest: HeaderManifest,
  trustProxy: boolean,
): RequestListener {
  return (request, response) => {
    const headers = headersFor(request.url ?? '/', manifest, cameOverHttps(request, trustProxy));
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    listener(request, response);
  };
}

/** The HTTP server (HTTPS with SERVER_CERT_PATH and SERVER_KEY_PATH, as the adapter does). */
export function createSiteServer(
  listener: RequestListener,
  env: Readonly<Record<string, string | undefined>>,
): http.Server | https.Server {
  const options = {
    headersTimeout: SERVER_TIMEOUTS.headersTimeoutMs,
    requestTimeout: SERVER_TIMEOUTS.requestTimeoutMs,
    keepAliveTimeout: SERVER_TIMEOUTS.keepAliveTimeoutMs,
    connectionsCheckingInterval: SERVER_TIMEOUTS.connectionsCheckingIntervalMs,
  };
  const certPath = env['SERVER_CERT_PATH'];
  const keyPath = env['SERVER_KEY_PATH'];
  if (certPath && keyPath) {
    return https.createServer(
      { ...options, cert: readFileSync(certPath), key: readFileSync(keyPath) },
      listener,
    );
  }
  return http.createServer(options, listener);
}

/** The per-page policies the build wrote next to the server entry; a missing file fails loudly. */
export function loadHeaderManifest(file: URL): HeaderManifest {
  return JSON.parse(readFileSync(file, 'utf8')) as HeaderManifest;
}
