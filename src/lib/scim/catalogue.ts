/**
 * The diagnostic catalogue: one entry per code in ALL_DIAGNOSTIC_CODES (contract.ts).
 *
 * The widgets show these texts, the probe uses them as default messages and fixes, and the
 * Troubleshooting page is generated from them, so every code has a page entry at
 * `/troubleshooting/#<code>` by construction. Texts are for a customer's IT admin: plain words,
 * the exact Entra field names, and never a token.
 */
import { apartmentIq } from '../../config/apartmentiq';
import {
  formatLimit,
  MAX_LOG_ENTRIES,
  MAX_LOG_FILE_BYTES,
  MAX_USERS_FILE_BYTES,
} from '../exports/limits';
import { leaverText } from '../entra/leavers';
import { USER_NAME_ATTRIBUTE, WORK_EMAIL_ATTRIBUTE } from '../schema/attributes';
import type { DiagnosticCode, Finding, Severity } from './contract';

// Where a code's entry is, and how its texts mark literal values: a module of their own, so a widget
// that links to entries does not load the catalogue's texts.
export { inlineCodeSegments, SEVERITY_LABELS, troubleshootingHref } from './anchors';

export const CATALOGUE_GROUPS = [
  'tenant-url',
  'token',
  'both-fields',
  'endpoint',
  'connection-test',
  'mapping-checker',
  'dry-run',
  'log-doctor',
  'entra-log',
] as const;
export type CatalogueGroup = (typeof CATALOGUE_GROUPS)[number];

/** Headings for the Troubleshooting page and the widgets, in page order. */
export const CATALOGUE_GROUP_TITLES: Record<CatalogueGroup, string> = {
  'tenant-url': 'Tenant URL',
  token: 'Secret Token',
  'both-fields': 'Tenant URL and Secret Token',
  endpoint: 'SCIM endpoint (ServiceProviderConfig)',
  'connection-test': 'Connection test',
  'mapping-checker': 'Attribute mapping checker',
  'dry-run': 'Provisioning dry run',
  'log-doctor': 'Provisioning-log doctor',
  'entra-log': "Entra's provisioning-log codes",
};

/** What Entra itself shows for one of its provisioning-log codes (group `entra-log`). */
export interface EntraSighting {
  /** What the admin sees in Entra: a log code, a status, or the exact message text. */
  shown: string;
  /** Other codes or skip reasons Entra uses for the same cause (older or alternative names). */
  alsoShown?: readonly string[];
  kind: 'code' | 'skip-reason' | 'status' | 'message';
  /** Where in Entra it appears. */
  where: string;
  /** Guide diagnostics that find the same cause before Entra does. */
  related: readonly DiagnosticCode[];
}

interface EntryBase {
  code: DiagnosticCode;
  /** The usual severity; a finding may differ (e.g. `has-query` is info for Entra's feature flag). */
  severity: Severity;
  title: string;
  /** What it means (for an Entra log code: what Microsoft and admins say it means). */
  explanation: string;
  fix: string;
}

/** One code's entry: the guide's own findings, or (group `entra-log`) a code Entra shows. */
export type CatalogueEntry =
  | (EntryBase & { group: Exclude<CatalogueGroup, 'entra-log'>; entra?: never })
  | (EntryBase & { group: 'entra-log'; entra: EntraSighting });

const csm = apartmentIq.contacts.csmShort;
const csmTitle = apartmentIq.contacts.csmTitle;
const hostPatternText = apartmentIq.scim.hostPatterns
  .map((pattern) => `\`${pattern}\``)
  .join(' or ');
const exampleTenantUrl = `https://yourcompany.${apartmentIq.scim.hostPatterns[0]?.replace(/^\*\./, '') ?? 'apartmentiq.io'}${apartmentIq.scim.examplePath}`;
const { minLength: tokenMin, maxLength: tokenMax, expiringSoonDays } = apartmentIq.scim.token;
// Product facts ApartmentIQ has not confirmed are never stated as facts (config `scim.confirmed`).
const confirmed = apartmentIq.scim.confirmed;
const exampleUrlText =
  confirmed.hostPatterns && confirmed.examplePath
    ? `it looks like \`${exampleTenantUrl}\``
    : `for example something like \`${exampleTenantUrl}\`, but always the exact URL sent`;
const support = apartmentIq.contacts.supportEmail;
const product = apartmentIq.productName;
const app = apartmentIq.entraAppName;
const activeRemoved = apartmentIq.scim.activeMapping === 'remove';
const downloadUsers = 'Users → All users → Download users';
const userName = USER_NAME_ATTRIBUTE;
const workEmail = WORK_EMAIL_ATTRIBUTE;
const copySchema =
  "Copy the whole text from Entra's schema editor (classic layout: Mappings → Provision Microsoft Entra ID Users → Show advanced options → Review your schema here; newer layout: Attribute mapping → Advanced Options → Edit schema), or choose the .json file its Download button saved.";

