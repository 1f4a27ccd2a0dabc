/**
 * The words several groups of the catalogue share, from the ApartmentIQ config: each group's module
 * (./fields.ts, ./connection.ts, …) takes what it uses from here.
 */
import { apartmentIq } from '../../../config/apartmentiq';

export const csm = apartmentIq.contacts.csmShort;
export const csmTitle = apartmentIq.contacts.csmTitle;
export const hostPatternText = apartmentIq.scim.hostPatterns
  .map((pattern) => `\`${pattern}\``)
  .join(' or ');
export const exampleTenantUrl = `https://yourcompany.${apartmentIq.scim.hostPatterns[0]?.replace(/^\*\./, '') ?? 'apartmentiq.io'}${apartmentIq.scim.examplePath}`;
export const {
  minLength: tokenMin,
  maxLength: tokenMax,
  expiringSoonDays,
} = apartmentIq.scim.token;
// Product facts ApartmentIQ has not confirmed are never stated as facts (config `scim.confirmed`).
export const confirmed = apartmentIq.scim.confirmed;
export const exampleUrlText =
  confirmed.hostPatterns && confirmed.examplePath
    ? `it looks like \`${exampleTenantUrl}\``
    : `for example something like \`${exampleTenantUrl}\`, but always the exact URL sent`;
export const support = apartmentIq.contacts.supportEmail;
export const product = apartmentIq.productName;
export const app = apartmentIq.entraAppName;
export const activeRemoved = apartmentIq.scim.activeMapping === 'remove';
export const downloadUsers = 'Users → All users → Download users';
export const copySchema =
  "Copy the whole text from Entra's schema editor (classic layout: Mappings → Provision Microsoft Entra ID Users → Show advanced options → Review your schema here; newer layout: Attribute mapping → Advanced Options → Edit schema), or choose the .json file its Download button saved.";
