import { describe, expect, it } from 'vitest';
import { apartmentIq, rawApartmentIqConfig } from '~/config/apartmentiq';
import { parseApartmentIqConfig } from '~/config/apartmentiq-schema';

describe('ApartmentIQ config', () => {
  it('passes its schema unchanged (astro.config.mjs runs the same check before every build)', () => {
    expect(parseApartmentIqConfig(rawApartmentIqConfig)).toEqual(apartmentIq);
  });

  it('holds the source guide’s five supported attributes, in order', () => {
    expect(apartmentIq.scim.supportedAttributes).toEqual([
      'userName',
      'emails[type eq "work"].value',
      'name.givenName',
      'name.familyName',
      'externalId',
    ]);
  });

  it('holds the source guide’s roles and premium tools', () => {
    expect(apartmentIq.manualTasks.roles).toEqual(['Admin', 'Manager', 'Editor', 'Read Only']);
    expect(apartmentIq.manualTasks.premiumTools).toEqual(['Research Pro', 'Explore Pro']);
  });

  const broken: [string, (config: typeof rawApartmentIqConfig) => unknown, RegExp][] = [
    [
      'an http SAML link',
      (c) => ({ ...c, links: { ...c.links, samlGuide: 'http://example.com' } }),
      /links\.samlGuide/,
    ],
    [
      'a host pattern with a scheme',
      (c) => ({ ...c, scim: { ...c.scim, hostPatterns: ['https://x.io'] } }),
      /scim\.hostPatterns\.0/,
    ],
    [
      'token bounds the wrong way round',
      (c) => ({ ...c, scim: { ...c.scim, token: { ...c.scim.token, minLength: 5000 } } }),
      /minLength must not exceed/,
    ],
    ['an unknown key', (c) => ({ ...c, colour: 'blue' }), /colour|Unrecognized/],
    [
      'a bad support e-mail',
      (c) => ({ ...c, contacts: { ...c.contacts, supportEmail: 'support' } }),
      /contacts\.supportEmail/,
    ],
  ];
  it.each(broken)('fails with a message that names the field for %s', (_label, mutate, message) => {
    expect(() => parseApartmentIqConfig(mutate(rawApartmentIqConfig))).toThrow(message);
  });
});