type EntryText = DistributiveOmit<CatalogueEntry, 'code'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const entries: Record<DiagnosticCode, EntryText> = {
  // ── Both fields ────────────────────────────────────────────────────────────
  empty: {
    group: 'both-fields',
    severity: 'error',
    title: 'Field is empty',
    explanation:
      'Nothing was entered in the Tenant URL or Secret Token field. Entra needs both to reach ApartmentIQ.',
    fix: `Paste the Tenant URL and the Secret Token exactly as your ${csm} sent them.`,
  },
  whitespace: {
    group: 'both-fields',
    severity: 'warning',
    title: 'Spaces or line breaks in the value',
    explanation:
      'The value has spaces, tabs or line breaks. At the start or end they usually come from copying and are easy to remove; inside the value they break it.',
    fix: 'Copy the value again in one piece (for example from a plain-text editor) and paste it without spaces or line breaks.',
  },
  placeholder: {
    group: 'both-fields',
    severity: 'error',
    title: 'Example text instead of the real value',
    explanation:
      'The value looks like example or placeholder text (for example `<tenant>`, `{token}`, `your-token`, `example`, `xxxxxxxx`, or a masked value such as `••••abcd`) rather than the real Tenant URL or Secret Token.',
    fix: `Replace it with the real Tenant URL and Secret Token from your ${csmTitle}.`,
  },

  // ── Tenant URL ─────────────────────────────────────────────────────────────
  'not-a-url': {
    group: 'tenant-url',
    severity: 'error',
    title: 'Tenant URL is not a web address',
    explanation:
      'The Tenant URL field must hold a full web address starting with https://. What was entered cannot be read as one; sometimes it is the Secret Token pasted into the wrong field.',
    fix: `Paste the Tenant URL from your ${csm} (${exampleUrlText}). The Secret Token goes in the Secret Token field.`,
  },
  'not-https': {
    group: 'tenant-url',
    severity: 'error',
    title: 'Tenant URL does not start with https://',
    explanation:
      'Entra sends the Secret Token with every request, so the Tenant URL must use an encrypted https:// connection. Microsoft requires HTTPS for SCIM endpoints.',
    fix: 'Start the Tenant URL with https:// (not http:// or nothing).',
  },
  'has-credentials': {
    group: 'tenant-url',
    severity: 'error',
    title: 'User name or password inside the Tenant URL',
    explanation:
      'The Tenant URL contains a user name or password before the host (`user:password@`). Entra authenticates with the Secret Token, and a password in a URL can end up in logs.',
    fix: 'Remove everything between https:// and the @ sign, including the @. Put the token in the Secret Token field only.',
  },
  'has-fragment': {
    group: 'tenant-url',
    severity: 'error',
    title: 'Tenant URL contains a # part',
    explanation:
      'Everything after a # is never sent to a server, and Entra adds paths such as /Users to the end of the Tenant URL, so they would land after the # and be lost.',
    fix: 'Remove the # and everything after it.',
  },
  'resource-path': {
    group: 'tenant-url',
    severity: 'error',
    title: 'Tenant URL ends in a SCIM resource such as /Users',
    explanation:
      'Entra adds /Users and /Groups to the end of the Tenant URL itself. If the Tenant URL already ends in one, Entra asks for paths like /Users/Users, which do not exist.',
    fix: 'Remove the resource part (for example /Users or /ServiceProviderConfig) from the end of the Tenant URL.',
  },
  'trailing-slash': {
    group: 'tenant-url',
    severity: 'warning',
    title: 'Tenant URL ends with a slash',
    explanation:
      "Entra adds /Users and /Groups to the end of the Tenant URL. Microsoft's examples use Tenant URLs with and without a final slash, and how Entra joins the two is not documented: a final slash may produce a double slash (//Users) that some servers do not accept.",
    fix: `Use the Tenant URL exactly as your ${csm} sent it; if the connection test fails, try it without the final slash.`,
  },
  'duplicate-slashes': {
    group: 'tenant-url',
    severity: 'warning',
    title: 'Double slash in the Tenant URL path',
    explanation:
      'The path of the Tenant URL contains `//`. This is usually a copy or typing mistake and can make the server answer "not found".',
    fix: 'Replace the double slash with a single one.',
  },
  'doubled-scim-segment': {
    group: 'tenant-url',
    severity: 'warning',
    title: 'Tenant URL repeats /scim',
    explanation:
      'The path contains /scim twice in a row (for example /scim/scim/). This usually happens when two URLs were joined by hand.',
    fix: `Compare the Tenant URL with the one your ${csm} sent and keep only one /scim.`,
  },
  'has-query': {
    group: 'tenant-url',
    severity: 'warning',
    title: 'Tenant URL contains a ? part',
    explanation:
      "The Tenant URL has a query (a ? and what follows). Entra's documented feature flag `?aadOptscim062020` is fine: it switches Entra to standards-compliant PATCH requests (lower-case operations, `active` as true/false). Anything else is usually left over from a copied request.",
    fix: `Remove the ? part unless your ${csm} asked for it (\`?aadOptscim062020\` may stay).`,
  },
  'unexpected-host': {
    group: 'tenant-url',
    severity: 'warning',
    title: 'Tenant URL host is not the expected one',
    explanation: confirmed.hostPatterns
      ? `ApartmentIQ Tenant URLs are on ${hostPatternText}. A different host may be a test system, or a URL from another product.`
      : `This guide expects ApartmentIQ Tenant URLs on a host such as ${hostPatternText}, but ApartmentIQ has not published its host, so only the Tenant URL your ${csm} sent is authoritative. A different host may be a typo, a test system, or a URL from another product.`,
    fix: `Compare the host name, character by character, with the Tenant URL your ${csm} sent, and use that URL exactly.`,
  },
  'ip-address-host': {
    group: 'tenant-url',
    severity: 'warning',
    title: 'Tenant URL uses an IP address',
    explanation:
      'The Tenant URL uses a numeric IP address instead of a host name. Public HTTPS certificates are issued for host names, so a SCIM endpoint is normally reached by name.',
    fix: `Use the Tenant URL with the host name your ${csm} sent.`,
  },
  'non-default-port': {
    group: 'tenant-url',
    severity: 'warning',
    title: 'Tenant URL has a port number',
    explanation: confirmed.standardHttpsPort
      ? 'The Tenant URL names a port (for example :8443). ApartmentIQ endpoints use the standard HTTPS port, and firewalls often block others.'
      : 'The Tenant URL names a port (for example :8443). Most SCIM endpoints use the standard HTTPS port, and firewalls often block others.',
    fix: `Remove the :port part unless your ${csm} gave you this exact URL.`,
  },
  localhost: {
    group: 'tenant-url',
    severity: 'warning',
    title: 'Tenant URL points to this computer',
    explanation:
      'The Tenant URL points to localhost or a loopback address, which means "this computer". Entra runs in Microsoft\'s cloud and cannot reach a server on your computer.',
    fix: `Use the ApartmentIQ Tenant URL your ${csm} sent.`,
  },

  // ── A link's Tenant URL (?tenant=) ──────────────────────────────────────────
  'untrusted-link': {
    group: 'tenant-url',
    severity: 'error',
    title: 'Link with a Tenant URL that is not ApartmentIQ’s',
    explanation: `The link that opened this page carried a Tenant URL whose host is not an ApartmentIQ host (${hostPatternText}). Links from ApartmentIQ’s guide only ever carry ApartmentIQ Tenant URLs, so this link did not come from the guide as expected, and the Tenant URL was not filled in or remembered.`,
    fix: `Do not use a Tenant URL from this link. Check with your ${csm} which Tenant URL is yours, and paste it yourself.`,
  },
  'token-in-link': {
    group: 'tenant-url',
    severity: 'error',
    title: 'Link that carries a Secret Token',
    explanation:
      'The link that opened this page carried something that looks like a Secret Token in its Tenant URL. A token must never travel in a link (links end up in browser history, proxies and logs), so nothing from the link was filled in, shown or remembered.',
    fix: `Ask your ${csm} for a new Secret Token (this one may have been exposed), sent through a secure channel, and for a link without it.`,
  },

  // ── Secret Token ───────────────────────────────────────────────────────────
  'bearer-prefix': {
    group: 'token',
    severity: 'error',
    title: 'Secret Token starts with "Bearer"',
    explanation:
      'Entra adds the word Bearer itself when it sends the Secret Token. If the field also starts with Bearer, the word is sent twice, and the endpoint will most likely reject the token.',
    fix: 'Delete "Bearer" and the space after it; paste only the token itself.',
  },
  quoted: {
    group: 'token',
    severity: 'error',
    title: 'Secret Token is wrapped in quotes',
    explanation:
      'The Secret Token starts and ends with quotation marks. Quotation marks are not part of a bearer token: they usually come from copying it out of a message or a file.',
    fix: 'Remove the quotation marks at the start and end.',
  },
  'invalid-characters': {
    group: 'token',
    severity: 'error',
    title: 'Secret Token contains a character a token cannot have',
    explanation:
      'A bearer token normally contains only letters, digits, the characters - . _ ~ + / and = signs at the end (RFC 6750). A typographic quote, a no-break space, an accented letter or an invisible character means the token was changed while copying (an error). Other printable characters such as : are rare but some products issue them, so they only get a warning.',
    fix: `Copy the Secret Token again from the original message, ideally via a plain-text editor. If it still contains the character, ask your ${csm} for a new token.`,
  },
  'too-short': {
    group: 'token',
    severity: confirmed.tokenLength ? 'error' : 'warning',
    title: 'Secret Token is too short',
    explanation: confirmed.tokenLength
      ? `The Secret Token is shorter than ${tokenMin} characters. Real tokens are long; a short value is usually only part of the token, or something else.`
      : `The Secret Token is shorter than ${tokenMin} characters. Bearer tokens are usually long, so a short value is often only part of the token; ApartmentIQ has not published its token format, so compare it with the token you were sent.`,
    fix: 'Copy the whole Secret Token again; make sure nothing at the start or end was left out.',
  },
  'too-long': {
    group: 'token',
    severity: 'error',
    title: 'Secret Token is too long',
    explanation: `The Secret Token is longer than ${tokenMax} characters, the most this check accepts. This usually means more than the token was copied (for example the surrounding message), or the token was pasted twice.`,
    fix: 'Paste only the token itself, once.',
  },
  'looks-like-url': {
    group: 'token',
    severity: 'error',
    title: 'A web address in the Secret Token field',
    explanation:
      'The Secret Token field holds what looks like a web address, usually the Tenant URL pasted into the wrong field.',
    fix: 'Put the Tenant URL in the Tenant URL field and the Secret Token in the Secret Token field.',
  },
  'jwt-expired': {
    group: 'token',
    severity: 'error',
    title: 'Secret Token has expired',
    explanation:
      'The Secret Token carries an expiry date, and that date has passed. ApartmentIQ will reject it, and Entra puts a provisioning job whose token stops working into quarantine.',
    fix: `Ask your ${csm} for a new Secret Token.`,
  },
  'jwt-not-yet-valid': {
    group: 'token',
    severity: 'error',
    title: 'Secret Token is not valid yet',
    explanation:
      'The Secret Token carries a "not before" date in the future, so it will be rejected until then.',
    fix: `Wait until the date shown, or ask your ${csm} for a token that is valid now.`,
  },
  'jwt-expiring-soon': {
    group: 'token',
    severity: 'warning',
    title: 'Secret Token expires soon',
    explanation: `The Secret Token expires within ${expiringSoonDays} days. Entra does not warn you before it expires; when the token stops working, provisioning fails and the job goes into quarantine.`,
    fix: `Ask your ${csm} for a longer-lived token, or note the date and replace the Secret Token in Entra before then.`,
  },
  'jwt-unreadable': {
    group: 'token',
    severity: 'info',
    title: 'Secret Token has three parts but is not a readable JWT',
    explanation:
      'The Secret Token has the a.b.c shape of a JSON Web Token, but its parts do not decode as one. Many tokens are opaque strings that only ApartmentIQ can read, so this is usually fine; it only means no expiry date can be shown.',
    fix: 'Nothing to do if you pasted the token exactly as received.',
  },

  // ── SCIM endpoint documents ────────────────────────────────────────────────
  'spc-not-object': {
    group: 'endpoint',
    severity: 'error',
    title: 'ServiceProviderConfig is not a JSON object',
    explanation:
      "The /ServiceProviderConfig answer is not a JSON object, so it does not describe the endpoint's SCIM features.",
    fix: `Check that the Tenant URL is the SCIM base URL your ${csm} sent. If it is, send the test result to ${support}.`,
  },
  'spc-missing-schema': {
    group: 'endpoint',
    severity: 'warning',
    title: 'ServiceProviderConfig lacks its schema name',
    explanation:
      'The document does not list `urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig` in `schemas`, as SCIM 2.0 (RFC 7643) requires. The endpoint may still work with Entra.',
    fix: `No action for you; if the connection test also fails, send the result to ${support}.`,
  },
  'spc-scim-1-1': {
    group: 'endpoint',
    severity: 'warning',
    title: 'ServiceProviderConfig uses SCIM 1.1',
    explanation:
      'The document uses SCIM 1.1 names (for example `urn:scim:schemas:core:1.0` or `xmlDataFormat`). Entra speaks SCIM 2.0, so an endpoint that only speaks 1.1 is likely to fail.',
    fix: `Check that the Tenant URL points to the SCIM 2.0 endpoint (often a path ending in /v2) your ${csm} sent.`,
  },
  'spc-missing-field': {
    group: 'endpoint',
    severity: 'warning',
    title: 'ServiceProviderConfig lacks a field',
    explanation:
      'A field SCIM 2.0 requires in the ServiceProviderConfig is missing or unusable, so that feature cannot be confirmed.',
    fix: `No action for you unless the connection test fails; then send the result to ${support}.`,
  },
  'spc-string-boolean': {
    group: 'endpoint',
    severity: 'warning',
    title: 'ServiceProviderConfig writes values as text',
    explanation:
      'The document writes true/false or numbers as text (for example `"true"` instead of `true`). Strict SCIM clients may misread it.',
    fix: `No action for you; it is a detail for ApartmentIQ (${support}).`,
  },
  'spc-nonstandard-name': {
    group: 'endpoint',
    severity: 'info',
    title: 'ServiceProviderConfig uses a non-standard field name',
    explanation:
      'The document spells a field differently from SCIM 2.0 (for example `eTag` for `etag`, `documentationUrl` for `documentationUri`, `specURI` for `specUri`). It was read anyway.',
    fix: 'No action needed.',
  },
  'patch-unsupported': {
    group: 'endpoint',
    severity: 'error',
    title: 'Endpoint does not support PATCH',
    explanation:
      'The ServiceProviderConfig says PATCH is not supported. Entra updates and deactivates users with PATCH requests, so changes would fail.',
    fix: `Check that the Tenant URL is the one your ${csm} sent; if it is, contact ${support}.`,
  },
  'filter-unsupported': {
    group: 'endpoint',
    severity: 'error',
    title: 'Endpoint does not support filtering',
    explanation:
      'The ServiceProviderConfig says filtering is not supported. Entra looks users up with a filter (`/Users?filter=userName eq "…"`) before creating them, including in Test connection.',
    fix: `Check that the Tenant URL is the one your ${csm} sent; if it is, contact ${support}.`,
  },
  'no-bearer-scheme': {
    group: 'endpoint',
    severity: 'info',
    title: 'ServiceProviderConfig lists no bearer token scheme',
    explanation:
      'The `authenticationSchemes` list does not include `oauthbearertoken`, the SCIM name for the bearer token Entra sends. Many endpoints accept bearer tokens anyway; the connection test shows whether yours does.',
    fix: 'No action needed if the connection test passes.',
  },

  // ── Connection test outcomes ───────────────────────────────────────────────
  ok: {
    group: 'connection-test',
    severity: 'info',
    title: 'Check passed',
    explanation: 'The endpoint answered this check the way Entra expects.',
    fix: 'Nothing to do.',
  },
  unauthorized: {
    group: 'connection-test',
    severity: 'error',
    title: 'Secret Token was rejected (401)',
    explanation:
      "The endpoint answered 401 Unauthorized: it did not accept the Secret Token. Entra's Test connection then fails with an invalid-credentials message.",
    fix: `Paste the Secret Token again exactly as received (no "Bearer", no quotes). If it still fails, the token may be expired or revoked: ask your ${csm} for a new one.`,
  },
  forbidden: {
    group: 'connection-test',
    severity: 'error',
    title: 'Access refused (403)',
    explanation:
      'The endpoint answered 403 Forbidden: it understood the request but refused it, for example because SCIM is not enabled for your account or the token lacks permission.',
    fix: `Ask your ${csm} to confirm that SCIM is enabled for your organisation and that the token is meant for it.`,
  },
  'not-found': {
    group: 'connection-test',
    severity: 'error',
    title: 'Path not found (404)',
    explanation:
      "The endpoint answered 404 Not Found, so the Tenant URL's path is probably wrong (missing or extra parts). Entra quarantines jobs whose requests keep getting 404.",
    fix: `Compare the Tenant URL character by character with the one your ${csm} sent.`,
  },
  'method-not-allowed': {
    group: 'connection-test',
    severity: 'error',
    title: 'Request method not allowed (405)',
    explanation:
      'The endpoint answered 405 Method Not Allowed to a GET request. The Tenant URL probably points to something other than the SCIM base URL.',
    fix: `Compare the Tenant URL with the one your ${csm} sent.`,
  },
  redirect: {
    group: 'connection-test',
    severity: 'error',
    title: 'Endpoint redirects elsewhere (3xx)',
    explanation:
      'The endpoint answered with a redirect to another address. The connection test never follows redirects, and whether Entra follows them is not documented, so the Tenant URL must be the final address.',
    fix: `Look at where the redirect points (shown in the result). If it is a login page, the Tenant URL is not the SCIM URL; otherwise ask your ${csm} for the exact final Tenant URL.`,
  },
  'upstream-rate-limited': {
    group: 'connection-test',
    severity: 'warning',
    title: 'Endpoint asked to slow down (429)',
    explanation:
      'The endpoint answered 429 Too Many Requests. Entra retries these automatically during provisioning, but a test run right now cannot complete.',
    fix: 'Wait a few minutes and test again.',
  },
  'server-error': {
    group: 'connection-test',
    severity: 'error',
    title: 'Endpoint had an internal error (5xx)',
    explanation:
      'The endpoint answered with a 5xx server error. This is a problem on the server side, not in your settings.',
    fix: `Try again in a few minutes; if it persists, send the test result to ${support}.`,
  },
  'html-response': {
    group: 'connection-test',
    severity: 'error',
    title: 'Endpoint answered with a web page',
    explanation:
      'The endpoint answered with an HTML page (for example a sign-in or error page) instead of SCIM JSON. The Tenant URL probably points to a website rather than the SCIM API.',
    fix: `Use the SCIM Tenant URL your ${csm} sent, not the address of the ApartmentIQ website.`,
  },
  'not-json': {
    group: 'connection-test',
    severity: 'error',
    title: 'Endpoint answer is not JSON',
    explanation:
      'The endpoint answered with something that is not JSON. Entra can only read SCIM JSON answers ("unable to parse the response").',
    fix: `Check the Tenant URL against the one your ${csm} sent; if it matches, send the test result to ${support}.`,
  },
  'not-scim': {
    group: 'connection-test',
    severity: 'error',
    title: 'Endpoint answer is not SCIM',
    explanation:
      'The endpoint answered with JSON, but not in the SCIM shape Entra expects (for example a list without `Resources` or `totalResults`). Entra typically reports answers it cannot read as `SystemForCrossDomainIdentityManagementServiceIncompatible`.',
    fix: `Check the Tenant URL against the one your ${csm} sent; if it matches, send the test result to ${support}.`,
  },
  'filter-ignored': {
    group: 'connection-test',
    severity: 'error',
    title: 'User filter was ignored',
    explanation:
      'Asked for a user name that cannot exist, the endpoint still returned users. Entra looks up each user with this kind of filter before it creates or updates them; an endpoint that ignores it leaves Entra unable to tell which account belongs to whom.',
    fix: `Send the test result to ${support}; do not start provisioning until this check passes.`,
  },
  'groups-not-found': {
    group: 'connection-test',
    severity: 'warning',
    title: '/Groups answers 404',
    explanation:
      "Entra's Test connection also queries /Groups. The endpoint answers 404 there, so Entra's Test connection is likely to fail (admins report `SystemForCrossDomainIdentityManagementServiceIncompatible`) even though ApartmentIQ provisions no groups.",
    fix: `Tell your ${csm} that Entra's Test connection needs /Groups to answer 200 with an empty list.`,
  },
  'response-too-large': {
    group: 'connection-test',
    severity: 'error',
    title: 'Endpoint answer is too large',
    explanation:
      'The endpoint sent far more data than a SCIM answer to this request should contain, so the test stopped reading it.',
    fix: `Check the Tenant URL against the one your ${csm} sent.`,
  },
  timeout: {
    group: 'connection-test',
    severity: 'error',
    title: 'Endpoint did not answer in time',
    explanation:
      "The endpoint did not answer within the test's time limit. Entra reports endpoints that take too long as `Timeout` and retries 40 minutes later.",
    fix: `Check the host name; if it is right, try again later or send the test result to ${support}.`,
  },
  'dns-failure': {
    group: 'connection-test',
    severity: 'error',
    title: 'DNS lookup failed',
    explanation:
      "The name servers did not answer the lookup for the Tenant URL's host name, so the test could not find where to connect. This is usually temporary.",
    fix: `Try again in a few minutes; if it keeps failing, compare the host name with the Tenant URL your ${csm} sent.`,
  },
  'connection-refused': {
    group: 'connection-test',
    severity: 'error',
    title: 'Connection refused',
    explanation:
      "The server at the Tenant URL's address refused the connection: nothing is listening on that port.",
    fix: `Check the host and port against the Tenant URL your ${csm} sent.`,
  },
  'connection-reset': {
    group: 'connection-test',
    severity: 'error',
    title: 'Connection was cut',
    explanation:
      'The connection was closed by the other side before an answer arrived, often by a firewall or proxy.',
    fix: `Try again; if it keeps happening, send the test result to ${support}.`,
  },
  'tls-error': {
    group: 'connection-test',
    severity: 'error',
    title: 'Secure connection failed (certificate)',
    explanation:
      'The HTTPS connection could not be established safely: the certificate is untrusted, expired or for a different host name, or the handshake failed. Microsoft lists the certificate authorities whose certificates Entra accepts: a valid certificate from a well-known public authority is needed.',
    fix: `Check the host name in the Tenant URL. If it is right, send the test result (it says which certificate problem) to ${support}.`,
  },
  'tls-version': {
    group: 'connection-test',
    severity: 'warning',
    title: 'Endpoint refuses TLS 1.2',
    explanation:
      'The endpoint refused a TLS 1.2 connection but accepted a newer version. Microsoft documents TLS 1.2 as the protocol its provisioning service uses, so Entra may fail to connect.',
    fix: `Send the test result to ${support} and ask for TLS 1.2 to be enabled on the SCIM endpoint.`,
  },
  'blocked-address': {
    group: 'connection-test',
    severity: 'error',
    title: 'Host not reachable from the public internet, or not allowed',
    explanation:
      "The Tenant URL's host has no public internet address: the name does not exist (often a typo), or it leads to a private, local or reserved network. The connection test only contacts public addresses, and Entra in Microsoft's cloud could not reach anything else either. For safety the test does not say which of these it is.",
    fix: `Compare the host name character by character with the Tenant URL your ${csm} sent.`,
  },
  'host-not-allowed': {
    group: 'connection-test',
    severity: 'error',
    title: 'Host not allowed for the test',
    explanation: `The connection test only contacts ApartmentIQ hosts (${hostPatternText}). The Tenant URL's host is not one of them.`,
    fix: `Check the host name against the Tenant URL your ${csm} sent.`,
  },

  // ── Why the connection test itself could not run ───────────────────────────
  'bad-request': {
    group: 'connection-test',
    severity: 'error',
    title: 'Test request was malformed',
    explanation:
      'The connection test received a request it could not read. This is a problem with the page, not with your values.',
    fix: 'Reload the page and try again.',
  },
  'unsupported-media-type': {
    group: 'connection-test',
    severity: 'error',
    title: 'Test request had the wrong format',
    explanation: "The connection test only accepts JSON requests from this site's form.",
    fix: 'Reload the page and use the form to run the test.',
  },
  'payload-too-large': {
    group: 'connection-test',
    severity: 'error',
    title: 'Test request was too large',
    explanation:
      'The values sent to the connection test were larger than any real Tenant URL and Secret Token.',
    fix: 'Paste only the Tenant URL and the Secret Token, nothing else.',
  },
  'request-timeout': {
    group: 'connection-test',
    severity: 'error',
    title: 'Test request arrived too slowly',
    explanation:
      'The connection test stopped waiting for the request from your browser because it did not arrive within a few seconds. A very slow or interrupted network connection usually causes this.',
    fix: 'Check your network connection and run the test again.',
  },
  'cross-site-request': {
    group: 'connection-test',
    severity: 'error',
    title: 'Test started from another site',
    explanation:
      "The connection test only runs from this guide's own pages, so no other website can use it with your token.",
    fix: 'Open this guide directly and run the test from its form.',
  },
  'rate-limited': {
    group: 'connection-test',
    severity: 'warning',
    title: 'Too many tests from your address',
    explanation: 'Too many connection tests came from your network address in a short time.',
    fix: 'Wait a minute and try again.',
  },
  'probe-unavailable': {
    group: 'connection-test',
    severity: 'info',
    title: 'Connection test not available here',
    explanation:
      'This copy of the guide is served as static pages, without the server that runs the connection test. The field checks still work in your browser.',
    fix: 'Use Test connection in Entra, or the copy of this guide with the connection test.',
  },

  // ── Attribute mapping checker: the pasted provisioning schema ──────────────
  'schema-empty': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'No provisioning schema to check',
    explanation: 'The schema field is empty, or the chosen file has no text.',
    fix: copySchema,
  },
  'schema-too-large': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'The text is too large to be a provisioning schema',
    explanation:
      'The pasted text or chosen file is far larger than any provisioning schema, so the checker does not read it.',
    fix: copySchema,
  },
  'schema-invalid-json': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'The schema is not valid JSON',
    explanation:
      'The text is not valid JSON. The checker shows the line and column where it stops making sense, usually because only part of the schema was copied or it was edited by hand.',
    fix: 'Correct it at that place, or copy the schema again from Entra, whole and unchanged: click in the editor, select all (Ctrl+A) and copy (Ctrl+C).',
  },
  'not-a-schema': {
    group: 'mapping-checker',
    severity: 'error',
    title: "Valid JSON, but not Entra's provisioning schema",
    explanation:
      'The JSON is readable, but it is not a provisioning schema (an object with a `synchronizationRules` list): for example a SCIM document, a Microsoft Graph list response, or another file.',
    fix: copySchema,
  },
  'no-user-mapping': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'The schema has no user mapping',
    explanation:
      'The provisioning schema has no object mapping for users (`"sourceObjectName": "User"`), so there is nothing to check.',
    fix: `Check that you copied the schema of the ${product} app’s provisioning. If its user mapping was deleted, use Restore default mappings in Entra (it resets every mapping and scoping filter and restarts provisioning; Microsoft recommends turning provisioning off first), then copy the schema again.`,
  },
  'unsupported-mappings': {
    group: 'mapping-checker',
    severity: 'warning',
    title: `Attributes ${product} does not support are mapped`,
    explanation: `The user mapping sends attributes that are not in ${product}'s list of supported attributes. The checker marks them Remove in its table.`,
    fix: 'Delete those mappings in Entra, or paste the cleaned schema the checker makes: it removes them and changes nothing else.',
  },
  'only-supported-mappings': {
    group: 'mapping-checker',
    severity: 'info',
    title: 'Only supported attributes are mapped',
    explanation: `Every attribute the user mapping sends is one ${product} supports.`,
    fix: 'Nothing to do.',
  },
  'missing-supported-attribute': {
    group: 'mapping-checker',
    severity: 'warning',
    title: 'A supported attribute is not mapped',
    explanation: `${product} supports the attribute, but no mapping sends it, so ${product} will not receive it.`,
    fix: "In Entra's attribute mapping, choose Add New Mapping with that target attribute and Entra's default source attribute. The checker does not add mappings for you.",
  },
  'group-provisioning-on': {
    group: 'mapping-checker',
    severity: 'warning',
    title: 'Group provisioning is on',
    explanation: `A group mapping is enabled. ${product} does not take groups: the source guide says to disable it.`,
    fix: 'Turn it off (see Attribute mapping, "Turn off group provisioning"), or paste the cleaned schema, which sets the group mapping to `"enabled": false`. Groups you assign to the app still decide which users are provisioned; only the group objects are not sent.',
  },
  'group-provisioning-off': {
    group: 'mapping-checker',
    severity: 'info',
    title: 'Group provisioning is off',
    explanation: 'No group mapping is enabled, so no groups are provisioned.',
    fix: 'Nothing to do.',
  },
  'matching-not-username': {
    group: 'mapping-checker',
    severity: 'warning',
    title: `Users are matched on another attribute than ${userName}`,
    explanation: `Entra uses the matching attribute to find users that already exist in ${product}. The usual setting, and what this guide assumes, is ${userName} from userPrincipalName.`,
    fix: `Keep it only if your ${csm} agreed to it; otherwise make ${userName} the matching attribute (Matching precedence 1), so existing ${product} accounts are found and not created twice.`,
  },
  'matching-attribute-removed': {
    group: 'mapping-checker',
    severity: 'error',
    title: 'Cleaning would remove the matching attribute',
    explanation: `Users are matched on an attribute ${product} does not support, so removing it leaves no matching attribute. Entra uses one to find existing users.`,
    fix: `Before saving, make ${userName} the matching attribute: edit the ${userName} mapping and set Match objects using this attribute to Yes with Matching precedence 1.`,
  },
  'no-matching-attribute': {
    group: 'mapping-checker',
    severity: 'warning',
    title: 'No attribute is marked for matching',
    explanation: `No mapping has a matching priority. Entra uses the matching attribute to find users that already exist in ${product}.`,
    fix: `Edit the ${userName} mapping and set Match objects using this attribute to Yes, with Matching precedence 1.`,
  },
  'email-from-mail': {
    group: 'mapping-checker',
    severity: 'info',
    title: 'The work e-mail comes from mail',
    explanation: `The work e-mail (${workEmail}) is mapped from the Entra attribute mail. Users whose mail is empty (for example accounts without a mailbox) are sent without an e-mail, because Entra skips empty attributes.`,
    fix: `If some of your users have no mail, edit that mapping and choose userPrincipalName as its source attribute, but only if your user principal names are real e-mail addresses (${product} accounts use e-mail addresses). Ask your CSM if unsure.`,
  },
  'active-trade-off': {
    group: 'mapping-checker',
    severity: 'info',
    title: activeRemoved
      ? 'active is removed: what that means for leavers'
      : 'active is kept: what that means for leavers',
    explanation: leaverText.details.join(' '),
    fix: leaverText.action,
  },
  'user-mapping-disabled': {
    group: 'mapping-checker',
    severity: 'warning',
    title: 'The user mapping is disabled',
    explanation: 'The user mapping has `"enabled": false`, so Entra provisions no users with it.',
    fix: `If this is the mapping ${product} should use, set Enabled to Yes in the mapping (the cleaned schema leaves it as it is).`,
  },
  'several-user-mappings': {
    group: 'mapping-checker',
    severity: 'info',
    title: 'The schema has several user mappings',
    explanation:
      'The schema has more than one user mapping. The checker checks each, and the cleaned schema cleans each of them.',
    fix: 'Nothing to do; each finding names the mapping it is about.',
  },

  // ── Provisioning dry run: users in the "Download users" file ───────────────
  'dry-run-no-mail': {
    group: 'dry-run',
    severity: 'error',
    title: 'User has no email address (mail is empty)',
    explanation: `Entra fills the work email (\`emails[type eq "work"].value\`) from the user's \`mail\` attribute and leaves out empty attributes, so this user reaches ${product} without an email address. ${product} accounts use email addresses, so the user is likely to be rejected; Entra logs such a rejection as \`SystemForCrossDomainIdentityManagementServiceIncompatible\`.`,
    fix: `Give the user a mailbox or an email address in Entra before you start provisioning. If your user principal names are real email addresses, you can instead map \`emails[type eq "work"].value\` from \`userPrincipalName\` (Attribute mapping, "Users without a mailbox"); check with your ${csm} first.`,
  },
  'dry-run-guest-user-name': {
    group: 'dry-run',
    severity: 'error',
    title: 'User name contains #EXT#',
    explanation: `The user principal name looks like \`alias_homedomain#EXT#@yourtenant.onmicrosoft.com\`: a guest account, or the personal Microsoft account that created the tenant (that one is a Member, not a Guest). Entra sends the user principal name as \`userName\`, so the ${product} account would carry this technical name instead of the person's email address.`,
    fix: `Assign the person's own work account to the ${app} app instead of the #EXT# account, or ask your ${csm} how ${product} should receive guests.`,
  },
  'dry-run-onmicrosoft-user-name': {
    group: 'dry-run',
    severity: 'warning',
    title: 'User name is on an onmicrosoft.com domain',
    explanation: `The user principal name ends in \`.onmicrosoft.com\`, the tenant's initial domain, which is rarely anyone's email address. ${product} receives it as the user name.`,
    fix: `If the person has an address on your own domain, change the user principal name to it in Entra before you start. Admin and service accounts usually should not be assigned to the ${app} app at all.`,
  },
  'dry-run-guest': {
    group: 'dry-run',
    severity: 'warning',
    title: 'Guest user',
    explanation: `\`userType\` is Guest: the person signs in with an account from another organisation. Assigned guests are provisioned like members, and Entra cannot leave guests out with a scoping filter on \`userType\`.`,
    fix: `If guests should not get ${product} accounts, unassign them (or the group that brings them in) from the ${app} app.`,
  },
  'dry-run-shared-email': {
    group: 'dry-run',
    severity: 'error',
    title: 'Email address shared by several users',
    explanation: `Two or more users in the file have the same \`mail\` (ignoring capitals). Entra does not require \`mail\` to be unique, but ${product} accounts use email addresses, so only one of them can get an account: the others are likely to fail with a conflict (HTTP 409), which Entra logs as \`SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering\`.`,
    fix: `Decide whose address it is, and correct \`mail\` on the other users in Entra or leave them unassigned from the ${app} app.`,
  },
  'dry-run-disabled': {
    group: 'dry-run',
    severity: 'warning',
    title: 'Account is disabled',
    explanation: `Sign-in is blocked for this user (\`accountEnabled\` is False). Entra skips disabled users (the log says \`NotEffectivelyEntitled\`), so no ${product} account is created.${activeRemoved ? ` And because the guide removes the \`active\` mapping, a user who is disabled after their ${product} account exists stays active in ${product}.` : ''}`,
    fix: `If the person should use ${product}, enable the account before you start. If not, unassign them from the ${app} app, so their skips do not hide real problems in the logs.`,
  },
  'dry-run-missing-name': {
    group: 'dry-run',
    severity: 'warning',
    title: 'First or last name is empty',
    explanation: `\`givenName\` or \`surname\` is empty, so Entra sends no \`name.givenName\` or \`name.familyName\` for this user and ${product} gets the account without that name.`,
    fix: "Fill in the user's first and last name in Entra before you start provisioning.",
  },
  'dry-run-email-differs': {
    group: 'dry-run',
    severity: 'info',
    title: 'Email address differs from the user name',
    explanation: `The user's \`mail\` is not their user principal name. ${product} receives both: \`userName\` from the user principal name and the work email from \`mail\`.`,
    fix: `Nothing to do if both are right. If ${product} should see one address only, ask your ${csm} which one it uses to sign people in.`,
  },
  'dry-run-missing-columns': {
    group: 'dry-run',
    severity: 'warning',
    title: 'The file lacks columns the dry run needs',
    explanation:
      'The dry run reads `mail`, `givenName`, `surname`, `accountEnabled` and `userType` for every user. Without one of these columns it cannot judge that part for anyone, so it says so once instead of flagging every user. "Download users (Preview)" exports only the columns the All users list shows, and its default view has none of the first four.',
    fix: 'In Users → All users, add the missing columns to the list view and download again, or use the classic Download users, which includes them.',
  },
  'dry-run-external-id-unknown': {
    group: 'dry-run',
    severity: 'info',
    title: 'externalId cannot be predicted from the file',
    explanation:
      'Entra fills `externalId` from `mailNickname`, and no "Download users" file contains `mailNickname`. The preview shows `<value of [mailNickname]>` there instead of guessing.',
    fix: "Nothing to do. To see a user's real value, use Provision on demand for that user.",
  },
  'dry-run-rows-left-out': {
    group: 'dry-run',
    severity: 'info',
    title: 'Rows that are not users were left out',
    explanation:
      "Rows for groups, devices or contacts (a group's member download lists them too) and rows without a user principal name are not users Entra provisions.",
    fix: 'Nothing to do. Entra provisions the direct members of an assigned group, not the group itself nor the members of nested groups.',
  },
  'dry-run-duplicate-rows': {
    group: 'dry-run',
    severity: 'info',
    title: 'The same user appears more than once',
    explanation:
      'Several rows have the same user principal name, for example because two downloads were joined. Each user is checked once.',
    fix: 'Nothing to do.',
  },
  'dry-run-not-utf8': {
    group: 'dry-run',
    severity: 'warning',
    title: 'The file is not UTF-8 text',
    explanation:
      'The file is not UTF-8, so it was read as Windows-1252, the encoding Excel often uses when it saves a CSV. Names with letters outside Western European alphabets may be shown wrongly.',
    fix: 'Use the file exactly as Entra downloaded it, without opening and saving it in a spreadsheet first.',
  },
  'users-file-empty': {
    group: 'dry-run',
    severity: 'error',
    title: 'The users file is empty',
    explanation: 'The chosen file has no content.',
    fix: `Download the users again (${downloadUsers}) and wait until the download has finished.`,
  },
  'users-file-too-large': {
    group: 'dry-run',
    severity: 'error',
    title: 'The users file is too large',
    explanation: `The dry run reads files up to ${formatLimit(MAX_USERS_FILE_BYTES)}, about 150,000 users.`,
    fix: `Filter the All users list before you download (the file holds the filtered list), or use the member download of the group you assign to the ${app} app.`,
  },
  'users-file-spreadsheet': {
    group: 'dry-run',
    severity: 'error',
    title: 'The file is an Excel workbook, not CSV',
    explanation:
      'The dry run reads the CSV file Entra downloads, not a spreadsheet workbook (.xlsx).',
    fix: 'Choose the original .csv file, or save the sheet as "CSV UTF-8".',
  },
  'users-file-bulk-template': {
    group: 'dry-run',
    severity: 'error',
    title: 'The file is the bulk-create template, not a download',
    explanation:
      'The file starts with `version:v1.0` or has headers such as `Name [displayName] Required`: that is the template Entra offers for creating users in bulk, not a list of your users.',
    fix: `Download the users instead: ${downloadUsers}.`,
  },
  'users-file-m365-export': {
    group: 'dry-run',
    severity: 'error',
    title: 'The file comes from the Microsoft 365 admin center',
    explanation:
      "The headers are display names such as `User principal name` and `Block credential`: this is the Microsoft 365 admin center's user export, whose columns differ from Entra's.",
    fix: `Download the users from the Microsoft Entra admin center instead: ${downloadUsers}.`,
  },
  'users-file-not-users-export': {
    group: 'dry-run',
    severity: 'error',
    title: 'The file is not a users download',
    explanation:
      "The dry run needs a CSV file with a `userPrincipalName` column, like Entra's Download users and Download members files.",
    fix: `Choose the file from ${downloadUsers} (or a group's Download members). Provisioning logs (JSON) go in the log doctor on the Troubleshooting page.`,
  },
  'users-file-broken-quotes': {
    group: 'dry-run',
    severity: 'error',
    title: "The file's quoting is broken",
    explanation:
      'A value that starts with a quotation mark does not end with one before the next comma or line, so the rows after it cannot be read reliably.',
    fix: 'Download the file again and use it unchanged. If you edited it, look at the line the message names.',
  },

  // ── Provisioning-log doctor: the downloaded log file ───────────────────────
  'log-file-empty': {
    group: 'log-doctor',
    severity: 'error',
    title: 'The log file is empty',
    explanation: 'The chosen file has no content.',
    fix: 'Download the provisioning logs again (JSON) and wait until the download has finished.',
  },
  'log-file-too-large': {
    group: 'log-doctor',
    severity: 'error',
    title: 'The log file is too large',
    explanation: `The log doctor reads files up to ${formatLimit(MAX_LOG_FILE_BYTES)}. Entra's own download holds at most 100,000 records.`,
    fix: 'Filter the provisioning logs to a shorter date range, or to failures only, before you download.',
  },
  'log-file-csv': {
    group: 'log-doctor',
    severity: 'error',
    title: 'The log file is CSV: use the JSON download',
    explanation:
      "Entra's CSV download of the provisioning logs is split into three files whose columns Microsoft does not document, so the log doctor reads only the JSON download.",
    fix: 'In Provisioning logs, select Download, choose JSON, then select Download next to Provisioning logs.',
  },
  'log-file-invalid-json': {
    group: 'log-doctor',
    severity: 'error',
    title: 'The log file is not valid JSON',
    explanation:
      'The file stops being valid JSON at the place the message names, for example because the download was cut off or the file was edited.',
    fix: 'Download the provisioning logs again (JSON) and use the file unchanged.',
  },
  'log-file-not-provisioning-log': {
    group: 'log-doctor',
    severity: 'error',
    title: 'This JSON is not a provisioning log',
    explanation:
      'The log doctor reads the provisioning-log download: a list of entries with fields such as `provisioningAction`, `provisioningStatusInfo` and `provisioningSteps`. This file holds something else, for example the provisioning schema or the sign-in or audit logs.',
    fix: `Download the provisioning logs of the ${app} app as JSON: Enterprise apps → ${app} → Provisioning logs → Download.`,
  },
  'log-too-many-entries': {
    group: 'log-doctor',
    severity: 'warning',
    title: 'Only the first entries were read',
    explanation: `The file has more than ${MAX_LOG_ENTRIES.toLocaleString('en-US')} entries, twice what Entra puts in one download. The report covers the first ${MAX_LOG_ENTRIES.toLocaleString('en-US')}.`,
    fix: 'Download a shorter date range to see the rest.',
  },
  'log-entries-unreadable': {
    group: 'log-doctor',
    severity: 'warning',
    title: 'Some entries could not be read',
    explanation:
      'Some items in the file are not provisioning-log entries (or not valid JSON), so they are left out of the counts.',
    fix: 'Download the provisioning logs again and use the file unchanged.',
  },
  'log-graph-response': {
    group: 'log-doctor',
    severity: 'info',
    title: 'The file is a Microsoft Graph answer',
    explanation:
      'The entries were read from the `value` list of a Microsoft Graph `auditLogs/provisioning` answer rather than the portal download. When the answer has an `@odata.nextLink`, it is only one page of the results.',
    fix: "Nothing to do. For every entry, use the portal's Download (JSON), or follow the next links.",
  },
  'log-no-entries': {
    group: 'log-doctor',
    severity: 'info',
    title: 'The log file has no entries',
    explanation:
      'The file is an empty list. The download contains only what the Provisioning logs view shows with its filters (date range, status, action).',
    fix: 'Widen the filters, check that the list shows entries, then download again.',
  },
  'log-no-failures': {
    group: 'log-doctor',
    severity: 'info',
    title: 'No failures in this file',
    explanation:
      'No entry in this file failed. That alone does not prove provisioning is healthy: when the Secret Token stops working, Entra puts the job in quarantine and new log entries can simply stop.',
    fix: "Check the status on the app's provisioning overview for quarantine, and compare the time span of the file with when you expect activity.",
  },
  'log-group-entries': {
    group: 'log-doctor',
    severity: 'warning',
    title: 'Entries for groups: group provisioning is on',
    explanation: `Some entries are about groups. ${product} receives users, not groups, so group provisioning should be off.`,
    fix: 'Turn off group provisioning: see Attribute mapping, "Turn off group provisioning".',
  },
  'log-cause-not-decoded': {
    group: 'log-doctor',
    severity: 'info',
    title: 'A cause this guide does not explain yet',
    explanation:
      "The code or skip reason is not one this guide has reliable information about. It is shown exactly as Entra wrote it, with Entra's own text.",
    fix: `Search Microsoft's "How to analyze the Microsoft Entra provisioning logs" for the code, or copy the summary into a ticket for ${support}.`,
  },

  // ── Entra's own provisioning-log codes, skip reasons, statuses and messages ──
  // Checked 2026-12-01 against the sources the Troubleshooting page names (ms-analyze-provisioning-logs
  // for the codes, ms-quarantine, ms-no-users-provisioned and ms-govern-existing-users for
  // NotEffectivelyEntitled, ms-cross-tenant-sync for the invalid-credentials message) and the exports
  // research (C.1–C.4); where Microsoft is silent, the text says who reports it.
  'invalid-credentials': {
    group: 'entra-log',
    severity: 'error',
    title: 'Test connection says the credentials are invalid',
    explanation:
      'Test connection did not get the answer it expects from the Tenant URL with this Secret Token: the endpoint refused the request or answered with an error. Usually the Secret Token is wrong, expired or pasted with extra characters, or the Tenant URL is not the exact one you were given.',
    fix: `Run the checks on the Connect page. Paste the Secret Token without "Bearer" or quotes, and the Tenant URL exactly as your ${csm} sent it. If it still fails, ask your ${csm} for a new token.`,
    entra: {
      shown:
        'You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account.',
      kind: 'message',
      where:
        'Test connection, after entering the Tenant URL and Secret Token (Microsoft quotes this message in its cross-tenant synchronization guide)',
      related: [
        'unauthorized',
        'forbidden',
        'bearer-prefix',
        'quoted',
        'whitespace',
        'jwt-expired',
        'not-found',
      ],
    },
  },
  'service-incompatible': {
    group: 'entra-log',
    severity: 'error',
    title: "Entra cannot use ApartmentIQ's answer",
    explanation:
      'Microsoft: the provisioning service "is unable to parse the response" from the app. Admins and vendors also report it when an endpoint answers 404 where Entra expected 200 (for example on /Groups during Test connection), and for users sent without an email address to an endpoint that needs one; Microsoft does not document those two causes.',
    fix: `If Test connection fails with it, run the connection test on the Connect page: it shows which request failed. If it appears for single users, check that their \`mail\` attribute in Entra is filled (see "Users without an email address" on the Attribute mapping page). Otherwise send the log entry to ${support}.`,
    entra: {
      shown: 'SystemForCrossDomainIdentityManagementServiceIncompatible',
      kind: 'code',
      where: 'Provisioning logs and Test connection',
      related: ['groups-not-found', 'not-scim', 'not-json', 'html-response', 'not-found'],
    },
  },
  quarantine: {
    group: 'entra-log',
    severity: 'error',
    title: 'Provisioning is in quarantine',
    explanation:
      'Most or all requests to ApartmentIQ failed, for example because of invalid credentials or 404 answers. Entra then retries less and less often (down to once a day) and disables the job after four weeks. Microsoft Graph reports the reason, for example `EncounteredQuarantineException` for invalid credentials.',
    fix: `Find the cause in the provisioning logs or with the connection test on the Connect page (most often an expired or replaced Secret Token, or a changed Tenant URL), fix it, then select Restart provisioning.`,
    entra: {
      shown: 'Quarantine',
      kind: 'status',
      where: 'Provisioning overview, with a one-time email to the Notification Email address',
      related: ['unauthorized', 'not-found', 'jwt-expired', 'timeout'],
    },
  },
  'duplicate-target-entries': {
    group: 'entra-log',
    severity: 'error',
    title: 'Several ApartmentIQ users match one Entra user',
    explanation:
      'More than one ApartmentIQ user matched the value Entra uses to find the user (the matching attribute, usually `userName`).',
    fix: `Ask your ${csm} to check for duplicate users in ApartmentIQ with that user name or email, then provision the user again (Provision on demand).`,
    entra: {
      shown: 'DuplicateTargetEntries',
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: ['filter-ignored'],
    },
  },
  'not-effectively-entitled': {
    group: 'entra-log',
    severity: 'info',
    title: 'User skipped: not entitled (a skip reason, not an error)',
    explanation:
      'Entra did not treat the user as entitled to the ApartmentIQ application, so it skipped them. Usually the user is not assigned to the app (directly or through a group), or their account is disabled in Entra.',
    fix: 'Run Provision on demand for the user and read "Determine if user is in scope": it shows whether they are active and assigned. If they should not be provisioned, nothing needs doing. If they are assigned and enabled, remove the assignment under Users and groups and add it again.',
    entra: {
      shown: 'NotEffectivelyEntitled',
      kind: 'skip-reason',
      where: "Provisioning logs, status Skipped, as the skip reason in the entry's details",
      related: ['dry-run-disabled'],
    },
  },
  'schema-attribute-not-found': {
    group: 'entra-log',
    severity: 'error',
    title: 'A mapped attribute does not exist in ApartmentIQ',
    explanation:
      'An attribute mapping sends an attribute that does not exist on the ApartmentIQ side.',
    fix: `Open Attribute mapping and keep only the attributes ApartmentIQ supports: ${apartmentIq.scim.supportedAttributes.map((name) => `\`${name}\``).join(', ')}. Remove the rest.`,
    entra: {
      shown: 'SchemaAttributeNotFound',
      kind: 'code',
      where: 'Provisioning logs',
      related: [],
    },
  },
  'mandatory-fields-missing': {
    group: 'entra-log',
    severity: 'error',
    title: 'A required value is empty in Entra',
    explanation:
      'A value a mapping needs is empty for this user in Entra (for example no email address or no surname), so Entra did not send the user.',
    fix: "Fill in the missing value on the user in Entra (or change the mapping's source), then use Provision on demand for that user.",
    entra: {
      shown: 'MandatoryFieldsMissing',
      alsoShown: ['MissingValues'],
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: [],
    },
  },
  // Codes and skip reasons the provisioning-log doctor meets in downloaded logs (exports research C).
  'scim-conflict': {
    group: 'entra-log',
    severity: 'error',
    title: `${product} already has a user with that email or user name`,
    explanation: `${product} answered 409 Conflict: a user with the same unique value (typically the email address) already exists there, but Entra's lookup by \`userName\` did not find it, for example because the existing account has a different user name, or two Entra users share one email address.`,
    fix: `Check for two Entra users with the same email (the provisioning dry run on Start provisioning finds them). Otherwise ask your ${csm} to look for the existing ${product} user with that email, then use Provision on demand for the user.`,
    entra: {
      shown: 'SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering',
      kind: 'code',
      where: 'Provisioning logs, for one user, usually with HTTP 409 Conflict inside the reason',
      related: ['dry-run-shared-email'],
    },
  },
  'scim-bad-request': {
    group: 'entra-log',
    severity: 'error',
    title: `${product} rejected the request (older wording)`,
    explanation: `${product} answered 400 Bad Request. Logs from 2019 used this code; newer ones log a 400 as \`SystemForCrossDomainIdentityManagementServiceIncompatible\`. The reason usually ends with ${product}'s own message, which names the value it refused.`,
    fix: `Read ${product}'s message in the reason (the log doctor shows it), correct that value on the user in Entra, then use Provision on demand. If the message is unclear, send it to ${support}.`,
    entra: {
      shown: 'SystemForCrossDomainIdentityManagementBadRequest',
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: ['dry-run-no-mail'],
    },
  },
  'scim-bad-response': {
    group: 'entra-log',
    severity: 'error',
    title: `Entra could not read ${product}'s answer`,
    explanation: `Entra received an answer from ${product} that it could not read.`,
    fix: `Run the connection test on the Connect page. If it passes, send the log entry to ${support}.`,
    entra: {
      shown: 'SystemForCrossDomainIdentityManagementBadResponse',
      kind: 'code',
      where: 'Provisioning logs',
      related: ['not-scim', 'not-json', 'html-response'],
    },
  },
  'scim-credentials-rejected': {
    group: 'entra-log',
    severity: 'error',
    title: 'The Secret Token was not accepted',
    explanation:
      'Admins report this code when Entra could not authenticate with the Secret Token: it is wrong, expired or revoked (Microsoft does not document it). It stops the whole job, not one user.',
    fix: `Ask your ${csm} for a new Secret Token, paste it in Entra, select Test connection, save, then select Restart provisioning.`,
    entra: {
      shown: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
      kind: 'code',
      where: 'Provisioning overview (the job is put in quarantine), rarely as a log entry',
      related: ['unauthorized', 'jwt-expired'],
    },
  },
  'scim-multiple-entries': {
    group: 'entra-log',
    severity: 'error',
    title: 'A lookup returned several users',
    explanation: `Entra asked ${product} for one user (usually by \`userName\`) and got several back.`,
    fix: `Send the log entry to ${support}: the filter on ${product}'s side has to return one user at most.`,
    entra: {
      shown: 'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse',
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: ['filter-ignored'],
    },
  },
  'redundant-export': {
    group: 'entra-log',
    severity: 'info',
    title: 'Nothing to change (not an error)',
    explanation: `The user in Entra and in ${product} already match, so Entra sent nothing.`,
    fix: 'Nothing to do: Entra is confirming that the user is up to date.',
    entra: {
      shown: 'RedundantExport',
      kind: 'skip-reason',
      where: 'Provisioning logs, as a skipped entry (skip reason)',
      related: [],
    },
  },
  'entry-synchronization-skipped': {
    group: 'entra-log',
    severity: 'info',
    title: 'Skipped: out of scope or nothing to change',
    explanation: `Entra looked at the user and skipped them: they are out of scope, or nothing needed to change. Entra also logs users who are not assigned to the ${app} app as skipped, because of the way it receives directory changes.`,
    fix: `Nothing to do unless the user should have ${product}: then assign them to the ${app} app.`,
    entra: {
      shown: 'EntrySynchronizationSkipped',
      kind: 'code',
      where: 'Provisioning logs, as a skipped entry',
      related: [],
    },
  },
  'duplicate-source-entries': {
    group: 'entra-log',
    severity: 'error',
    title: 'Several Entra users have the same matching value',
    explanation:
      'More than one Entra user has the value Entra matches on (usually the user principal name), so Entra cannot tell which one to send.',
    fix: 'Remove the duplicate in Entra, or keep only one of the users assigned.',
    entra: {
      shown: 'DuplicateSourceEntries',
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: [],
    },
  },
  'import-skipped': {
    group: 'entra-log',
    severity: 'warning',
    title: 'The user has no value to match on',
    explanation:
      'The Entra user has no value in the attribute Entra matches on, so Entra skipped them before checking the scope.',
    fix: 'Fill in the matching attribute on the user (usually the user principal name), or fix the mapping that changed the matching attribute.',
    entra: {
      shown: 'ImportSkipped',
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: [],
    },
  },
  'invalid-anchor': {
    group: 'entra-log',
    severity: 'error',
    title: `A user Entra had matched no longer exists in ${product}`,
    explanation: `Entra had created or matched this user in ${product} earlier, and that ${product} user is gone.`,
    fix: `Check that the user exists in ${product}, then select Restart provisioning, which makes Entra look at every user again.`,
    entra: {
      shown: 'InvalidAnchor',
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: [],
    },
  },
  'retried-automatically': {
    group: 'entra-log',
    severity: 'warning',
    title: 'A temporary failure that Entra retries',
    explanation: `${product} was too slow, asked Entra to slow down, or answered with a server error, or Entra's own service failed. Entra retries these by itself (for most of them, Microsoft documents a retry after 40 minutes).`,
    fix: `Nothing to do unless it keeps happening for the same users over several cycles; then send the summary to ${support}.`,
    entra: {
      shown: 'Timeout',
      alsoShown: [
        'TooManyRequests',
        'InternalServerError',
        'WebExceptionProtocolError',
        'InternalError',
      ],
      kind: 'code',
      where: 'Provisioning logs',
      related: ['timeout', 'upstream-rate-limited', 'server-error'],
    },
  },
  'not-authorized': {
    group: 'entra-log',
    severity: 'error',
    title: `${product} refused the change`,
    explanation: `Entra reached ${product} but was not allowed to make this change.`,
    fix: `Run the connection test on the Connect page; if it passes, ask your ${csm} whether the Secret Token is allowed to create and update users.`,
    entra: {
      shown: 'Unauthorized',
      alsoShown: ['InsufficientRights', 'MethodNotAllowed', 'NotPermitted'],
      kind: 'code',
      where: 'Provisioning logs',
      related: ['unauthorized', 'forbidden', 'method-not-allowed'],
    },
  },
  'entry-conflict': {
    group: 'entra-log',
    severity: 'error',
    title: 'Conflicting values',
    explanation: `A value of this user conflicts with another user's, in Entra or in ${product}.`,
    fix: `Correct the value in Entra, or ask your ${csm} to correct it in ${product}.`,
    entra: {
      shown: 'Conflict',
      alsoShown: ['EntryConflict'],
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: ['dry-run-shared-email'],
    },
  },
  'unexpected-response': {
    group: 'entra-log',
    severity: 'error',
    title: `Unexpected answer from ${product}`,
    explanation: `${product} answered in a way Entra did not expect, usually because of a setting on one side.`,
    fix: `Check the attribute mapping against the supported attributes (Attribute mapping page); if it matches, send the summary to ${support}.`,
    entra: {
      shown: 'UnprocessableEntity',
      alsoShown: ['NotImplemented'],
      kind: 'code',
      where: 'Provisioning logs',
      related: [],
    },
  },
  'invalid-domain': {
    group: 'entra-log',
    severity: 'error',
    title: 'A value has a domain that is not allowed',
    explanation: `An attribute value (usually an email address or user name) has a domain ${product} does not accept for your organisation.`,
    fix: `Correct the domain on the user in Entra, or ask your ${csm} to allow it.`,
    entra: {
      shown: 'InvalidDomain',
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: [],
    },
  },
  'license-limit-exceeded': {
    group: 'entra-log',
    severity: 'error',
    title: `No ${product} licences left`,
    explanation: `${product} has no licence left for another user.`,
    fix: `Ask your ${csm} about licences, or unassign users who should not have ${product}.`,
    entra: {
      shown: 'LicenseLimitExceeded',
      kind: 'code',
      where: 'Provisioning logs, for one user',
      related: [],
    },
  },
  'schema-property-single-value': {
    group: 'entra-log',
    severity: 'error',
    title: 'Several values for a single-value attribute',
    explanation:
      'A mapping sends a multi-valued Entra attribute to an attribute that holds one value.',
    fix: 'Keep only the supported attributes with their default sources (Attribute mapping page).',
    entra: {
      shown: 'SchemaPropertyCanOnlyAcceptValue',
      kind: 'code',
      where: 'Provisioning logs',
      related: [],
    },
  },
};

