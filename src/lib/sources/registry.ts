/**
 * Every public document a page's statements about Entra, Okta (or ApartmentIQ's own process) rest
 * on. Pages cite these by key in their frontmatter (`sources.cite`, see src/content.config.ts), so
 * an unknown key fails the build and each document's title, address and version live in one place.
 *
 * `version` is the document's own date as published (Microsoft Learn's `ms.date`, the help
 * center's "updated" date, the date of the last commit to an Okta developer page) in the copy that
 * was read; Okta's help center and knowledge base show no date, so theirs is `undefined`. `read`
 * says which copy.
 */
export const PUBLISHERS = [
  'Microsoft Learn',
  'ApartmentIQ help center',
  'Okta Developer',
  'Okta Help Center',
  'Okta Support',
] as const;
export type Publisher = (typeof PUBLISHERS)[number];

/** The publishers whose documents describe Okta: a page citing one checks Okta steps. */
export const OKTA_PUBLISHERS: readonly Publisher[] = [
  'Okta Developer',
  'Okta Help Center',
  'Okta Support',
];

export interface SourceDocument {
  title: string;
  url: string;
  publisher: Publisher;
  /** The document's own date, YYYY-MM-DD; undefined where the publisher shows none. */
  version?: string;
  /** Where the text that was checked came from: repository path and commit, or the stored page. */
  read: string;
}

const learn = 'https://learn.microsoft.com/en-us/entra';
const oktaDev = 'https://developer.okta.com/docs';
const oktaDocs = 'okta/okta-developer-docs packages/@okta/vuepress-site/docs';
const oktaHelp = 'https://help.okta.com/oie/en-us/Content/Topics';
const oktaKb = 'https://support.okta.com/help/s/article';
const storedOkta = 'stored copy of the page (no date shown)';
const mirror = 'merill/entra-docs-mirror (copy of the published Learn page)';
const entraDocs = 'MicrosoftDocs/entra-docs';

