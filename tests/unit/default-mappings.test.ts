import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apartmentIq } from '~/config/apartmentiq';
import { decideMapping, isKept } from '~/lib/schema/attributes';
import {
  entraDefaultUserMappings,
  planMappings,
  supportedAttributesMissingFromDefaults,
} from '~/lib/entra/default-mappings';

describe("Entra's default user mappings (fact sheet §5)", () => {
  it('has the 22 rows in portal order, first and last as the fact sheet lists them', () => {
    expect(entraDefaultUserMappings).toHaveLength(22);
    expect(entraDefaultUserMappings[0]).toEqual({
      target: 'userName',
      source: 'userPrincipalName',
    });
    expect(entraDefaultUserMappings[1]?.target).toBe('active');
    expect(entraDefaultUserMappings[4]).toEqual({
      target: 'emails[type eq "work"].value',
      source: 'mail',
    });
    expect(entraDefaultUserMappings[18]).toEqual({ target: 'externalId', source: 'mailNickname' });
    expect(entraDefaultUserMappings.at(-1)?.target).toBe(
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager',
    );
  });

  it('has no duplicate targets', () => {
    const targets = entraDefaultUserMappings.map((mapping) => mapping.target);
    expect(new Set(targets).size).toBe(targets.length);
  });

  it("contains every attribute ApartmentIQ supports, so the table never needs an 'add' step", () => {
    expect(supportedAttributesMissingFromDefaults(apartmentIq.scim)).toEqual([]);
    expect(
      supportedAttributesMissingFromDefaults({
        ...apartmentIq.scim,
        supportedAttributes: ['userName', 'nickName'],
      }),
    ).toEqual(['nickName']);
  });
});

describe('keep or remove', () => {
  const cases: [target: string, activeMapping: 'keep' | 'remove', expected: 'keep' | 'remove'][] = [
    ['userName', 'remove', 'keep'],
    ['emails[type eq "work"].value', 'remove', 'keep'],
    ['name.givenName', 'remove', 'keep'],
    ['name.familyName', 'remove', 'keep'],
    ['externalId', 'remove', 'keep'],
    ['active', 'remove', 'remove'],
    ['active', 'keep', 'keep'],
    ['displayName', 'keep', 'remove'],
    ['name.formatted', 'remove', 'remove'],
    ['phoneNumbers[type eq "mobile"].value', 'keep', 'remove'],
  ];
  it.each(cases)('%s with active=%s → %s', (target, activeMapping, expected) => {
    expect(
      decideMapping(target, {
        supportedAttributes: apartmentIq.scim.supportedAttributes,
        activeMapping,
      }),
    ).toBe(expected);
  });

  it.each([
    ['UserName', 'keep'],
    ['EXTERNALID', 'keep'],
    ['emails[type eq "work"].Value', 'keep'],
    ['emails [ type eq "work" ] . value', 'keep'],
    ['Name.GivenName', 'keep'],
    ['Active', 'remove'],
    ['DisplayName', 'remove'],
  ] as const)(
    'decides %s the same whatever its case or spacing (RFC 7643 §2.1): %s',
    (target, expected) => {
      const policy = { ...apartmentIq.scim, activeMapping: 'remove' as const };
      expect(decideMapping(target, policy)).toBe(expected);
      expect(isKept(target, policy)).toBe(expected === 'keep');
      // The page's table and the checker use the one rule: a row spelled this way gets the same.
      expect(planMappings(policy, [{ target, source: 'x' }])[0]?.decision).toBe(expected);
    },
  );

  it('property: changing the case of a target never changes the decision', () => {
    const targets = entraDefaultUserMappings.map((mapping) => mapping.target);
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
        fc.constantFrom('keep' as const, 'remove' as const),
        (target, flips, activeMapping) => {
          const policy = {
            supportedAttributes: apartmentIq.scim.supportedAttributes,
            activeMapping,
          };
          const flipped = [...target]
            .map((char, index) => (flips[index] ? char.toUpperCase() : char.toLowerCase()))
            .join('');
          expect(decideMapping(flipped, policy)).toBe(decideMapping(target, policy));
        },
      ),
    );
  });

  it('keeps exactly the supported attributes with the shipped config, in portal order', () => {
    const kept = planMappings(apartmentIq.scim)
      .filter((row) => row.decision === 'keep')
      .map((row) => row.target);
    const expected =
      apartmentIq.scim.activeMapping === 'keep'
        ? [...apartmentIq.scim.supportedAttributes, 'active']
        : apartmentIq.scim.supportedAttributes;
    expect([...kept].sort()).toEqual([...expected].sort());
  });

  it('property: a row is kept iff it is supported, or it is active and the policy keeps active', () => {
    const targets = entraDefaultUserMappings.map((mapping) => mapping.target);
    fc.assert(
      fc.property(
        fc.subarray(targets),
        fc.constantFrom('keep' as const, 'remove' as const),
        (supported, activeMapping) => {
          const plan = planMappings({ supportedAttributes: supported, activeMapping });
          expect(plan).toHaveLength(targets.length);
          for (const row of plan) {
            const shouldKeep =
              supported.includes(row.target) ||
              (row.target === 'active' && activeMapping === 'keep');
            expect(row.decision).toBe(shouldKeep ? 'keep' : 'remove');
            // Only the active row carries a note, and only when it is not a supported attribute.
            expect(row.note !== undefined).toBe(
              row.target === 'active' && !supported.includes('active'),
            );
          }
        },
      ),
    );
  });
});
