/**
 * What Entra role the set-up needs, and the request an admin without it sends to their Global
 * Administrator. Only what the fact sheet supports: Microsoft's SCIM tutorial says to sign in
 * "as at least Application Administrator" (fact sheet §1a). It names no other role, so neither do we.
 */
import { apartmentIq } from '../../config/apartmentiq';

export const entraRoles = {
  /** The least-privileged role Microsoft's tutorial names for creating the app and its provisioning. */
  minimum: 'Application Administrator',
  /** Who can assign Entra roles in the customer's tenant. */
  grantor: 'Global Administrator',
} as const;

export interface RoleRequest {
  subject: string;
  body: string;
}

export function roleRequest(): RoleRequest {
  const product = apartmentIq.productName;
  return {
    subject: `Entra role request: set up ${product} user provisioning (SCIM)`,
    body: [
      'Hello,',
      '',
      `I am setting up automatic user provisioning (SCIM) from Microsoft Entra ID to ${product}. ` +
        `Microsoft's instructions require signing in to the Microsoft Entra admin center as at least ${entraRoles.minimum}.`,
      '',
      `Could you assign me the ${entraRoles.minimum} role, or do these steps with me?`,
      '',
      `1. Create a non-gallery enterprise application named "${apartmentIq.entraAppName}".`,
      `2. Turn on its provisioning with the Tenant URL and Secret Token from our ${apartmentIq.contacts.csmTitle}.`,
      `3. Keep only the attributes ${product} supports, and assign the users and groups who need ${product}.`,
      '',
      'Thank you,',
    ].join('\n'),
  };
}
