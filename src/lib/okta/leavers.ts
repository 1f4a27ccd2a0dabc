/**
 * What Okta tells ApartmentIQ when someone leaves, said once (src/components/WhenSomeoneLeaves.astro
 * renders it for the Okta track). Entra's story is src/lib/entra/leavers.ts, and it differs:
 * ApartmentIQ's Entra instructions remove the `active` mapping, so Entra tells ApartmentIQ nothing;
 * in Okta, deactivation is the To App setting Deactivate Users, not a mapping to keep or remove.
 *
 * Sources, checked 2026-12-01 (src/lib/sources/registry.ts):
 * - okta-dev-scim-connect: "Deactivate Users: Automatically deactivates user accounts in the
 *   downstream app when either the integration is removed from a user profile in Okta or if the
 *   Okta account is deactivated." "Okta can also reactivate the user account in the downstream app
 *   if the integration is later reassigned to a user in Okta."
 * - okta-dev-scim-20: "Okta doesn't perform DELETE operations on User objects"; "If a user is
 *   deactivated or removed from your integration inside Okta, then Okta sends a request … to set
 *   the `active` attribute to `false`. There's no deprovisioning event sent for users that are
 *   suspended inside Okta."; for AIW integrations "this request is sent through a PUT method
 *   request".
 * - okta-dev-scim-concepts: deleting a deactivated user "isn't changed" in the app; on (re)assign
 *   with `active=true` in Okta "the user is set to `active=true` on the SCIM server".
 * - aiq-scim-okta: "you can automatically create, update, and deactivate users in ApartmentIQ
 *   based on their status in Okta."
 * Backticks mark code; the renderers turn them into <code>.
 */
import { apartmentIq } from '../../config/apartmentiq';
import type { LeaverText } from '../entra/leavers';

const product = apartmentIq.productName;

export const oktaLeaverText: LeaverText = {
  summary: `When you unassign someone from the ${product} app or deactivate them in Okta, Okta deactivates them in ${product}, as long as Deactivate Users is on. Suspending them sends nothing.`,
  details: [
    `With Deactivate Users enabled under To App, Okta sends \`active: false\` to ${product} when a user is unassigned from the app or their Okta account is deactivated. For an app made with Okta's App Integration Wizard, like the ${product} SAML app, Okta sends this as a PUT request with the whole user, never as PATCH.`,
    `Suspending a user in Okta sends nothing: their ${product} account stays active.`,
    `Okta never sends a DELETE: deleting a deactivated user in Okta leaves the ${product} account as it is, deactivated.`,
    `When you assign the app to the person again, Okta can reactivate their ${product} account: it sends them with \`active: true\`.`,
  ],
  action: `Remove leavers in Okta by unassigning them from the ${product} app or deactivating them, not by suspending them, and keep Deactivate Users enabled.`,
};

/** The difference from the Entra ID track, for pages that show both. */
export const oktaLeaverDifference = `Unlike Entra ID with ${product}'s instructions, Okta tells ${product} about leavers: deactivation is Okta's Deactivate Users setting, not an attribute mapping you remove.`;
