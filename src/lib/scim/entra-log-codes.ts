/**
 * Entra provisioning-log codes, skip reasons, statuses and messages an ApartmentIQ admin is likely
 * to meet, decoded for the Troubleshooting page and the provisioning-log doctor. Checked 2026-12-01
 * against the sources the Troubleshooting page names (ms-analyze-provisioning-logs for the codes,
 * ms-quarantine, ms-no-users-provisioned and ms-govern-existing-users for NotEffectivelyEntitled,
 * ms-cross-tenant-sync for the invalid-credentials message) and the exports research (C.1–C.4);
 * where Microsoft is silent, the text says who reports it.
 */
import { apartmentIq } from '../../config/apartmentiq';
import type { DiagnosticCode } from './contract';

export interface EntraLogCode {
  /** Anchor id on the Troubleshooting page (lower-case, kebab). */
  id: string;
  /** Plain-words heading for the Troubleshooting page. */
  title: string;
  /** What the admin sees in Entra: a log code, a status, or the exact message text. */
  shown: string;
  /** Other codes or skip reasons Entra uses for the same cause (older or alternative names). */
  alsoShown?: readonly string[];
  kind: 'code' | 'skip-reason' | 'status' | 'message';
  /** Where in Entra it appears. */
  where: string;
  meaning: string;
  fix: string;
  /** Guide diagnostics that find the same cause before Entra does. */
  related: DiagnosticCode[];
}

const csm = apartmentIq.contacts.csmShort;
const support = apartmentIq.contacts.supportEmail;
const product = apartmentIq.productName;
const app = apartmentIq.entraAppName;

