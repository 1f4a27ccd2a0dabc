/**
 * The one source of truth for ApartmentIQ specifics: hosts, paths, token rules,
 * supported attributes, contacts and links. Everything else imports from here.
 *
 * Its schema is ./apartmentiq-schema.ts (zod): astro.config.mjs validates these values with it
 * before every build and dev server, so a bad value fails `astro build` with a message that names
 * the field, and tests/unit/config.test.ts does the same. This module itself is plain data, so the
 * browser gets the values without zod.
 */
import type { ApartmentIqConfig, ApartmentIqConfigInput } from './apartmentiq-schema';

export type { ApartmentIqConfig };

const hostPatterns = ['*.apartmentiq.io'];

export const rawApartmentIqConfig = {
  productName: 'ApartmentIQ',
  entraAppName: 'ApartmentIQ',
  scim: {
    hostPatterns,
    examplePath: '/scim/v2',
    token: { minLength: 16, maxLength: 4096, expiringSoonDays: 30 },
    supportedAttributes: [
      'userName',
      'emails[type eq "work"].value',
      'name.givenName',
      'name.familyName',
      'externalId',
    ],
    activeMapping: 'remove',
    confirmed: {
      hostPatterns: false,
      examplePath: false,
      tokenLength: false,
      standardHttpsPort: false,
    },
  },
  probe: {
    allowedHostPatterns: hostPatterns,
    connectTimeoutMs: 5_000,
    totalTimeoutMs: 15_000,
    maxResponseBytes: 1024 * 1024,
    maxRequestBytes: 16 * 1024,
    requestBodyTimeoutMs: 5_000,
    transcriptBodyBytes: 4 * 1024,
    rateLimitPerMinute: 10,
    maxConcurrentProbes: 128,
  },
  contacts: {
    supportEmail: 'support@apartmentiq.io',
    supportCenterUrl: 'https://support.apartmentiq.io',
    csmTitle: 'ApartmentIQ Customer Success Manager (CSM)',
    csmShort: 'CSM',
  },
  links: {
    samlGuide: 'https://support.apartmentiq.io/all-market-survey-documents/saml-sso-with-entraid',
    samlGuideOkta:
      'https://support.apartmentiq.io/en_US/technical-documentation1/saml-sso-with-okta',
    entraAdminCenter: 'https://entra.microsoft.com',
  },
  manualTasks: {
    section: 'Manage Users',
    roles: ['Admin', 'Manager', 'Editor', 'Read Only'],
    premiumTools: ['Research Pro', 'Explore Pro'],
  },
} satisfies ApartmentIqConfigInput;

/** The config, validated at build time (see above). */
export const apartmentIq: ApartmentIqConfig = rawApartmentIqConfig;
