/**
 * What Entra tells ApartmentIQ when someone leaves, said once: every page, the schema checker and
 * the support reference show these texts (src/components/WhenSomeoneLeaves.astro renders them).
 *
 * Sources, checked 2026-12-01 and again 2026-12-02 (unchanged; src/lib/sources/registry.ts):
 * - ms-how-provisioning-works: unassigned, disabled or soft-deleted users get `active = false`
 *   through the `IsSoftDeleted` mapping; "Remove isSoftDeleted from the attribute mappings" is how
 *   to have nothing done; "users are hard-deleted 30 days after they're soft-deleted", or sooner
 *   when an admin deletes them permanently, and only then is a delete sent, "Ensure that Delete is
 *   selected as one of the target object actions"; after unassignment "the service doesn't manage
 *   the user".
 * - ms-govern-existing-users: "If no attribute is mapped, users who later are unassigned from the
 *   application role will continue to exist in the application's data store."
 * Backticks mark code; the renderers turn them into <code>.
 */
import { apartmentIq } from '../../config/apartmentiq';

export interface LeaverText {
  /** One sentence for cards and tables. */
  summary: string;
  /** What Entra does and does not send, in order. */
  details: readonly string[];
  /** What the admin does about it. */
  action: string;
}

const product = apartmentIq.productName;
const csm = apartmentIq.contacts.csmShort;
const section = apartmentIq.manualTasks.section;

const withoutActive: LeaverText = {
  summary: `With the mappings this guide sets up, Entra does not tell ${product} when you unassign, block or delete someone: deactivate leavers in ${product} yourself.`,
  details: [
    `Without the \`active\` mapping, Entra sends nothing to ${product} when you unassign a user from the app, block their sign-in, or delete them.`,
    `${product} hears about a leaver in one case only: the user is permanently deleted in Entra while still assigned to the app (30 days after they were deleted, or sooner if an admin deletes them permanently), and Delete is still ticked under Target object actions in the users mapping. Entra then sends a delete request.`,
    `A user you unassign is no longer managed by Entra's provisioning, so even their later deletion sends nothing: their ${product} account stays active.`,
  ],
  action: `After you remove someone in Entra, also deactivate them in ${product}'s ${section} section, unless your ${csm} confirms that you can keep the \`active\` mapping.`,
};

const withActive: LeaverText = {
  summary: `Entra deactivates a user in ${product} at its next cycle after you unassign, block or delete them.`,
  details: [
    `With the \`active\` mapping, Entra sends \`active = false\` to ${product} at its next cycle (about every 40 minutes) when you unassign a user from the app, block their sign-in, or delete them.`,
    `When a user who is still assigned is permanently deleted in Entra (30 days after deletion, or sooner if an admin deletes them permanently), Entra also sends a delete request, as long as Delete is ticked under Target object actions in the users mapping.`,
  ],
  action: `Keep the \`active\` row when you remove the other mappings.`,
};

/** The text for either choice of the `active` mapping (the schema checker explains both). */
export function leaverTextFor(activeMapping: 'remove' | 'keep'): LeaverText {
  return activeMapping === 'remove' ? withoutActive : withActive;
}

/** The text for the choice this guide makes (config `scim.activeMapping`). */
export const leaverText: LeaverText = leaverTextFor(apartmentIq.scim.activeMapping);

/** The whole explanation as one paragraph, for places that show plain text (the schema checker). */
export const leaverParagraph = [...leaverText.details, leaverText.action].join(' ');
