/**
 * The CSM link builder: from a customer's Tenant URL (and optionally their name) to one link into
 * the guide with the Tenant URL prefilled, and one ready-to-send email. Pure: the page passes in
 * its own origin.
 *
 * The Secret Token never goes into a link or an email. A value that looks like one is refused
 * with the reason, and the refusal never repeats the value.
 */
import { apartmentIq } from '../../config/apartmentiq';
import { judgeLinkTenant } from '../connection/tenant-memory';
import { sufficientRolesInWords } from '../roles/request';
import { credentialDelivery, oktaCredentialDelivery } from './credentials';
import { checkTenantUrl } from '../scim/tenant-url';
import { containsSecretTokenShape, looksLikeSecretToken } from '../scim/secret-shape';
import type { Finding } from '../scim/contract';

/** The page the link opens: the first step, where the admin first needs the Tenant URL. */
export const CUSTOMER_LINK_PATH = '/prepare/';
/** The same for a customer on Okta: the Okta track's first step (it also makes Okta their track). */
export const OKTA_CUSTOMER_LINK_PATH = '/okta/prepare/';

/** Which identity provider the customer uses, so the link opens their track. */
export type CustomerTrack = 'entra' | 'okta';
/** The query parameter the guide's connection widget reads to prefill the Tenant URL. */
export const TENANT_QUERY_PARAMETER = 'tenant';
export const CUSTOMER_NAME_MAX_LENGTH = 100;

export interface CustomerLinkInput {
  tenantUrl: string;
  customerName?: string;
  /** Where the guide is served, e.g. `https://scim-guide.apartmentiq.io`. */
  guideOrigin: string;
  /** The customer's identity provider; Entra ID when not given. */
  track?: CustomerTrack;
}

export interface CustomerEmail {
  subject: string;
  body: string;
}

export type RefusalReason =
  | 'tenant-url-looks-like-token'
  | 'tenant-url-invalid'
  | 'tenant-url-not-apartmentiq'
  | 'customer-name-looks-like-token'
  | 'customer-name-too-long'
  | 'bad-origin';

export type CustomerLinkResult =
  | {
      ok: true;
      link: string;
      tenantUrl: string;
      email: CustomerEmail;
      /** Warnings and notes about the Tenant URL: shown, but they do not block the link. */
      findings: Finding[];
    }
  | {
      ok: false;
      field: 'tenantUrl' | 'customerName' | 'guideOrigin';
      reason: RefusalReason;
      /** Says what is wrong and what to do; never contains the refused value. */
      message: string;
      /** The Tenant URL check's findings when that is what failed. */
      findings: Finding[];
    };

export const TOKEN_IN_URL_FIELD_MESSAGE =
  'This looks like a Secret Token, not a Tenant URL. A token must never go into a link or an email: ' +
  'paste the Tenant URL here, and send the Secret Token to the customer through a separate secure channel.';

export const TOKEN_IN_NAME_FIELD_MESSAGE =
  'The customer name looks like a Secret Token. A token must never go into a link or an email: ' +
  'enter the customer’s name (or leave it empty), and send the Secret Token through a separate secure channel.';

