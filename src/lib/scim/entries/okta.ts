/**
 * What Okta's own provisioning shows (Test Connector Configuration, Dashboard › Tasks, the System Log),
 * each with its text as Okta writes it and what to do.
 * One part of the catalogue (../catalogue.ts puts the groups together): a widget imports only the
 * groups it can show.
 */
import type { EntryText } from '../catalogue';
import type { DiagnosticCode } from '../contract';
import { csm, product, support } from './texts';

export const oktaProvisioningEntries = {
  // ── Okta: the messages its provisioning shows ────────────────────────────
  // Sources (Troubleshooting cites them): okta-kb-unauthorized, okta-kb-connect-timeout,
  // okta-kb-verify-unauthorized, okta-help-troubleshooting, okta-dev-scim-20, okta-kb-conflict,
  // okta-kb-provision-user, okta-kb-sync-failure, okta-dev-scim-concepts.
  'okta-test-unauthorized': {
    group: 'okta-provisioning',
    severity: 'error',
    title: 'Test Connector Configuration: Unauthorized',
    shown: {
      text: 'Error authenticating: Unauthorized. The connector configuration could not be tested. Make sure that the URL, Authentication Parameters are correct and that there is an implementation available at the URL provided.',
      where: 'Test Connector Configuration, on the Provisioning › Integration settings',
    },
    explanation: `${product}'s endpoint answered Okta's test with 401 Unauthorized: it did not accept the API token in the Authorization field.`,
    fix: `Paste the API token again exactly as your ${csm} sent it (no quotes; do not type "Bearer" if Okta shows it in front of the field), check it with the connection test on the Okta Connect step, then select Test Connector Configuration again. If it still fails, ask your ${csm} for a new token.`,
  },
  'okta-test-timed-out': {
    group: 'okta-provisioning',
    severity: 'error',
    title: 'Test Connector Configuration: connect timed out',
    shown: {
      text: 'Error authenticating: Connect to <domain>:443 [<domain.com>/<IP Address>] failed: Connect timed out',
      where: 'Test Connector Configuration',
    },
    explanation:
      'Okta could not open a connection to the host in the SCIM connector base URL within its time limit. Okta names four causes: a wrong base URL, a firewall that drops requests from Okta, a service that is down, or a host name that resolves to an internal address Okta cannot reach.',
    fix: `Compare the SCIM connector base URL with the one your ${csm} sent, character by character. The connection test on the Okta Connect step reaches the host from the internet too: if it connects and Okta's test does not, send both results to ${support}.`,
  },
  'okta-verify-unauthorized': {
    group: 'okta-provisioning',
    severity: 'error',
    title: 'Provisioning failed while checking whether the user exists: Unauthorized',
    shown: {
      text: 'Automatic provisioning of user <user> to app <app> failed: Error while verifying if user <user> exists: Unauthorized. Errors reported by remote server: …',
      where: 'Dashboard › Tasks',
    },
    explanation: `Before it creates a user, Okta looks them up (\`GET /Users?filter=userName eq "…"\`), and ${product} refused that request with 401: the API token Okta has stopped working, for example because it was replaced or revoked after the set-up.`,
    fix: `In the ${product} app, open Provisioning › Integration › Edit, paste the current API token, select Test Connector Configuration, then Save. Then retry the failed tasks: Dashboard › Tasks, select them, Retry Selected.`,
  },
  'okta-credentials-invalid': {
    group: 'okta-provisioning',
    severity: 'error',
    title: 'Provisioning failed: the credentials were invalid',
    shown: {
      text: 'Automatic provisioning of user <user> to app <app> failed: The credentials used to connect to the API were invalid; please check your configuration',
      where: 'Dashboard › Tasks',
    },
    explanation:
      'The credentials Okta has for the app no longer work. Okta describes it for credentials that expired or changed after the set-up; here, the API token.',
    fix: `Re-enter the API token in the Integration section of the Provisioning tab (ask your ${csm} for a new one if needed), select Test Connector Configuration, then Save.`,
  },
  'okta-matching-user-not-found': {
    group: 'okta-provisioning',
    severity: 'error',
    title: 'Provisioning failed: Matching user not found',
    shown: {
      text: 'Automatic provisioning of user <user> to app <app> failed: Matching user not found.',
      where: 'Dashboard › Tasks',
    },
    explanation:
      'Okta says this happens when provisioning was set up and saved, but the options to create, update and deactivate users were not turned on.',
    fix: 'Open Provisioning › To App › Edit, enable Create Users, Update User Attributes and Deactivate Users, and Save. Then retry the failed tasks in Dashboard › Tasks.',
  },
  'okta-empty-user': {
    group: 'okta-provisioning',
    severity: 'error',
    title: 'Creating the user returned an empty user',
    shown: {
      text: 'Automatic provisioning of user <user> to app <app> failed: Error while creating user <name>: Create new user returned empty user.',
      where: 'Dashboard › Tasks',
    },
    explanation: `${product}'s endpoint accepted Okta's request to create the user but did not send the new user back, so Okta marks the operation as invalid.`,
    fix: `Nothing to change in Okta: send the message, the time and the user to ${support}.`,
  },
  'okta-create-conflict': {
    group: 'okta-provisioning',
    severity: 'error',
    title: 'Creating the user failed: Conflict',
    shown: {
      text: 'Automatic provisioning of user <user> to app <app> failed: Error while creating user <user>: Conflict. Errors reported by remote server: …',
      where: 'Dashboard › Tasks',
    },
    explanation: `${product} answered 409 Conflict: it already has an account that clashes with this user. Okta creates a user only when its look-up (a \`userName eq\` filter on the user name Okta sends, the app's Application username) finds none, so that look-up did not match the existing account.`,
    fix: `Check that the Application username on the app's Sign On tab is the user's email, as ${product}'s SAML set-up has it. If it is, ask your ${csm} about the existing account, then retry the task in Dashboard › Tasks.`,
  },
  'okta-assigned-before-provisioning': {
    group: 'okta-provisioning',
    severity: 'warning',
    title: 'User assigned before provisioning was on',
    shown: {
      text: 'User was assigned this application before Provisioning was enabled and not provisioned in the downstream application. Click Provision User.',
      where:
        'The Assignments tab (a red exclamation mark next to the user; select it to see the message)',
    },
    explanation: `People assigned to the ${product} app before SCIM was turned on, for example for SAML SSO, are not sent to ${product} on their own.`,
    fix: 'On the Assignments tab, find each such user (red exclamation mark), select Provision User, then OK.',
  },
  'okta-sync-failure': {
    group: 'okta-provisioning',
    severity: 'error',
    title: 'System Log: Sync user in external application failed',
    shown: {
      text: 'Sync user in external application (FAILURE)',
      where: 'Reports › System Log, or View Logs on the app',
    },
    explanation:
      "Okta reports a failed sync, often without a useful reason. Okta names one cause: an endpoint that does not accept requests with `Accept: application/scim+json`. Okta's SCIM reference also requires the paging numbers of a list as integers, not text.",
    fix: `Run the connection test on the Okta Connect step: it sends Okta's headers and checks the paging numbers. Send its report to ${support}.`,
  },
  'okta-rate-limited': {
    group: 'okta-provisioning',
    severity: 'info',
    title: 'Provisioning paused by API rate limiting',
    shown: {
      text: 'A task whose status says the failure was due to API rate limiting',
      where: 'Dashboard › Tasks',
    },
    explanation: `${product}'s endpoint answered 429 Too Many Requests, so Okta paused the task. It retries by itself: after the number of seconds in the answer's Retry-After header, or five minutes, doubling the wait each time, up to 10 attempts.`,
    fix: `Usually nothing: wait for the retries. If a task fails for good after 10 attempts, retry it in Dashboard › Tasks and tell ${support}.`,
  },
} satisfies Partial<Record<DiagnosticCode, EntryText>>;
