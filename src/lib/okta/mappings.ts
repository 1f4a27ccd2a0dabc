/**
 * The Okta → ApartmentIQ attribute mappings the guide keeps (Provisioning › To App › Attribute
 * Mappings): the four user attributes Okta requires every SCIM app to store (okta-dev-scim-prepare:
 * "User ID: `userName` · First Name: `name.givenName` · Last Name: `name.familyName` · Email:
 * `emails`"), from the Okta profile attributes ApartmentIQ's SAML set-up uses for the same people
 * (aiq-saml-okta: `user.email`, `user.firstName`, `user.lastName`; "Application username: Email").
 * Every other row is removed. `active` is not among them: Okta sends it itself on deactivation
 * (src/lib/okta/leavers.ts).
 */
export interface OktaMapping {
  /** The attribute as ApartmentIQ receives it (SCIM 2.0 path). */
  readonly scim: string;
  /** What it means, in words. */
  readonly meaning: string;
  /** Where Okta takes the value from. Backticks mark code. */
  readonly from: string;
}

export const oktaMappings: readonly OktaMapping[] = [
  {
    scim: 'userName',
    meaning: 'User name (the unique identifier Okta looks users up by)',
    from: 'The Application username format on the app’s Sign On tab: the Okta username by default; ApartmentIQ’s SAML set-up sets it to Email',
  },
  { scim: 'name.givenName', meaning: 'First name', from: '`user.firstName`' },
  { scim: 'name.familyName', meaning: 'Last name', from: '`user.lastName`' },
  {
    scim: 'emails',
    meaning: 'Email address (the primary one)',
    from: '`user.email`',
  },
];
