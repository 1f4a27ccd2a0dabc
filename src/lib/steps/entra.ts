/**
 * THE list of the Entra ID guide's steps, in the order the admin does them. The sidebar and its
 * Previous / Next links (astro.config.mjs), the numbered page titles (src/route-data.ts), the
 * Overview's cards, the progress tracker, the printable checklist and the tests all derive from
 * it. Adding a step is one entry here plus its page in src/content/docs/<slug>.mdx.
 *
 * Loaded by astro.config.mjs with Node itself: import nothing but ./track.ts and ./shared.ts (see
 * track.ts).
 */
import { afterSetup } from './shared.ts';
import { defineTrack } from './track.ts';

export const entraTrack = defineTrack({
  id: 'entra',
  label: 'Entra ID',
  groupLabel: 'Set-up steps: Entra ID',
  steps: [
    {
      slug: 'prepare',
      title: 'Prepare',
      summary: ({ csm }) =>
        `Ask your ${csm} to enable SCIM and for the Tenant URL and Secret Token; check your Entra role; keep the token safe.`,
      tasks: ({ credentialTask, sufficientRoles }) => [
        credentialTask,
        `Check that you have the ${sufficientRoles} role in Microsoft Entra`,
      ],
    },
    {
      slug: 'create-app',
      title: 'Create the app',
      summary: ({ app }) =>
        `Create the ${app} enterprise application (or reuse your SAML SSO app) and assign users and groups.`,
      tasks: ({ app, product }) => [
        `Create a non-gallery enterprise application named ${app} (or reuse the one you made for SAML SSO)`,
        `Assign the users and groups who should get ${product} accounts`,
      ],
    },
    {
      slug: 'connect',
      title: 'Connect',
      summary: 'Set up provisioning with the Tenant URL and Secret Token, and test the connection.',
      tasks: [
        'Open Provisioning: choose Automatic (classic layout) or + New configuration (newer layout)',
        'Enter the Tenant URL and the Secret Token, run Test connection, then Save (classic) or Create (newer)',
      ],
    },
    {
      slug: 'attribute-mapping',
      title: 'Attribute mapping',
      summary: ({ product }) =>
        `Turn off group provisioning, keep only the fields ${product} supports and remove the rest.`,
      tasks: ({ product }) => [
        'Disable group provisioning',
        `Keep only the attributes ${product} supports and remove the rest`,
      ],
    },
    {
      slug: 'start-provisioning',
      title: 'Start provisioning',
      summary:
        'Check the scope, try one user with Provision on demand, start provisioning and check the results.',
      tasks: [
        'Run the provisioning dry run on the "Download users" file and fix what it flags',
        'Start provisioning',
        'After the first cycle, check the provisioning logs (they need Entra ID P1 or P2), or try one user with Provision on demand',
      ],
    },
    afterSetup(({ section, leaversByHand }) =>
      leaversByHand ? [`When someone leaves, deactivate them in ${section} too`] : [],
    ),
  ],
});
