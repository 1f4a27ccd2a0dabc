/**
 * Shapes shared by both field checks: does a value look like a Secret Token, or like a web
 * address? Used to catch a value pasted into the wrong field, and by the CSM link builder to
 * refuse a token where a URL belongs.
 */
import { trimCopyJunk } from './text';

/** RFC 6750 b64token: letters, digits, `-._~+/`, then optional `=` padding. */
export const B64TOKEN = /^[\w\-.~+/]+=*$/;

/** SCIM resource endpoints (RFC 7644 §3.2), in lower case: Entra appends them to the Tenant URL itself. */
export const SCIM_RESOURCE_SEGMENTS = [
  'users',
  'groups',
  'serviceproviderconfig',
  'serviceproviderconfigs',
  'schemas',
  'resourcetypes',
  'bulk',
  'me',
] as const;

/** Path segments that belong to a SCIM URL, never to a token (compared in lower case). */
const SCIM_PATH_WORDS = new Set<string>(['scim', ...SCIM_RESOURCE_SEGMENTS, 'api']);

/** `host.tld`, optionally with a port and a path: what an admin pastes when the scheme is missing. */
const HOST_WITH_OPTIONAL_PATH =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,6}\.?(?::\d{1,5})?(?:[/?#].*)?$/i;

export function looksLikeHostAndPath(value: string): boolean {
  return value.length <= 2048 && HOST_WITH_OPTIONAL_PATH.test(value);
}

const JWT_SHAPE = /^eyJ[\w-]+\.[\w-]+\.[\w-]*$/;

/**
 * A URL with a scheme, `www.`, or a bare lower-case `host.tld/…` (tokens mix cases; a JWT's
 * `a.b.c` shape is never read as a host).
 */
export function looksLikeUrl(value: string): boolean {
  const trimmed = trimCopyJunk(value);
  if (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ||
    /^https?:/i.test(trimmed) ||
    /^www\./i.test(trimmed)
  )
    return true;
  if (JWT_SHAPE.test(trimmed)) return false;
  const host = trimmed.split(/[/?#:]/, 1)[0] ?? '';
  return host === host.toLowerCase() && looksLikeHostAndPath(trimmed);
}

/** Entra's documented Tenant URL feature flag (fact sheet §3): mixed case and digits, never a token. */
export const ENTRA_FEATURE_FLAG = 'aadoptscim062020';

/**
 * True when a value, or any part of it a URL could carry a token in (query names and values, the
 * fragment, a user name or password), looks like a Secret Token. For values that should be a
 * Tenant URL: in a link, in the CSM link builder.
 */
export function containsSecretTokenShape(value: string): boolean {
  if (looksLikeSecretToken(value)) return true;
  let url: URL;
  try {
    url = new URL(trimCopyJunk(value));
  } catch {
    return value.split(/[?#&=\s]/).some((part) => looksLikeSecretToken(part));
  }
  // Host labels as written (the URL parser lower-cases them, and tokens mix cases).
  const authority = /^[a-z][a-z\d+.-]*:\/\/([^/?#]*)/i.exec(trimCopyJunk(value))?.[1] ?? '';
  const parts = [url.username, url.password, url.hash.slice(1), ...authority.split(/[.@:]/)];
  for (const [name, part] of url.searchParams) parts.push(name, part);
  return parts.some(
    (part) =>
      part !== '' &&
      part.toLowerCase() !== ENTRA_FEATURE_FLAG &&
      (looksLikeSecretToken(part) || looksLikeSecretToken(safeDecode(part))),
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * True when a value looks like a Secret Token: a `Bearer ` prefix, a JWT, or a long string in the
 * b64token alphabet with no scheme that does not read as a host or a SCIM path.
 */
export function looksLikeSecretToken(input: string): boolean {
  const value = trimCopyJunk(input);
  if (/^(?:authorization\s*:\s*)?bearer\s+\S/i.test(value)) return true;
  if (value.includes('://') || value.length < 16) return false;
  if (JWT_SHAPE.test(value)) return true;
  if (!B64TOKEN.test(value) || value.startsWith('/') || looksLikeHostAndPath(value)) return false;
  if (
    value
      .split('/')
      .some((segment) => SCIM_PATH_WORDS.has(segment.toLowerCase()) || /^v\d+$/i.test(segment))
  )
    return false;
  const mixedWithDigits = /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value);
  const longHex = /^[0-9a-f]{32,}$/i.test(value);
  return mixedWithDigits || longHex;
}
