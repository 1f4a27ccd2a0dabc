/**
 * What the Tenant URL and Secret Token checks can report: the connection checker's two fields, a
 * link's `?tenant=`, the CSM link builder.
 * One part of the catalogue (../catalogue.ts puts the groups together): a widget imports only the
 * groups it can show.
 */
import type { EntryText } from '../catalogue';
import type { DiagnosticCode } from '../contract';
import { findingFrom } from './finding';
import {
  confirmed,
  csm,
  csmTitle,
  exampleUrlText,
  expiringSoonDays,
  hostPatternText,
  tokenMax,
  tokenMin,
} from './texts';

export const fieldEntries = {
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
    explanation: `The Secret Token expires within ${expiringSoonDays} days. When the token stops working, provisioning fails and the job goes into quarantine.`,
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
} satisfies Partial<Record<DiagnosticCode, EntryText>>;

/** A Finding for one of these codes, with its entry's severity, explanation and fix as defaults. */
export const fieldFinding = findingFrom(fieldEntries);
