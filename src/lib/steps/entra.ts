/**
 * THE list of the Entra ID guide's steps, in the order the admin does them. The sidebar and its
 * Previous / Next links (astro.config.mjs), the numbered page titles (src/route-data.ts), the
 * Overview's cards, the progress tracker, the printable checklist and the tests all derive from
 * it. Adding a step is one entry here plus its page in src/content/docs/<slug>.mdx.
 *
 * Loaded by astro.config.mjs with Node itself: import nothing but ./track.ts (see there).
 */
import { defineTrack } from './track.ts';

export const entraTrack = defineTrack({
  id: 'entra',
  groupLabel: 'Set-up steps',
  steps: [
    {
      slug: 'prepare',
      title: 'Prepare',
      summary: ({ csm }) =>
        `Ask your ${csm} to enable SCIM and send the Tenant URL and Secret Token; check your Entra role; keep the token safe.`,
      tasks: ({ csm }) => [
        `Ask your ${csm} to enable SCIM and send you the Tenant URL and the Secret Token`,
        'Check that you can sign in to the Microsoft Entra admin center as at least Application Administrator',
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
      summary:
        'Set provisioning to Automatic, enter the Tenant URL and Secret Token, and test the connection.',
      tasks: [
        'Open Provisioning and choose Automatic (or New configuration with Bearer authentication)',
        'Enter the Tenant URL and the Secret Token, run Test Connection, then Save (or Create)',
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
        'Check the scope, try one user with Provision on demand, start provisioning and read the provisioning logs.',
      tasks: ['Start provisioning', 'Check the provisioning logs after the first cycle'],
    },
    {
      slug: 'after-setup',
      title: 'After setup',
      numbered: false,
      summary: ({ premiumTools, product }) =>
        `Market surveys, roles and premium tools (${premiumTools}) are set in ${product} by hand.`,
      tasks: ({ csm, product, section }) => [
        `In ${product}'s ${section} section, assign market surveys to new users`,
        `In ${section}, select each user's role`,
        `Ask your ${csm} or Support for premium tool seats`,
      ],
    },
  ],
});
