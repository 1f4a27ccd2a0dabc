/**
 * The source guides' instructions and notes, as key phrases, with the page of this site that
 * must carry each one: ApartmentIQ's Entra ID guide (`coveredPhrases`) and its Okta article
 * (`oktaCoveredPhrases`). Used by the content-coverage unit test (against the MDX sources and the
 * config) and by the end-to-end test (against the built pages), so a step dropped from the site
 * fails a test.
 */
import { apartmentIq } from '../../src/config/apartmentiq';
import type { AnyStepSlug } from '../../src/lib/steps';

/** The Overview or a step's page (the slug from a step list, `okta/connect` for an Okta page). */
export type Page = 'index' | AnyStepSlug;

export interface CoveredPhrase {
  /** The words as the source guide has them (case-insensitive). */
  source: string;
  /** The words as the site has them, when they differ from the source (e.g. "Entra ID" for "EntraID"). */
  site?: string;
  page: Page;
  /**
   * For product facts that come from src/config/apartmentiq.ts: the config value must hold the
   * phrase and the page's MDX must render it through this reference (a config path or component).
   */
  fromConfig?: { value: string | readonly string[]; holds: string; mdxReference: string };
}

const { contacts, manualTasks, scim } = apartmentIq;

export const coveredPhrases: readonly CoveredPhrase[] = [
  // Overview (the source's introduction and stages)
  {
    source: 'create, update, and delete user accounts',
    // The site says what really happens: creates and updates; leavers need a hand (leavers.ts).
    site: 'creates {product} accounts for the people you assign',
    page: 'index',
  },
  { source: 'Tenant URL and Secret Token', page: 'index' },
  { source: 'Final Notes', site: 'After setup', page: 'index' },
  // Initial preparation
  {
    source: 'Customer Success Manager (CSM)',
    page: 'prepare',
    fromConfig: {
      value: contacts.csmTitle,
      holds: 'Customer Success Manager (CSM)',
      mdxReference: 'apartmentIq.contacts.csmTitle',
    },
  },
  { source: 'enable SCIM', page: 'prepare' },
  { source: 'access token', page: 'prepare' },
  { source: 'Tenant URL', page: 'prepare' },
  // Application set up
  {
    source: 'non-Gallery application for SAML SSO',
    site: 'non-gallery application',
    page: 'create-app',
  },
  {
    source: 'SAML SSO with EntraID',
    site: 'SAML SSO with Entra ID',
    page: 'create-app',
    fromConfig: {
      value: apartmentIq.links.samlGuide,
      holds: 'saml-sso-with-entraid',
      mdxReference: 'apartmentIq.links.samlGuide',
    },
  },
  { source: 'Enterprise applications', page: 'create-app' },
  { source: 'New Application', page: 'create-app' },
  { source: 'Create Your Own Application', page: 'create-app' },
  {
    source: 'enter ApartmentIQ into the name of your app',
    site: 'The name of your app: type',
    page: 'create-app',
    fromConfig: {
      value: apartmentIq.entraAppName,
      holds: 'ApartmentIQ',
      mdxReference: 'apartmentIq.entraAppName',
    },
  },
  { source: 'Non-Gallery', page: 'create-app' },
  { source: 'the “Create” button', site: 'Create</UiLabel>', page: 'create-app' },
  { source: 'Assign users and groups', page: 'create-app' },
  // Provisioning configuration
  { source: 'Provision User Accounts', page: 'connect' },
  { source: 'Get Started', page: 'connect' },
  { source: 'Provisioning Mode', page: 'connect' },
  { source: 'Automatic', page: 'connect' },
  {
    source: 'Tenant URL provided by your CSM',
    site: 'Tenant URL provided by your {csm}',
    page: 'connect',
  },
  {
    source: 'Secret Token provided by your CSM',
    site: 'Secret Token provided by your {csm}',
    page: 'connect',
  },
  { source: 'click “Save”', site: 'Save</UiLabel>', page: 'connect' },
  // Attribute mapping and activation
  { source: 'Disable the Group Provisioning', page: 'attribute-mapping' },
  { source: 'Update the User Provisioning Settings', page: 'attribute-mapping' },
  ...scim.supportedAttributes.map((attribute): CoveredPhrase => ({
    source: attribute,
    page: 'attribute-mapping',
    fromConfig: {
      value: scim.supportedAttributes,
      holds: attribute,
      mdxReference: '<SupportedAttributes',
    },
  })),
  { source: 'Remove the rest', page: 'attribute-mapping' },
  { source: 'Start Provisioning', page: 'start-provisioning' },
  // Final notes
  {
    source: 'does not assign user roles',
    site: 'does **not** assign user roles',
    page: 'after-setup',
  },
  {
    source: 'Manage Users',
    page: 'after-setup',
    fromConfig: {
      value: manualTasks.section,
      holds: 'Manage Users',
      mdxReference: 'apartmentIq.manualTasks.section',
    },
  },
  { source: 'Assign Market Surveys', page: 'after-setup' },
  { source: 'manually assign specific market surveys to new users', page: 'after-setup' },
  ...manualTasks.roles.map((role): CoveredPhrase => ({
    source: role,
    page: 'after-setup',
    fromConfig: {
      value: manualTasks.roles,
      holds: role,
      mdxReference: 'apartmentIq.manualTasks.roles',
    },
  })),
  { source: 'SCIM cannot currently automate role assignment', page: 'after-setup' },
  { source: 'Premium Tools', page: 'after-setup' },
  ...manualTasks.premiumTools.map((tool): CoveredPhrase => ({
    source: tool,
    page: 'after-setup',
    fromConfig: {
      value: manualTasks.premiumTools,
      holds: tool,
      mdxReference: 'apartmentIq.manualTasks.premiumTools',
    },
  })),
  {
    source: 'contact your CSM/Support',
    site: 'contact your {csm} or {product} Support',
    page: 'after-setup',
  },
  { source: 'Self-service toggles are coming soon', page: 'after-setup' },
  {
    source: 'reach out to your CSM, or contact our Support Team',
    site: '<SupportContact',
    page: 'after-setup',
    fromConfig: {
      value: contacts.csmShort,
      holds: 'CSM',
      mdxReference: 'apartmentIq.contacts.csmShort',
    },
  },
];

