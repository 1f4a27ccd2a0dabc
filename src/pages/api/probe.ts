/**
 * POST /api/probe: the connection test. Thin on purpose: src/server does the work (request
 * checks, the probe, the JSON answer); this file only hands it the request and socket address.
 */
import type { APIContext, APIRoute } from 'astro';
import { methodNotAllowed, probeHandler } from '~/server';

export const prerender = false;

// Configure from the environment as soon as the route module loads, so the server prints its
// start-up notices (e.g. the SCIM_PROBE_ALLOW_PRIVATE warning) before the first probe.
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
