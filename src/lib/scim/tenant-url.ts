/**
 * checkTenantUrl: what is wrong with the value pasted into Entra's "Tenant URL" field, and the
 * value to paste instead when it can be derived. Parsing is the WHATWG URL parser's, the one
 * browsers use; regular expressions only look at pieces it has already split.
 */
import { apartmentIq } from '../../config/apartmentiq';
import type { CheckResult, Finding } from './contract';
import { ENTRA_FEATURE_FLAG, looksLikeSecretToken, SCIM_RESOURCE_SEGMENTS } from './secret-shape';
import {
  codePoints,
  describeCharacter,
  finding,
  isWhitespaceChar,
  toResult,
  trimCopyJunk,
} from './text';

const FIELD = 'Tenant URL';

/** What a Tenant URL must not end in: the endpoints Entra appends itself, and `.search`. */
const SCIM_RESOURCES = new Set<string>([...SCIM_RESOURCE_SEGMENTS, '.search']);

const PLACEHOLDER_TEXT =
  /[<>{}…]|\.\.\.|\byour[-_ ]?(?:tenant|company|org|organi[sz]ation|domain|subdomain|instance|id|url|host)\b|\[[^[\]]{0,40}(?:tenant|company|your)[^[\]]{0,40}\]/i;
const PLACEHOLDER_HOST_LABEL =
  /^(?:example|contoso|fabrikam|your(?:[-_]?(?:company|tenant|org|organi[sz]ation|domain|subdomain|instance|name|host|app|site))?|tenant[-_]?(?:name|id)|company[-_]?name|x{3,})$/i;

/** Matches a host against `*.example.com` (one or more labels in front) or an exact name. */
export function hostMatchesPattern(host: string, pattern: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return name.endsWith(suffix) && name.length > suffix.length;
  }
  return name === pattern;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\./.test(hostname) ||
    hostname === '0.0.0.0' ||
    hostname === '[::1]' ||
    hostname === '[::]' ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(hostname)
  );
}

interface Parsed {
  url: URL;
  /** The scheme was missing or malformed and https:// was assumed. */
  schemeRepaired: boolean;
}

