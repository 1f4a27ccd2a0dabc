/**
 * Checks on the incoming POST /api/probe request itself: cross-site use, content type and the
 * client address the rate limit counts. Pure functions over headers, so they are unit-tested.
 */
import { isIP } from 'node:net';

/**
 * True when a browser sent this request from another site. Browsers mark every request with
 * Sec-Fetch-Site; older ones at least send Origin on a cross-origin POST. A request with neither
 * header did not come from a web page (curl, a script), which cross-site protection is not about.
 */
export function isCrossSiteRequest(headers: Headers, requestUrl: URL): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null) return !['same-origin', 'none'].includes(fetchSite.trim().toLowerCase());
  const origin = headers.get('origin');
  if (origin === null) return false;
  try {
    // Compare hosts, not schemes: behind a TLS-terminating proxy the server sees http:// itself.
    return new URL(origin).host !== requestUrl.host;
  } catch {
    return true; // "null" (sandboxed frames, file://) or garbage.
  }
}

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const mediaType = contentType.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * One X-Forwarded-For entry as an address, without the port some proxies and cloud gateways
 * append (`203.0.113.8:51234`, `[2001:db8::1]:443`); undefined when it is not an address.
 */
export function forwardedAddress(entry: string): string | undefined {
  const value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return isIP(bracketed[1] ?? '') === 6 ? bracketed[1] : undefined;
  if (isIP(value) !== 0) return value; // IPv4, or IPv6 without brackets (its colons are no port).
  const withPort = /^([\d.]+):\d{1,5}$/.exec(value);
  if (withPort && isIP(withPort[1] ?? '') === 4) return withPort[1];
  return undefined;
}

/**
 * The client address for the rate limit: the socket's, or with a trusted reverse proxy exactly
 * the right-most X-Forwarded-For entry (the one that proxy appended), port stripped. When that
 * entry is not an address, the socket address counts: never an entry further left, which is
 * whatever the client claimed.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  headers: Headers,
  trustProxy: boolean,
): string {
  const socket = socketAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const forwarded = headers.get('x-forwarded-for');
  if (forwarded === null) return socket;
  return forwardedAddress(forwarded.split(',').at(-1) ?? '') ?? socket;
}
