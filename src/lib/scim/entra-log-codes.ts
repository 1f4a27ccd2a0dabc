/**
 * Entra provisioning-log codes, skip reasons, statuses and messages an ApartmentIQ admin is likely
 * to meet, decoded for the Troubleshooting page. Checked 2026-12-01 against the sources the
 * Troubleshooting page names (ms-analyze-provisioning-logs for the codes, ms-quarantine,
 * ms-no-users-provisioned and ms-govern-existing-users for NotEffectivelyEntitled,
 * ms-cross-tenant-sync for the invalid-credentials message); where Microsoft is silent, the text
 * says who reports it.
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
    related: [],
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
    kind: 'code',
    where: 'Provisioning logs, for one user',
    meaning:
      'A value a mapping needs is empty for this user in Entra (for example no email address or no surname), so Entra did not send the user.',
    fix: "Fill in the missing value on the user in Entra (or change the mapping's source), then use Provision on demand for that user.",
    related: [],
  },
];