export const sourceDocuments = {
  'ms-scim-tutorial': {
    title: 'Tutorial: Develop and plan provisioning for a SCIM endpoint',
    url: `${learn}/identity/app-provisioning/use-scim-to-provision-users-and-groups`,
    publisher: 'Microsoft Learn',
    version: '2026-09-15',
    read: `${mirror} docs/identity/app-provisioning/use-scim-to-provision-users-and-groups.md @09adc3b1`,
  },
  'ms-how-provisioning-works': {
    title: 'How Application Provisioning works in Microsoft Entra ID',
    url: `${learn}/identity/app-provisioning/how-provisioning-works`,
    publisher: 'Microsoft Learn',
    version: '2025-03-04',
    read: `${mirror} docs/identity/app-provisioning/how-provisioning-works.md @60bcd50e`,
  },
  'ms-govern-existing-users': {
    title: "Govern an application's existing users in Microsoft Entra ID",
    url: `${learn}/id-governance/identity-governance-applications-existing-users`,
    publisher: 'Microsoft Learn',
    version: '2026-04-21',
    read: `${mirror} docs/id-governance/identity-governance-applications-existing-users.md @60bcd50e`,
  },
  'ms-known-issues': {
    title: 'Known issues for provisioning in Microsoft Entra ID',
    url: `${learn}/identity/app-provisioning/known-issues`,
    publisher: 'Microsoft Learn',
    version: '2025-10-04',
    read: `${entraDocs} docs/identity/app-provisioning/known-issues.md @0f0b8621`,
  },
  'ms-add-enterprise-app': {
    title: 'Quickstart: Add an enterprise application',
    url: `${learn}/identity/enterprise-apps/add-application-portal`,
    publisher: 'Microsoft Learn',
    version: '2025-03-31',
    read: `${mirror} docs/identity/enterprise-apps/add-application-portal.md @60bcd50e`,
  },
  'ms-assign-users': {
    title: 'Manage users and groups assignment to an application',
    url: `${learn}/identity/enterprise-apps/assign-user-or-group-access-portal`,
    publisher: 'Microsoft Learn',
    version: '2026-04-01',
    read: `${mirror} docs/identity/enterprise-apps/assign-user-or-group-access-portal.md @60bcd50e`,
  },
  'ms-built-in-roles': {
    title: 'Microsoft Entra built-in roles: Cloud Application Administrator',
    url: `${learn}/identity/role-based-access-control/permissions-reference#cloud-application-administrator`,
    publisher: 'Microsoft Learn',
    version: '2026-01-20',
    read: `${entraDocs} docs/identity/role-based-access-control/permissions-reference.md @00fe95d6`,
  },
  'ms-accidental-deletions': {
    title: 'Enable accidental deletions prevention in the Microsoft Entra provisioning service',
    url: `${learn}/identity/app-provisioning/accidental-deletions`,
    publisher: 'Microsoft Learn',
    version: '2025-03-04',
    read: `${mirror} docs/identity/app-provisioning/accidental-deletions.md @60bcd50e`,
  },
  'ms-analyze-provisioning-logs': {
    title: 'How to analyze the Microsoft Entra provisioning logs',
    url: `${learn}/identity/monitoring-health/howto-analyze-provisioning-logs`,
    publisher: 'Microsoft Learn',
    version: '2024-09-26',
    read: `${entraDocs} docs/identity/monitoring-health/howto-analyze-provisioning-logs.md @fad215a1`,
  },
  'ms-provisioning-logs': {
    title: 'User provisioning logs in Microsoft Entra ID',
    url: `${learn}/identity/monitoring-health/concept-provisioning-logs`,
    publisher: 'Microsoft Learn',
    version: '2025-03-17',
    read: `${mirror} docs/identity/monitoring-health/concept-provisioning-logs.md @60bcd50e`,
  },
  'ms-quarantine': {
    title: 'Application provisioning in quarantine status',
    url: `${learn}/identity/app-provisioning/application-provisioning-quarantine-status`,
    publisher: 'Microsoft Learn',
    version: '2025-03-04',
    read: `${mirror} docs/identity/app-provisioning/application-provisioning-quarantine-status.md @60bcd50e`,
  },
  'ms-provision-on-demand': {
    title: 'On-demand provisioning in Microsoft Entra ID',
    url: `${learn}/identity/app-provisioning/provision-on-demand`,
    publisher: 'Microsoft Learn',
    version: '2025-03-04',
    read: `${mirror} docs/identity/app-provisioning/provision-on-demand.md @27765c42`,
  },
  'ms-provisioning-portal': {
    title: 'User provisioning management for enterprise apps in Microsoft Entra ID',
    url: `${learn}/identity/app-provisioning/configure-automatic-user-provisioning-portal`,
    publisher: 'Microsoft Learn',
    version: '2025-03-04',
    read: `${mirror} docs/identity/app-provisioning/configure-automatic-user-provisioning-portal.md @60bcd50e`,
  },
  'ms-sap-successfactors-reference-2024': {
    title:
      'Microsoft Entra ID and SAP SuccessFactors integration reference (the 2024 version, classic provisioning screens)',
    url: `${learn}/identity/app-provisioning/sap-successfactors-integration-reference`,
    publisher: 'Microsoft Learn',
    version: '2024-09-18',
    read: `${entraDocs} docs/identity/app-provisioning/sap-successfactors-integration-reference.md @d73930e7`,
  },
  'ms-customize-attributes': {
    title: 'Customize Microsoft Entra attribute mappings in Application Provisioning',
    url: `${learn}/identity/app-provisioning/customize-application-attributes`,
    publisher: 'Microsoft Learn',
    version: '2026-08-06',
    read: `${mirror} docs/identity/app-provisioning/customize-application-attributes.md @60bcd50e`,
  },
  'ms-export-import-configuration': {
    title: 'Export Application Provisioning configuration and roll back to a known good state',
    url: `${learn}/identity/app-provisioning/export-import-provisioning-configuration`,
    publisher: 'Microsoft Learn',
    version: '2025-03-04',
    read: `${mirror} docs/identity/app-provisioning/export-import-provisioning-configuration.md @60bcd50e`,
  },
  'ms-no-users-provisioned': {
    title: "Users aren't being provisioned in my application",
    url: `${learn}/identity/app-provisioning/application-provisioning-config-problem-no-users-provisioned`,
    publisher: 'Microsoft Learn',
    version: '2025-04-15',
    read: `${mirror} docs/identity/app-provisioning/application-provisioning-config-problem-no-users-provisioned.md @60bcd50e`,
  },
  'ms-scim-compatibility': {
    title:
      'Known issues with System for Cross-Domain Identity Management (SCIM) 2.0 protocol compliance',
    url: `${learn}/identity/app-provisioning/application-provisioning-config-problem-scim-compatibility`,
    publisher: 'Microsoft Learn',
    version: '2025-08-25',
    read: `${mirror} docs/identity/app-provisioning/application-provisioning-config-problem-scim-compatibility.md @60bcd50e`,
  },
  'ms-when-will-provisioning-finish': {
    title: 'Find out when a specific user is able to access an app',
    url: `${learn}/identity/app-provisioning/application-provisioning-when-will-provisioning-finish-specific-user`,
    publisher: 'Microsoft Learn',
    version: '2025-03-04',
    read: `${mirror} docs/identity/app-provisioning/application-provisioning-when-will-provisioning-finish-specific-user.md @60bcd50e`,
  },
  'ms-whimsical-tutorial': {
    title: 'Configure Whimsical for automatic user provisioning (classic provisioning screens)',
    url: `${learn}/identity/saas-apps/whimsical-provisioning-tutorial`,
    publisher: 'Microsoft Learn',
    version: '2024-03-25',
    read: `${entraDocs} docs/identity/saas-apps/whimsical-provisioning-tutorial.md @0236bf31`,
  },
  'ms-cross-tenant-sync': {
    title: 'Configure cross-tenant synchronization (Test connection messages)',
    url: `${learn}/identity/multi-tenant-organizations/cross-tenant-synchronization-configure`,
    publisher: 'Microsoft Learn',
    version: '2026-08-06',
    read: `${mirror} docs/identity/multi-tenant-organizations/cross-tenant-synchronization-configure.md @60bcd50e`,
  },
  'ms-users-bulk-download': {
    title: 'Download a list of users in the Microsoft Entra admin center',
    url: `${learn}/identity/users/users-bulk-download`,
    publisher: 'Microsoft Learn',
    version: '2025-08-19',
    read: `${mirror} docs/identity/users/users-bulk-download.md @60bcd50e`,
  },
  'ms-groups-bulk-download-members': {
    title: 'Bulk download members of a group in Microsoft Entra ID',
    url: `${learn}/identity/users/groups-bulk-download-members`,
    publisher: 'Microsoft Learn',
    version: '2026-06-18',
    read: `${mirror} docs/identity/users/groups-bulk-download-members.md @60bcd50e`,
  },
  'ms-download-logs': {
    title: 'How to download logs in Microsoft Entra ID',
    url: `${learn}/identity/monitoring-health/howto-download-logs`,
    publisher: 'Microsoft Learn',
    version: '2024-11-08',
    read: `${mirror} docs/identity/monitoring-health/howto-download-logs.md`,
  },
  'aiq-scim-entra': {
    title: 'SCIM Provisioning with EntraID',
    url: 'https://support.apartmentiq.io/en_US/all-market-survey-documents/scim-sso-with-entraid',
    publisher: 'ApartmentIQ help center',
    version: '2026-02-24',
    read: 'stored copy of the help-center page',
  },
  'aiq-scim-entra-2026-03': {
    title: 'SCIM Provisioning with Microsoft Entra ID (newer version)',
    url: 'https://apartmentiq.helpjuice.com/en_US/all-market-survey-documents/scim-sso-with-entraid',
    publisher: 'ApartmentIQ help center',
    version: '2026-03-18',
    read: 'stored copy of the help-center page',
  },
  'aiq-sign-in-options': {
    title: 'Sign-In & Provisioning Options',
    url: 'https://support.apartmentiq.io/platform/sign-in-options',
    publisher: 'ApartmentIQ help center',
    version: '2026-03-02',
    read: 'stored copy of the help-center page',
  },
  'aiq-scim-okta': {
    title: 'SCIM Provisioning with Okta',
    url: 'https://apartmentiq.helpjuice.com/technical-documentation1/scim-provisioning-with-okta',
    publisher: 'ApartmentIQ help center',
    version: '2026-03-18',
    read: 'stored copy of the help-center page, cut off after "Test Connector Configuration API Credentials"',
  },
  'aiq-saml-okta': {
    title: 'SAML SSO with Okta',
    url: 'https://support.apartmentiq.io/en_US/technical-documentation1/saml-sso-with-okta',
    publisher: 'ApartmentIQ help center',
    version: '2026-03-02',
    read: 'stored copies of the help-center page, cut off after "Finish Application Setup"',
  },
  'okta-dev-scim-connect': {
    title: 'Connect your SCIM API service to Okta (and its To App, Attribute Mappings sections)',
    url: `${oktaDev}/guides/scim-provisioning-integration-connect/main/`,
    publisher: 'Okta Developer',
    version: '2026-08-05',
    read: `${oktaDocs}/guides/scim-provisioning-integration-connect/main/index.md @f02d67c4`,
  },
  'okta-dev-scim-prepare': {
    title: 'Prepare your SCIM API service',
    url: `${oktaDev}/guides/scim-provisioning-integration-prepare/main/`,
    publisher: 'Okta Developer',
    version: '2026-08-05',
    read: `${oktaDocs}/guides/scim-provisioning-integration-prepare/main/index.md @59229d74`,
  },
  'okta-dev-scim-20': {
    title: 'SCIM 2.0 protocol reference (Okta)',
    url: `${oktaDev}/api/openapi/okta-scim/guides/scim-20`,
    publisher: 'Okta Developer',
    version: '2024-08-12',
    read: `${oktaDocs}/reference/scim/scim-20/index.md @0bc6c4d8`,
  },
  'okta-dev-scim-11': {
    title: 'SCIM 1.1 protocol reference (Okta): the requests after saving the configuration',
    url: `${oktaDev}/api/openapi/okta-scim/guides/scim-11`,
    publisher: 'Okta Developer',
    version: '2024-08-12',
    read: `${oktaDocs}/reference/scim/scim-11/index.md @0bc6c4d8`,
  },
  'okta-dev-scim-faq': {
    title: 'SCIM FAQs (Okta)',
    url: `${oktaDev}/concepts/scim/faqs/`,
    publisher: 'Okta Developer',
    version: '2026-03-10',
    read: `${oktaDocs}/concepts/scim/faqs/index.md @0ab9141a`,
  },
  'okta-dev-scim-concepts': {
    title: 'Understanding SCIM (Okta)',
    url: `${oktaDev}/concepts/scim/`,
    publisher: 'Okta Developer',
    version: '2026-03-18',
    read: `${oktaDocs}/concepts/scim/index.md @a422245e`,
  },
  'okta-dev-saml-app': {
    title: 'Create a SAML app integration (Okta): assign the app integration',
    url: `${oktaDev}/guides/create-an-app-integration/saml2/main/`,
    publisher: 'Okta Developer',
    version: '2026-08-05',
    read: `${oktaDocs}/guides/create-an-app-integration/main/index.md @66337695`,
  },
  'okta-help-aiw-scim': {
    title: 'Add SCIM provisioning to app integrations',
    url: `${oktaHelp}/Apps/Apps_App_Integration_Wizard_SCIM.htm`,
    publisher: 'Okta Help Center',
    read: storedOkta,
  },
  'okta-help-provisioning': {
    title: 'Configure provisioning for an app integration',
    url: `${oktaHelp}/Provisioning/lcm/lcm-provision-application.htm`,
    publisher: 'Okta Help Center',
    read: storedOkta,
  },
  'okta-help-troubleshooting': {
    title: 'Troubleshoot provisioning',
    url: `${oktaHelp}/Provisioning/lcm/troubleshooting.htm`,
    publisher: 'Okta Help Center',
    read: storedOkta,
  },
  'okta-kb-unauthorized': {
    title: 'Error authenticating: Unauthorized (Test Connector Configuration)',
    url: `${oktaKb}/error-authenticating-unauthorized`,
    publisher: 'Okta Support',
    read: storedOkta,
  },
  'okta-kb-connect-timeout': {
    title: 'SCIM connector configuration error: connect timed out during test connection in Okta',
    url: `${oktaKb}/scim-connector-configuration-error-connect-timed-out-during-test-connection-in-okta`,
    publisher: 'Okta Support',
    read: storedOkta,
  },
  'okta-kb-verify-unauthorized': {
    title:
      'Provisioning error: Unauthorized errors reported by remote server while verifying if the user exists',
    url: `${oktaKb}/forest-admin-provisioning-error-unauthorized-errors-reported-by-remote-server-invalid-scim-token-please-check-your-configuration`,
    publisher: 'Okta Support',
    read: storedOkta,
  },
  'okta-kb-conflict': {
    title: 'Provisioning error while creating user: Conflict, a user with userName already exists',
    url: `${oktaKb}/TravelPerk-Provisioning-Error-while-creating-user-Conflict-Errors-reported-by-remote-server-A-user-with-userName-already-exists-The-userName-must-be-unique`,
    publisher: 'Okta Support',
    read: storedOkta,
  },
  'okta-kb-provision-user': {
    title:
      'User was assigned this application before Provisioning was enabled and not provisioned in the downstream application. Click Provision User.',
    url: `${oktaKb}/Provisioning-Error-User-Was-Assigned-This-Application-Before-Provisioning-Was-Enabled-And-Not-Provisioned-In-The-Downstream-Application-Click-Provision-User`,
    publisher: 'Okta Support',
    read: storedOkta,
  },
  'okta-kb-username-format': {
    title: 'How to change username format for SCIM integrations with specific requirements',
    url: `${oktaKb}/how-to-change-username-format-for-scim-integrations-with-specific-requirements`,
    publisher: 'Okta Support',
    read: storedOkta,
  },
  'okta-kb-sync-failure': {
    title: 'SCIM provisioning returning "Sync user in external application" failure',
    url: `${oktaKb}/scim-provisioning-returning-sync-user-in-external-application-failure`,
    publisher: 'Okta Support',
    read: storedOkta,
  },
} as const satisfies Record<string, SourceDocument>;

export type SourceKey = keyof typeof sourceDocuments;

export const sourceKeys = Object.keys(sourceDocuments) as [SourceKey, ...SourceKey[]];