function parse(value: string, findings: Finding[]): Parsed | undefined {
  if (/^https?:/i.test(value)) {
    const url = tryUrl(value);
    if (!url) return undefined;
    if (!/^https:\/\/(?!\/)/i.test(value)) {
      if (url.protocol === 'http:') {
        findings.push(
          finding(
            'not-https',
            `The ${FIELD} starts with http://. Entra sends the Secret Token with every request, so it must be https://.`,
          ),
        );
      } else {
        findings.push(
          finding(
            'not-https',
            `The ${FIELD} must start with exactly "https://" (a colon and two slashes).`,
          ),
        );
      }
      return { url, schemeRepaired: true };
    }
    return { url, schemeRepaired: false };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (scheme) {
    const url = tryUrl(value);
    if (!url) return undefined;
    const name = (scheme[1] ?? '').toLowerCase().slice(0, 20);
    findings.push(
      finding('not-https', `The ${FIELD} starts with "${name}://"; it must start with https://.`),
    );
    return undefined;
  }
  // No scheme: read it as a host (and path) and suggest https:// in front, if that makes a URL with a real host.
  const url = tryUrl(`https://${value.replace(/^\/+/, '')}`);
  if (
    !url ||
    !(url.hostname.includes('.') || url.hostname === 'localhost' || url.hostname.startsWith('['))
  )
    return undefined;
  findings.push(
    finding(
      'not-https',
      `The ${FIELD} has no https:// at the start. Entra needs the full address, beginning with https://.`,
    ),
  );
  return { url, schemeRepaired: true };
}

function tryUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

export function checkTenantUrl(input: string): CheckResult {
  const findings: Finding[] = [];
  const trimmed = trimCopyJunk(input);

  if (trimmed === '') {
    return toResult([finding('empty', `The ${FIELD} field is empty.`)], undefined);
  }
  if (looksLikeSecretToken(trimmed)) {
    return toResult(
      [
        finding(
          'not-a-url',
          `This looks like the Secret Token, pasted into the ${FIELD} field. The ${FIELD} is a web address starting with https://.`,
          {
            fix: `Move this value to the Secret Token field, and paste the ${FIELD} from your ${apartmentIq.contacts.csmShort} here.`,
          },
        ),
      ],
      undefined,
    );
  }

  // Whether the value can be turned into one to paste: false once a problem needs a human.
  let derivable = true;

  if (trimmed !== input) {
    findings.push(
      finding(
        'whitespace',
        `The ${FIELD} has spaces or line breaks at the start or end; they are removed below.`,
        { severity: 'warning' },
      ),
    );
  }

  let value = trimmed;
  const chars = codePoints(trimmed);
  const innerSpaceIndex = chars.findIndex(isWhitespaceChar);
  if (innerSpaceIndex >= 0) {
    const char = chars[innerSpaceIndex] ?? ' ';
    findings.push(
      finding(
        'whitespace',
        `The ${FIELD} contains ${describeCharacter(char)} at position ${innerSpaceIndex + 1}. A web address cannot contain spaces or line breaks.`,
        {
          severity: 'error',
        },
      ),
    );
    derivable = false;
    value = chars.filter((c) => !isWhitespaceChar(c)).join('');
  }

  if (PLACEHOLDER_TEXT.test(value)) {
    findings.push(
      finding(
        'placeholder',
        `The ${FIELD} still contains example text such as <…>, {…} or "your-tenant". Replace it with your real ${FIELD}.`,
      ),
    );
    derivable = false;
  }

  const parsed = parse(value, findings);
  if (!parsed) {
    if (!findings.some((f) => f.code === 'not-https' || f.code === 'placeholder')) {
      findings.push(
        finding(
          'not-a-url',
          `The ${FIELD} is not a web address. It should look like https://<host>/<path>.`,
        ),
      );
    }
    return toResult(findings, undefined);
  }
  const { url } = parsed;
  if (!parsed.schemeRepaired && url.protocol !== 'https:') derivable = false;

  if (url.hostname === '') {
    findings.push(finding('not-a-url', `The ${FIELD} has no host name after https://.`));
    return toResult(findings, undefined);
  }

  if (url.username !== '' || url.password !== '') {
    findings.push(
      finding(
        'has-credentials',
        `The ${FIELD} contains a user name or password before the host (the part ending in @). Entra uses the Secret Token instead; it is removed below.`,
      ),
    );
  }

  if (value.includes('#')) {
    findings.push(
      finding(
        'has-fragment',
        `The ${FIELD} contains a # part, which is never sent to the server and would swallow the paths Entra adds. It is removed below.`,
      ),
    );
  }

  const hostLabels = url.hostname.replace(/^\[.*\]$/, '').split('.');
  if (
    !findings.some((f) => f.code === 'placeholder') &&
    (hostLabels.some((label) => PLACEHOLDER_HOST_LABEL.test(label)) ||
      /(?:^|\.)example$/i.test(url.hostname))
  ) {
    findings.push(
      finding(
        'placeholder',
        `The host name in the ${FIELD} is example text (such as "example" or "yourcompany"). Replace it with the ${FIELD} your ${apartmentIq.contacts.csmShort} sent.`,
      ),
    );
    derivable = false;
  }

  // Path: collapse double slashes, drop a trailing slash and any SCIM resource at the end.
  const rawPath = url.pathname;
  const segments = rawPath.split('/').filter((segment) => segment !== '');
  if (
    /\/\/./.test(rawPath) ||
    (rawPath.length > 1 && /\/\/$/.test(rawPath) && segments.length > 0)
  ) {
    findings.push(
      finding(
        'duplicate-slashes',
        `The path of the ${FIELD} contains "//". It is reduced to one slash below.`,
      ),
    );
  }
  const beforeQuery = value.split(/[?#]/, 1)[0] ?? '';
  if (/\/$/.test(beforeQuery) && !/^[a-z][a-z0-9+.-]*:\/*$/i.test(beforeQuery)) {
    findings.push(
      finding(
        'trailing-slash',
        `The ${FIELD} ends with "/". Entra adds "/Users" itself, so the slash is removed below.`,
      ),
    );
  }
  for (let i = 1; i < segments.length; i++) {
    if (segments[i]?.toLowerCase() === 'scim' && segments[i - 1]?.toLowerCase() === 'scim') {
      findings.push(
        finding(
          'doubled-scim-segment',
          `The path of the ${FIELD} contains /scim/scim. Check it against the ${FIELD} you were given.`,
        ),
      );
      break;
    }
  }

  const removedResources: string[] = [];
  for (;;) {
    const last = segments.length - 1;
    if (last >= 0 && SCIM_RESOURCES.has((segments[last] ?? '').toLowerCase())) {
      removedResources.unshift(segments.splice(last, 1)[0] ?? '');
    } else if (last >= 1 && SCIM_RESOURCES.has((segments[last - 1] ?? '').toLowerCase())) {
      const [resource] = segments.splice(last - 1, 2);
      removedResources.unshift(`${resource ?? ''}/…`);
    } else {
      break;
    }
  }
  if (removedResources.length > 0) {
    const first = removedResources[0] ?? '';
    const resourceName = first.replace(/\/…$/, '');
    const shown = /^[A-Z.]+$/i.test(resourceName) ? `/${resourceName}` : 'a SCIM resource';
    findings.push(
      finding(
        'resource-path',
        `The ${FIELD} ends in ${shown}${first.endsWith('/…') ? ' and an id' : ''}. Entra adds ${shown === 'a SCIM resource' ? 'these paths' : shown} itself, so it is removed below.`,
      ),
    );
  }

  // Query: Entra's feature flag is welcome; anything else is usually left over from a copied request.
  let query = url.search;
  const hasQueryMark = (value.split('#', 1)[0] ?? '').includes('?');
  if (query !== '' || hasQueryMark) {
    const parameters = query
      .slice(1)
      .split('&')
      .filter((p) => p !== '');
    const onlyFeatureFlag =
      parameters.length > 0 &&
      parameters.every((p) => (p.split('=', 1)[0] ?? '').toLowerCase() === ENTRA_FEATURE_FLAG);
    if (onlyFeatureFlag) {
      findings.push(
        finding(
          'has-query',
          `The ${FIELD} ends with ?aadOptscim062020, Entra's documented feature flag: it makes Entra send standards-compliant PATCH requests. Keep it only if your ${apartmentIq.contacts.csmShort} asked for it.`,
          { severity: 'info' },
        ),
      );
    } else if (parameters.length === 0) {
      findings.push(
        finding(
          'has-query',
          `The ${FIELD} ends with a "?" with nothing after it; it is removed below.`,
          { severity: 'warning' },
        ),
      );
    } else {
      findings.push(
        finding(
          'has-query',
          `The ${FIELD} contains a query ("?…") other than Entra's ?aadOptscim062020 flag. It is usually left over from a copied request.`,
          { severity: 'warning' },
        ),
      );
      // A query that came with a resource path (e.g. /Users?filter=…) belongs to that request, not to the base URL.
      if (removedResources.length > 0) query = '';
    }
  }

  // Messages never repeat the host: a token pasted after https:// would otherwise be echoed.
  // Host: never an error here (a test or staging endpoint can look like this); the probe decides what it may reach.
  const hostname = url.hostname;
  const expected = apartmentIq.scim.hostPatterns.join(' or ');
  const csm = apartmentIq.contacts.csmShort;
  // Until ApartmentIQ confirms its SCIM host, the pattern is only what we expect: say so.
  const hostHint = apartmentIq.scim.confirmed.hostPatterns
    ? `ApartmentIQ hosts look like ${expected}.`
    : `Use the host name in the Tenant URL your ${csm} sent.`;
  const isIp = IPV4.test(hostname) || hostname.startsWith('[');
  if (isLoopbackHost(hostname)) {
    findings.push(
      finding(
        'localhost',
        `The ${FIELD} points to this computer (localhost or a loopback address), which Entra in Microsoft's cloud cannot reach. ${hostHint}`,
      ),
    );
  } else if (isIp) {
    findings.push(
      finding(
        'ip-address-host',
        `The ${FIELD} uses an IP address instead of a host name. ${hostHint}`,
      ),
    );
  } else if (
    !apartmentIq.scim.hostPatterns.some((pattern) => hostMatchesPattern(hostname, pattern))
  ) {
    findings.push(
      finding(
        'unexpected-host',
        apartmentIq.scim.confirmed.hostPatterns
          ? `The host name in the ${FIELD} does not match ${expected}, the host of every ApartmentIQ Tenant URL.`
          : `The host name in the ${FIELD} is not the one this guide expects (for example ${expected}). Compare it with the Tenant URL your ${csm} sent, character by character.`,
      ),
    );
  }

  const path = segments.length > 0 ? `/${segments.join('/')}` : '';
  const candidate = tryUrl(`https://${url.host}${path}${query}`);
  if (candidate && candidate.port !== '') {
    findings.push(
      finding(
        'non-default-port',
        apartmentIq.scim.confirmed.standardHttpsPort
          ? `The ${FIELD} names port ${candidate.port}. ApartmentIQ endpoints use the standard HTTPS port (443).`
          : `The ${FIELD} names port ${candidate.port}. Keep it only if the Tenant URL your ${csm} sent has it too.`,
      ),
    );
  }
  if (!derivable || !candidate) return toResult(findings, undefined);
  const normalized = `https://${candidate.host}${candidate.pathname === '/' ? '' : candidate.pathname}${candidate.search}`;
  return toResult(findings, normalized);
}
