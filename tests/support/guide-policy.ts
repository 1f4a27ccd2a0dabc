import type { MappingPolicy } from '~/lib/schema/attributes';

/**
 * The source guide's mapping policy: its five supported attributes, in its order, and `active`
 * removed. The mapping checker's tests use this rather than the live config, so adding a supported
 * attribute to src/config/apartmentiq.ts fails only the test that pins the config to the source
 * guide (tests/unit/config.test.ts), which is then updated with it.
 */
export const GUIDE_POLICY: MappingPolicy = {
  supportedAttributes: [
    'userName',
    'emails[type eq "work"].value',
    'name.givenName',
    'name.familyName',
    'externalId',
  ],
  activeMapping: 'remove',
};
