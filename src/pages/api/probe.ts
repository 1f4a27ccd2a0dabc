/**
 * POST /api/probe: the connection test. Thin on purpose: src/server does the work (request
 * checks, the probe, the JSON answer); this file only hands it the request and socket address.
 */
import type { APIContext, APIRoute } from 'astro';
import { methodNotAllowed, probeHandler } from '~/server/probe-route';

export const prerender = false;

// The handler configured from the environment. The server entry (src/server/entry.ts) made it at
// start-up, printing its notices then: Astro loads this route only at its first request.
const handler = probeHandler();

function socketAddressOf(context: APIContext): string | undefined {
  try {
    return context.clientAddress;
  } catch {
    return undefined; // Not available (e.g. an adapter without it): the rate limit then counts one shared key.
  }
}

export const POST: APIRoute = (context) => handler.post(context.request, socketAddressOf(context));

export const ALL: APIRoute = () => methodNotAllowed();
