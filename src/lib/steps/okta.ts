/**
 * THE list of the Okta guide's steps, in the order the admin does them: ApartmentIQ's "SCIM
 * Provisioning with Okta" (aiq-scim-okta) with the labels Okta's own documentation uses. Its
 * pages live in src/content/docs/okta/; After setup is shared with the Entra ID track. Everything
 * the Entra list feeds (sidebar, Previous / Next, numbered titles, Overview cards, progress,
 * checklist, tests) follows this list the same way.
 *
 * Loaded by astro.config.mjs with Node itself: import nothing but ./track.ts and ./shared.ts (see
 * track.ts).
 */
import { afterSetup } from './shared.ts';
import { defineTrack } from './track.ts';

export const oktaTrack = defineTrack({
  id: 'okta',
  label: 'Okta',
  groupLabel: 'Set-up steps: Okta',
  steps: [
    {
      slug: 'okta/prepare',
      title: 'Prepare',
      summary: ({ csm, product }) =>
        `Finish SAML SSO with Okta first, then ask your ${csm} for the ${product} SCIM Base URL and API Token; keep the token safe.`,
      tasks: ({ csm, product }) => [
        `Check that SAML SSO with Okta is set up: the ${product} app exists in Okta`,
        `Ask your ${csm} for the SCIM Base URL and, separately through a secure channel, the API Token`,
      ],
    },
    {
      slug: 'okta/connect',
      title: 'Connect',
      summary:
        'Turn on SCIM for the app, enter the base URL, unique identifier, provisioning actions and token, and run Test Connector Configuration.',
      tasks: [
        'General › App Settings › Edit: set Provisioning to SCIM and save',
        'Provisioning › Integration › Edit: SCIM connector base URL, Unique identifier field for users (Email), provisioning actions, HTTP Header token',
        'Run Test Connector Configuration, then Save',
      ],
    },
    {
      slug: 'okta/to-app',
      title: 'To App and mappings',
      summary:
        'Let Okta create, update and deactivate users, and keep only the four attribute mappings Okta requires.',
      tasks: [
        'Provisioning › To App › Edit: enable Create Users, Update User Attributes and Deactivate Users, then Save',
        'Keep the mappings for userName, givenName, familyName and the email; remove the rest',
      ],
    },
    {
      slug: 'okta/assign',
      title: 'Assign and check',
      summary:
        'Assign the people or groups, provision those assigned before SCIM was on, and check the first users arrive.',
      tasks: ({ product }) => [
        `Assign the people or groups who should get ${product} accounts`,
        'Select Provision User for people who were assigned before provisioning was on',
        'Check Dashboard › Tasks and the System Log for errors',
      ],
    },
    afterSetup(({ product }) => [
      `When someone leaves, unassign or deactivate them in Okta: suspending them sends nothing to ${product}`,
    ]),
  ],
});
