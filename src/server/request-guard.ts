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
 * The client address for the rate limit: the socket's, or with a trusted reverse proxy the
 * right-most address in X-Forwarded-For (the one that proxy appended; anything left of it is
 * whatever the client claimed).
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  headers: Headers,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim().replace(/^\[(.*)\]$/, '$1'))
      .filter((entry) => isIP(entry) !== 0);
    const nearest = forwarded.at(-1);
    if (nearest !== undefined) return nearest;
  }
  return socketAddress ?? 'unknown';
}
