/**
 * The source guide's "Final notes on SCIM": what SCIM does not do and the admin does by hand in
 * ApartmentIQ. Built from the config so the checklist, the support page and any other page say
 * the same thing; each note has a fixed id, used as its anchor on the support page.
 */
import { apartmentIq } from '../../config/apartmentiq';

export interface FinalNote {
  /** Stable anchor id: support links like `/support/#premium-tools` depend on it. */
  id: 'market-surveys' | 'user-roles' | 'premium-tools';
  title: string;
  text: string;
}

const { section, roles, premiumTools } = apartmentIq.manualTasks;
const product = apartmentIq.productName;

/** "A, B, C or D" */
export function listInWords(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

export const finalNotesIntro = `SCIM handles access to ${product}, but it does not assign user roles (${listInWords(roles)}) or access to specific features. These are done by hand in the ${section} section of ${product}.`;

export const finalNotes: readonly FinalNote[] = [
  {
    id: 'market-surveys',
    title: 'Market surveys',
    text: `Assign specific market surveys to each new user by hand in ${section}.`,
  },
  {
    id: 'user-roles',
    title: 'User roles',
    text: `Select a role for each user (${listInWords(roles)}) in ${section}: SCIM cannot currently assign roles.`,
  },
  {
    id: 'premium-tools',
    title: 'Premium tools',
    text: `To enable ${listInWords(premiumTools)} seats, contact your ${apartmentIq.contacts.csmShort} or Support. Self-service toggles are coming soon.`,
  },
];