/**
 * The instructions of ApartmentIQ's "SCIM Provisioning with Okta" (aiq-scim-okta), as far as its
 * stored copy goes (it is cut off after "Test Connector Configuration API Credentials"). Each
 * `source` is in the article and in the team's copy of it; `site` is how the page says it where
 * Okta's own label differs (the page names both).
 */
export const oktaCoveredPhrases: readonly CoveredPhrase[] = [
  // Introduction and requirements
  { source: 'SAML SSO with Okta', page: 'okta/prepare' },
  { source: 'SCIM Base URL', page: 'okta/prepare' },
  { source: 'API Token', page: 'okta/prepare' },
  { source: 'SCIM strategy session', page: 'okta/prepare' },
  // Enable Provisioning in Okta
  { source: 'Okta Admin Console', page: 'okta/connect' },
  {
    source: 'Applications > Applications',
    site: '<UiLabel>Applications</UiLabel> › <UiLabel>Applications</UiLabel>',
    page: 'okta/connect',
  },
  { source: 'ApartmentIQ app', site: 'your existing {product} application', page: 'okta/connect' },
  { source: 'Provisioning', site: '<UiLabel>Provisioning</UiLabel> tab', page: 'okta/connect' },
  { source: 'Integration', site: '<UiLabel>Integration</UiLabel>', page: 'okta/connect' },
  { source: 'Enable API Integration', page: 'okta/connect' },
  // Configure API Settings
  {
    source: 'SCIM Base URL',
    site: '<UiLabel>SCIM connector base URL</UiLabel>',
    page: 'okta/connect',
  },
  { source: 'Unique Identifier Fields For Users', page: 'okta/connect' },
  {
    source: 'Unique Identifier Fields For Users: Email',
    site: 'type `Email`',
    page: 'okta/connect',
  },
  { source: 'Import New Users and Profile Updates', page: 'okta/connect' },
  { source: 'Push New Users', page: 'okta/connect' },
  { source: 'Push User Profiles', page: 'okta/connect' },
  {
    source: 'Push User Profiles',
    site: '<UiLabel>Push Profile Updates</UiLabel>',
    page: 'okta/connect',
  },
  { source: 'Push Groups', page: 'okta/connect' },
  { source: 'Import Groups', page: 'okta/connect' },
  { source: 'unchecked', page: 'okta/connect' },
  { source: 'Authorization', page: 'okta/connect' },
  { source: 'Bearer token', page: 'okta/connect' },
  { source: 'Test Connector Configuration', page: 'okta/connect' },
  // What Okta does in ApartmentIQ (the article's introduction), and the settings that make it so
  {
    source: 'deactivate',
    site: 'create, update, and deactivate users in {product}',
    page: 'okta/to-app',
  },
];

/**
 * Lower-case, typographic quotes made plain, whitespace collapsed, Okta's "›" read as ">": so
 * "Create Your Own" matches "Create your own" and "Applications › Applications" the article's
 * "Applications > Applications".
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/›/g, '>')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function containsPhrase(haystack: string, phrase: string): boolean {
  return normalizeText(haystack).includes(normalizeText(phrase));
}

/**
 * The words a built page must show for a phrase: the site wording without MDX syntax
 * (`**`, `</UiLabel>`, `{csm}`), with config placeholders filled in.
 */
export function renderedPhrase(phrase: CoveredPhrase): string | undefined {
  const site = phrase.site ?? phrase.source;
  // A component reference (not a <UiLabel>): its output is checked through the config value.
  if (/^<(?!UiLabel>)/.test(site)) return undefined;
  return site
    .replace(/\*\*/g, '')
    .replace(/`/g, '')
    .replace(/<\/?UiLabel>/g, '')
    .replace('{csm}', apartmentIq.contacts.csmShort)
    .replace('{product}', apartmentIq.productName);
}