export const diagnosticCatalogue: Record<DiagnosticCode, CatalogueEntry> =
  /* @__PURE__ */ Object.fromEntries(
    Object.entries(entries).map(([code, entry]) => [
      code,
      { code: code as DiagnosticCode, ...entry },
    ]),
  ) as Record<DiagnosticCode, CatalogueEntry>;

/** An entry for one of Entra's own provisioning-log codes. */
export type EntraLogEntry = Extract<CatalogueEntry, { group: 'entra-log' }>;

/** Entra's provisioning-log codes, in catalogue order (the Troubleshooting page, the log doctor). */
export const entraLogEntries: readonly EntraLogEntry[] = Object.values(diagnosticCatalogue).filter(
  (entry): entry is EntraLogEntry => entry.group === 'entra-log',
);

export function catalogueEntry(code: DiagnosticCode): CatalogueEntry {
  return diagnosticCatalogue[code];
}

/**
 * A Finding for any code with the catalogue's texts as defaults, for code outside the checks (the
 * probe, the widgets) that reports a diagnostic: `diagnosticFinding('redirect', 'Redirects to …')`.
 */
export function diagnosticFinding(
  code: DiagnosticCode,
  message?: string,
  options: { severity?: Severity; fix?: string } = {},
): Finding {
  const entry = diagnosticCatalogue[code];
  return {
    code,
    severity: options.severity ?? entry.severity,
    message: message ?? entry.explanation,
    fix: options.fix ?? entry.fix,
  };
}