export const entraLogCodes: readonly EntraLogCode[] = [
  {
    id: 'invalid-credentials',
    title: 'Test connection says the credentials are invalid',
    shown:
      'You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account.',
    kind: 'message',
    where:
      'Test connection, after entering the Tenant URL and Secret Token (Microsoft quotes this message in its cross-tenant synchronization guide)',
    meaning:
      'Test connection did not get the answer it expects from the Tenant URL with this Secret Token: the endpoint refused the request or answered with an error. Usually the Secret Token is wrong, expired or pasted with extra characters, or the Tenant URL is not the exact one you were given.',
    fix: `Run the checks on the Connect page. Paste the Secret Token without "Bearer" or quotes, and the Tenant URL exactly as your ${csm} sent it. If it still fails, ask your ${csm} for a new token.`,
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
  {
    id: 'service-incompatible',
    title: "Entra cannot use ApartmentIQ's answer",
    shown: 'SystemForCrossDomainIdentityManagementServiceIncompatible',
    kind: 'code',
    where: 'Provisioning logs and Test connection',
    meaning:
      'Microsoft: the provisioning service "is unable to parse the response" from the app. Admins and vendors also report it when an endpoint answers 404 where Entra expected 200 (for example on /Groups during Test connection), and for users sent without an email address to an endpoint that needs one; Microsoft does not document those two causes.',
    fix: `If Test connection fails with it, run the connection test on the Connect page: it shows which request failed. If it appears for single users, check that their \`mail\` attribute in Entra is filled (see "Users without an email address" on the Attribute mapping page). Otherwise send the log entry to ${support}.`,
    related: ['groups-not-found', 'not-scim', 'not-json', 'html-response', 'not-found'],
  },
  {
    id: 'quarantine',
    title: 'Provisioning is in quarantine',
    shown: 'Quarantine',
    kind: 'status',
    where: 'Provisioning overview, with a one-time email to the Notification Email address',
    meaning:
      'Most or all requests to ApartmentIQ failed, for example because of invalid credentials or 404 answers. Entra then retries less and less often (down to once a day) and disables the job after four weeks. Microsoft Graph reports the reason, for example `EncounteredQuarantineException` for invalid credentials.',
    fix: `Find the cause in the provisioning logs or with the connection test on the Connect page (most often an expired or replaced Secret Token, or a changed Tenant URL), fix it, then select Restart provisioning.`,
    related: ['unauthorized', 'not-found', 'jwt-expired', 'timeout'],
  },
  {
    id: 'duplicate-target-entries',
    title: 'Several ApartmentIQ users match one Entra user',
    shown: 'DuplicateTargetEntries',
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning:
      'More than one ApartmentIQ user matched the value Entra uses to find the user (the matching attribute, usually `userName`).',
    fix: `Ask your ${csm} to check for duplicate users in ApartmentIQ with that user name or email, then provision the user again (Provision on demand).`,
    related: ['filter-ignored'],
  },
  {
    id: 'not-effectively-entitled',
    title: 'User skipped: not entitled (a skip reason, not an error)',
    shown: 'NotEffectivelyEntitled',
    kind: 'skip-reason',
    where: "Provisioning logs, status Skipped, as the skip reason in the entry's details",
    meaning:
      'Entra did not treat the user as entitled to the ApartmentIQ application, so it skipped them. Usually the user is not assigned to the app (directly or through a group), or their account is disabled in Entra.',
    fix: 'Run Provision on demand for the user and read "Determine if user is in scope": it shows whether they are active and assigned. If they should not be provisioned, nothing needs doing. If they are assigned and enabled, remove the assignment under Users and groups and add it again.',
    related: ['dry-run-disabled'],
  },
  {
    id: 'schema-attribute-not-found',
    title: 'A mapped attribute does not exist in ApartmentIQ',
    shown: 'SchemaAttributeNotFound',
    kind: 'code',
    where: 'Provisioning logs',
    meaning: 'An attribute mapping sends an attribute that does not exist on the ApartmentIQ side.',
    fix: `Open Attribute mapping and keep only the attributes ApartmentIQ supports: ${apartmentIq.scim.supportedAttributes.map((name) => `\`${name}\``).join(', ')}. Remove the rest.`,
    related: [],
  },
  {
    id: 'mandatory-fields-missing',
    title: 'A required value is empty in Entra',
    shown: 'MandatoryFieldsMissing',
    alsoShown: ['MissingValues'],
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning:
      'A value a mapping needs is empty for this user in Entra (for example no email address or no surname), so Entra did not send the user.',
    fix: "Fill in the missing value on the user in Entra (or change the mapping's source), then use Provision on demand for that user.",
    related: [],
  },
  // Codes and skip reasons the provisioning-log doctor meets in downloaded logs (exports research C).
  {
    id: 'scim-conflict',
    title: `${product} already has a user with that email or user name`,
    shown: 'SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering',
    kind: 'code',
    where: 'Provisioning logs, for one user, usually with HTTP 409 Conflict inside the reason',
    meaning: `${product} answered 409 Conflict: a user with the same unique value (typically the email address) already exists there, but Entra's lookup by \`userName\` did not find it, for example because the existing account has a different user name, or two Entra users share one email address.`,
    fix: `Check for two Entra users with the same email (the provisioning dry run on Start provisioning finds them). Otherwise ask your ${csm} to look for the existing ${product} user with that email, then use Provision on demand for the user.`,
    related: ['dry-run-shared-email'],
  },
  {
    id: 'scim-bad-request',
    title: `${product} rejected the request (older wording)`,
    shown: 'SystemForCrossDomainIdentityManagementBadRequest',
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning: `${product} answered 400 Bad Request. Logs from 2019 used this code; newer ones log a 400 as \`SystemForCrossDomainIdentityManagementServiceIncompatible\`. The reason usually ends with ${product}'s own message, which names the value it refused.`,
    fix: `Read ${product}'s message in the reason (the log doctor shows it), correct that value on the user in Entra, then use Provision on demand. If the message is unclear, send it to ${support}.`,
    related: ['dry-run-no-mail'],
  },
  {
    id: 'scim-bad-response',
    title: `Entra could not read ${product}'s answer`,
    shown: 'SystemForCrossDomainIdentityManagementBadResponse',
    kind: 'code',
    where: 'Provisioning logs',
    meaning: `Entra received an answer from ${product} that it could not read.`,
    fix: `Run the connection test on the Connect page. If it passes, send the log entry to ${support}.`,
    related: ['not-scim', 'not-json', 'html-response'],
  },
  {
    id: 'scim-credentials-rejected',
    title: 'The Secret Token was not accepted',
    shown: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
    kind: 'code',
    where: 'Provisioning overview (the job is put in quarantine), rarely as a log entry',
    meaning:
      'Admins report this code when Entra could not authenticate with the Secret Token: it is wrong, expired or revoked (Microsoft does not document it). It stops the whole job, not one user.',
    fix: `Ask your ${csm} for a new Secret Token, paste it in Entra, select Test connection, save, then select Restart provisioning.`,
    related: ['unauthorized', 'jwt-expired'],
  },
  {
    id: 'scim-multiple-entries',
    title: 'A lookup returned several users',
    shown: 'SystemForCrossDomainIdentityManagementMultipleEntriesInResponse',
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning: `Entra asked ${product} for one user (usually by \`userName\`) and got several back.`,
    fix: `Send the log entry to ${support}: the filter on ${product}'s side has to return one user at most.`,
    related: ['filter-ignored'],
  },
  {
    id: 'redundant-export',
    title: 'Nothing to change (not an error)',
    shown: 'RedundantExport',
    kind: 'skip-reason',
    where: 'Provisioning logs, as a skipped entry (skip reason)',
    meaning: `The user in Entra and in ${product} already match, so Entra sent nothing.`,
    fix: 'Nothing to do: Entra is confirming that the user is up to date.',
    related: [],
  },
  {
    id: 'entry-synchronization-skipped',
    title: 'Skipped: out of scope or nothing to change',
    shown: 'EntrySynchronizationSkipped',
    kind: 'code',
    where: 'Provisioning logs, as a skipped entry',
    meaning: `Entra looked at the user and skipped them: they are out of scope, or nothing needed to change. Entra also logs users who are not assigned to the ${app} app as skipped, because of the way it receives directory changes.`,
    fix: `Nothing to do unless the user should have ${product}: then assign them to the ${app} app.`,
    related: [],
  },
  {
    id: 'duplicate-source-entries',
    title: 'Several Entra users have the same matching value',
    shown: 'DuplicateSourceEntries',
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning:
      'More than one Entra user has the value Entra matches on (usually the user principal name), so Entra cannot tell which one to send.',
    fix: 'Remove the duplicate in Entra, or keep only one of the users assigned.',
    related: [],
  },
  {
    id: 'import-skipped',
    title: 'The user has no value to match on',
    shown: 'ImportSkipped',
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning:
      'The Entra user has no value in the attribute Entra matches on, so Entra skipped them before checking the scope.',
    fix: 'Fill in the matching attribute on the user (usually the user principal name), or fix the mapping that changed the matching attribute.',
    related: [],
  },
  {
    id: 'invalid-anchor',
    title: `A user Entra had matched no longer exists in ${product}`,
    shown: 'InvalidAnchor',
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning: `Entra had created or matched this user in ${product} earlier, and that ${product} user is gone.`,
    fix: `Check that the user exists in ${product}, then select Restart provisioning, which makes Entra look at every user again.`,
    related: [],
  },
  {
    id: 'retried-automatically',
    title: 'A temporary failure that Entra retries',
    shown: 'Timeout',
    alsoShown: [
      'TooManyRequests',
      'InternalServerError',
      'WebExceptionProtocolError',
      'InternalError',
    ],
    kind: 'code',
    where: 'Provisioning logs',
    meaning: `${product} was too slow, asked Entra to slow down, or answered with a server error, or Entra's own service failed. Entra retries these by itself (for most of them, Microsoft documents a retry after 40 minutes).`,
    fix: `Nothing to do unless it keeps happening for the same users over several cycles; then send the summary to ${support}.`,
    related: ['timeout', 'upstream-rate-limited', 'server-error'],
  },
  {
    id: 'not-authorized',
    title: `${product} refused the change`,
    shown: 'Unauthorized',
    alsoShown: ['InsufficientRights', 'MethodNotAllowed', 'NotPermitted'],
    kind: 'code',
    where: 'Provisioning logs',
    meaning: `Entra reached ${product} but was not allowed to make this change.`,
    fix: `Run the connection test on the Connect page; if it passes, ask your ${csm} whether the Secret Token is allowed to create and update users.`,
    related: ['unauthorized', 'forbidden', 'method-not-allowed'],
  },
  {
    id: 'entry-conflict',
    title: 'Conflicting values',
    shown: 'Conflict',
    alsoShown: ['EntryConflict'],
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning: `A value of this user conflicts with another user's, in Entra or in ${product}.`,
    fix: `Correct the value in Entra, or ask your ${csm} to correct it in ${product}.`,
    related: ['dry-run-shared-email'],
  },
  {
    id: 'unexpected-response',
    title: `Unexpected answer from ${product}`,
    shown: 'UnprocessableEntity',
    alsoShown: ['NotImplemented'],
    kind: 'code',
    where: 'Provisioning logs',
    meaning: `${product} answered in a way Entra did not expect, usually because of a setting on one side.`,
    fix: `Check the attribute mapping against the supported attributes (Attribute mapping page); if it matches, send the summary to ${support}.`,
    related: [],
  },
  {
    id: 'invalid-domain',
    title: 'A value has a domain that is not allowed',
    shown: 'InvalidDomain',
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning: `An attribute value (usually an email address or user name) has a domain ${product} does not accept for your organisation.`,
    fix: `Correct the domain on the user in Entra, or ask your ${csm} to allow it.`,
    related: [],
  },
  {
    id: 'license-limit-exceeded',
    title: `No ${product} licences left`,
    shown: 'LicenseLimitExceeded',
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning: `${product} has no licence left for another user.`,
    fix: `Ask your ${csm} about licences, or unassign users who should not have ${product}.`,
    related: [],
  },
  {
    id: 'schema-property-single-value',
    title: 'Several values for a single-value attribute',
    shown: 'SchemaPropertyCanOnlyAcceptValue',
    kind: 'code',
    where: 'Provisioning logs',
    meaning: 'A mapping sends a multi-valued Entra attribute to an attribute that holds one value.',
    fix: 'Keep only the supported attributes with their default sources (Attribute mapping page).',
    related: [],
  },
];
