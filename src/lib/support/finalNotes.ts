/**
 * The source guide's "Final notes on SCIM": what SCIM does not do and the admin does by hand in
 * ApartmentIQ. Built from the config so the checklist, the support page and any other page say
 * the same thing; each note has a fixed id, used as its anchor on the support page.
 */
import { apartmentIq } from '../../config/apartmentiq';
import { formatList } from '../text/format-list';

export interface FinalNote {
  /** Stable anchor id: support links like `/support/#premium-tools` depend on it. */
  id: 'market-surveys' | 'user-roles' | 'premium-tools';
  title: string;
  text: string;
}

const { section, roles, premiumTools } = apartmentIq.manualTasks;
const product = apartmentIq.productName;

// Source: the source guide's "Final notes on SCIM" (aiq-scim-entra): surveys and roles are set in
// Manage Users; premium seats come from the CSM or Support, not from Manage Users.
export const finalNotesIntro = `SCIM handles access to ${product}, but it does not assign user roles (${formatList(roles, 'or')}) or access to specific features. Market surveys and roles are set by hand in the ${section} section of ${product}; premium seats come from your ${apartmentIq.contacts.csmShort} or Support.`;

export const finalNotes: readonly FinalNote[] = [
  {
    id: 'market-surveys',
    title: 'Market surveys',
    text: `Assign specific market surveys to each new user by hand in ${section}.`,
  },
  {
    id: 'user-roles',
    title: 'User roles',
    text: `Select a role for each user (${formatList(roles, 'or')}) in ${section}: SCIM cannot currently assign roles.`,
  },
  {
    id: 'premium-tools',
    title: 'Premium tools',
    text: `To enable ${formatList(premiumTools, 'or')} seats, contact your ${apartmentIq.contacts.csmShort} or Support. Self-service toggles are coming soon.`,
  },
];
