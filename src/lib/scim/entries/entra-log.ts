/**
 * Entra's own provisioning-log codes, skip reasons, statuses and messages, as the log doctor and
 * the Troubleshooting page explain them.
 * One part of the catalogue (../catalogue.ts puts the groups together): a widget imports only the
 * groups it can show.
 */
import type { EntryText } from '../catalogue';
import type { DiagnosticCode } from '../contract';
import { apartmentIq } from '../../../config/apartmentiq';
import { app, csm, product, support } from './texts';

export const entraLogCodeEntries = {
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
} satisfies Partial<Record<DiagnosticCode, EntryText>>;