/** Collapses line breaks, tabs and control characters so a name cannot add lines to a subject. */
export function cleanCustomerName(input: string): string {
  return (
    input
      // eslint-disable-next-line no-control-regex -- removing control characters is the point.
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function buildCustomerLink(input: CustomerLinkInput): CustomerLinkResult {
  const customerName = cleanCustomerName(input.customerName ?? '');
  if (customerName !== '' && looksLikeSecretToken(customerName)) {
    return refuse('customerName', 'customer-name-looks-like-token', TOKEN_IN_NAME_FIELD_MESSAGE);
  }
  if (customerName.length > CUSTOMER_NAME_MAX_LENGTH) {
    return refuse(
      'customerName',
      'customer-name-too-long',
      `The customer name is ${customerName.length} characters long; keep it to ${CUSTOMER_NAME_MAX_LENGTH} or fewer.`,
    );
  }

  if (containsSecretTokenShape(input.tenantUrl)) {
    return refuse('tenantUrl', 'tenant-url-looks-like-token', TOKEN_IN_URL_FIELD_MESSAGE);
  }
  const check = checkTenantUrl(input.tenantUrl);
  if (!check.ok) {
    const errors = check.findings.filter((finding) => finding.severity === 'error');
    const reasons = errors.map((finding) => finding.message).join(' ');
    return {
      ok: false,
      field: 'tenantUrl',
      reason: 'tenant-url-invalid',
      message: `The Tenant URL cannot go into a link yet. ${reasons}`.trim(),
      findings: check.findings,
    };
  }
  const tenantUrl = check.normalized ?? input.tenantUrl.trim();
  // The guide fills in only what it trusts (src/lib/connection/tenant-memory.ts): never build a
  // link the customer's page would show as not trusted.
  const verdict = judgeLinkTenant(tenantUrl);
  if (verdict.kind === 'token') {
    return refuse('tenantUrl', 'tenant-url-looks-like-token', TOKEN_IN_URL_FIELD_MESSAGE);
  }
  if (verdict.kind !== 'trusted') {
    return {
      ok: false,
      field: 'tenantUrl',
      reason: 'tenant-url-not-apartmentiq',
      message: `The guide only fills in Tenant URLs on ${apartmentIq.scim.hostPatterns.join(' or ')}; a link with this host would be shown to the customer as not trusted. Check the Tenant URL.`,
      findings: check.findings,
    };
  }

  const track = input.track ?? 'entra';
  let link: URL;
  try {
    link = new URL(
      track === 'okta' ? OKTA_CUSTOMER_LINK_PATH : CUSTOMER_LINK_PATH,
      input.guideOrigin,
    );
  } catch {
    return refuse(
      'guideOrigin',
      'bad-origin',
      'The guide’s own address could not be read, so no link can be built.',
    );
  }
  link.searchParams.set(TENANT_QUERY_PARAMETER, tenantUrl);

  return {
    ok: true,
    link: link.href,
    tenantUrl,
    email: customerEmail({ customerName, link: link.href, tenantUrl, track }),
    findings: check.findings,
  };
}

export function customerEmail({
  customerName,
  link,
  tenantUrl,
  track = 'entra',
}: {
  customerName: string;
  link: string;
  tenantUrl: string;
  track?: CustomerTrack;
}): CustomerEmail {
  const product = apartmentIq.productName;
  const okta = track === 'okta';
  const idp = okta ? 'Okta' : 'Microsoft Entra ID';
  const subject =
    customerName === ''
      ? `Set up ${product} user provisioning (SCIM) with ${idp}`
      : `${customerName}: set up ${product} user provisioning (SCIM) with ${idp}`;
  const urlName = okta ? 'SCIM Base URL' : 'Tenant URL';
  const body = [
    'Hello,',
    '',
    `${product} is ready for automatic user provisioning (SCIM) from ${idp}${customerName === '' ? '' : ` for ${customerName}`}. ` +
      `This step-by-step guide walks you through the set-up, with your ${urlName} already filled in:`,
    '',
    link,
    '',
    okta
      ? `Your SCIM Base URL (Okta's "SCIM connector base URL"): ${tenantUrl}`
      : `Your Tenant URL: ${tenantUrl}`,
    '',
    okta ? oktaCredentialDelivery.inEmail : credentialDelivery.inEmail,
    '',
    okta
      ? `Provisioning is added to the ${product} app you set up for SAML SSO with Okta; you need an Okta admin account that can edit that app.`
      : `To set this up in Entra you need the ${sufficientRolesInWords} role. ` +
        'The guide’s first step explains what to do if you do not have one.',
    '',
    `If anything is unclear, reply to this email or contact ${apartmentIq.contacts.supportEmail}.`,
    '',
    'Best regards,',
  ].join('\n');
  return { subject, body };
}

/** A `mailto:` link that opens the email in the CSM's mail client (no recipient: the CSM adds it). */
export function mailtoHref(email: CustomerEmail): string {
  return `mailto:?subject=${encodeURIComponent(email.subject)}&body=${encodeURIComponent(email.body)}`;
}

function refuse(
  field: 'tenantUrl' | 'customerName' | 'guideOrigin',
  reason: RefusalReason,
  message: string,
): CustomerLinkResult {
  return { ok: false, field, reason, message, findings: [] };
}
