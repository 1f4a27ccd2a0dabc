/**
 * How the Tenant URL and the Secret Token reach the customer, said the same way on every page and
 * in the CSM's email. The source guide says only that the CSM provides both (aiq-scim-entra);
 * Microsoft warns that long-lived tokens are hard to share "without using insecure methods such as
 * email" (ms-scim-tutorial). So: the URL may travel by email, the token never does.
 */
import { apartmentIq } from '../../config/apartmentiq';

const csm = apartmentIq.contacts.csmShort;

export const credentialDelivery = {
  /** For the admin: what arrives, and how. */
  forAdmin: `Your ${csm} sends the Tenant URL (it may come by email) and, separately through a secure channel, the Secret Token.`,
  /** For the CSM's email to the customer. */
  inEmail:
    'The Secret Token is not in this email. You will receive it separately through a secure channel. ' +
    'Please do not forward it by email or paste it into chats or tickets.',
  /** The checklist task. */
  task: `Ask your ${csm} to enable SCIM and to give you the Tenant URL and, separately through a secure channel, the Secret Token`,
} as const;

/**
 * The same story in the Okta track's words: ApartmentIQ's Okta article asks for "the SCIM data
 * points (Base URL and API Token)" (aiq-scim-okta).
 */
export const oktaCredentialDelivery = {
  forAdmin: `Your ${csm} sends the SCIM Base URL (it may come by email) and, separately through a secure channel, the API Token.`,
  inEmail:
    'The API Token is not in this email. You will receive it separately through a secure channel. ' +
    'Please do not forward it by email or paste it into chats or tickets.',
} as const;
