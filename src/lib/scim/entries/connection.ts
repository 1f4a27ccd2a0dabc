/**
 * What a connection test can report: the SCIM endpoint's documents, each look-up's outcome, and why
 * a test could not run.
 * One part of the catalogue (../catalogue.ts puts the groups together): a widget imports only the
 * groups it can show.
 */
import type { EntryText } from '../catalogue';
import type { DiagnosticCode } from '../contract';
import { findingFrom } from './finding';
import { csm, hostPatternText, support } from './texts';

export const connectionEntries = {
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

  'paging-not-integer': {
    group: 'connection-test',
    severity: 'error',
    title: 'Paging numbers are missing or written as text (Okta)',
    explanation:
      'Okta reads user lists page by page and needs `totalResults`, `startIndex` and `itemsPerPage` as integers, not as text such as `"1"`. With text, Okta\'s syncs can fail without a useful message.',
    fix: `Send the test result to ${support}: the endpoint's list answers need integer paging numbers.`,
  },
  'paging-ignored': {
    group: 'connection-test',
    severity: 'warning',
    title: 'The list ignored the page size (Okta)',
    explanation:
      "Asked for at most two users (`count=2`), the endpoint returned more. Okta's SCIM reference shows Okta asking for two once provisioning is configured, and Okta reads large lists page by page with `count` and `startIndex`, so an endpoint that ignores them may confuse Okta's imports.",
    fix: `Nothing to change in Okta; mention it to ${support} if imports look wrong.`,
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
} satisfies Partial<Record<DiagnosticCode, EntryText>>;

/** A Finding for one of these codes, with its entry's severity, explanation and fix as defaults. */
export const connectionFinding = findingFrom(connectionEntries);
