/**
 * Which Entra roles the set-up needs, and the request an admin without one sends to whoever can
 * assign roles in their tenant.
 *
 * Sources, checked 2026-12-01 (src/lib/sources/registry.ts):
 * - ms-add-enterprise-app: "One of the following roles: Cloud Application Administrator, or
 *   Application Administrator"; ms-assign-users: assignment "as at least a Cloud Application
 *   Administrator".
 * - ms-built-in-roles: Cloud Application Administrator has "the same permissions as the Application
 *   Administrator role, excluding the ability to manage application proxy", provisioning included;
 *   Privileged Role Administrator "can manage role assignments in Microsoft Entra ID".
 * - ms-scim-tutorial still says "at least an Application Administrator"; the role reference
 *   settles it, and least privilege asks for Cloud Application Administrator.
 */
import { apartmentIq } from '../../config/apartmentiq';
import { formatList } from '../text/format-list';

export const entraRoles = {
  /** The least-privileged built-in role that can do every Entra step of the guide. */
  leastPrivileged: 'Cloud Application Administrator',
  /** Every role that is enough, least privileged first. */
  sufficient: [
    'Cloud Application Administrator',
    'Application Administrator',
    'Global Administrator',
  ],
  /** Who can assign Entra roles in the customer's tenant. */
  grantors: ['Global Administrator', 'Privileged Role Administrator'],
} as const;

/** "Cloud Application Administrator, Application Administrator or Global Administrator" */
export const sufficientRolesInWords = formatList(entraRoles.sufficient, 'or');
/** "Global Administrator or Privileged Role Administrator" */
export const grantorsInWords = formatList(entraRoles.grantors, 'or');

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
        `Microsoft documents the ${entraRoles.leastPrivileged} role as enough to add an enterprise application, assign users to it and set up its provisioning (it is Application Administrator without Application Proxy).`,
      '',
      `Could you assign me the ${entraRoles.leastPrivileged} role, or do these steps with me?`,
      '',
      `1. Create a non-gallery enterprise application named "${apartmentIq.entraAppName}".`,
      `2. Assign the users and groups who need ${product}.`,
      `3. Turn on its provisioning with the Tenant URL and Secret Token from our ${apartmentIq.contacts.csmTitle}, and keep only the attributes ${product} supports.`,
      '',
      'Thank you,',
    ].join('\n'),
  };
}
