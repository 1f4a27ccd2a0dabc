import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '~/lib/schema/analyze';
import {
  attributesToKeep,
  normalizeAttributeName,
  type MappingPolicy,
} from '~/lib/schema/attributes';
import { checkSchemaText } from '~/lib/schema/check';
import { cleanSchema } from '~/lib/schema/clean';
import {
  ENTRA_DEFAULT_GROUP_MAPPINGS,
  ENTRA_DEFAULT_USER_MAPPINGS,
  toGraphAttributeMapping,
} from '~/lib/schema/entra-defaults';
import { FIXTURES } from './fixture-builder';
import { fixtureJson, fixtureText } from './load';
import { GUIDE_POLICY } from '../../support/guide-policy';

type Json = Record<string, unknown>;
type Rule = { objectMappings: Json[] };

const SCHEMA_FIXTURES = FIXTURES.map((spec) => spec.file).filter(
  (file) => !['no-user-mapping.json', 'not-a-schema.json'].includes(file),
);
const keptNames = (policy: MappingPolicy = GUIDE_POLICY) =>
  new Set(attributesToKeep(policy).map(normalizeAttributeName));

const rulesOf = (json: unknown) => (json as { synchronizationRules: Rule[] }).synchronizationRules;
const targets = (mapping: Json) =>
  (mapping['attributeMappings'] as Json[]).map(
    (attribute) => attribute['targetAttributeName'] as string,
  );

/** The document with what cleaning may change blanked out: user attribute mappings and group `enabled`. */
function withoutCleanableParts(json: unknown): unknown {
  const copy = structuredClone(json) as { synchronizationRules: Rule[] };
  for (const rule of copy.synchronizationRules) {
    for (const mapping of rule.objectMappings) {
      const name = String(mapping['sourceObjectName']).toLowerCase();
      if (name === 'user') mapping['attributeMappings'] = '(cleanable)';
      if (name === 'group') mapping['enabled'] = '(cleanable)';
    }
  }
  return copy;
}

/** `sub` is `full` with some items left out, order kept. */
function isSubsequence<T>(sub: readonly T[], full: readonly T[], same: (a: T, b: T) => boolean) {
  let at = 0;
  for (const item of full) if (at < sub.length && same(sub[at]!, item)) at += 1;
  return at === sub.length;
}

function expectCleaned(original: unknown, cleaned: unknown, policy: MappingPolicy = GUIDE_POLICY) {
  const keep = keptNames(policy);
  // Everything outside user attribute mappings and group "enabled" is identical, keys in the same order.
  expect(JSON.stringify(withoutCleanableParts(cleaned))).toBe(
    JSON.stringify(withoutCleanableParts(original)),
  );
  rulesOf(cleaned).forEach((rule, ruleIndex) => {
    rule.objectMappings.forEach((mapping, mappingIndex) => {
      const before = rulesOf(original)[ruleIndex]!.objectMappings[mappingIndex]!;
      const name = String(mapping['sourceObjectName']).toLowerCase();
      if (name === 'user') {
        const after = mapping['attributeMappings'] as Json[];
        expect(
          after.every((attribute) =>
            keep.has(normalizeAttributeName(attribute['targetAttributeName'] as string)),
          ),
        ).toBe(true);
        // Exactly the kept mappings, untouched and in their order.
        const expected = (before['attributeMappings'] as Json[]).filter((attribute) =>
          keep.has(normalizeAttributeName(attribute['targetAttributeName'] as string)),
        );
        expect(after).toEqual(expected);
        expect(
          isSubsequence(
            after,
            before['attributeMappings'] as Json[],
            (a, b) => JSON.stringify(a) === JSON.stringify(b),
          ),
        ).toBe(true);
      }
      if (name === 'group') expect(mapping['enabled']).toBe(false);
    });
  });
}

describe('cleanSchema on every fixture', () => {
  it.each(SCHEMA_FIXTURES)('%s', (file) => {
    const original = fixtureJson(file);
    const snapshot = JSON.stringify(original);
    const cleaned = cleanSchema(original, GUIDE_POLICY);
    expectCleaned(original, cleaned);
    expect(JSON.stringify(original)).toBe(snapshot);
    expect(cleanSchema(cleaned, GUIDE_POLICY)).toEqual(cleaned);
    const report = analyzeSchema(cleaned, GUIDE_POLICY);
    expect(report.groupProvisioningOn).toBe(false);
    expect(
      report.userMappings.flatMap((user) => user.rows).filter((row) => row.status === 'remove'),
    ).toEqual([]);
  });

  it('turns Entra’s default schema into exactly the already-cleaned fixture', () => {
    expect(cleanSchema(fixtureJson('entra-default-scim.json'), GUIDE_POLICY)).toEqual(
      fixtureJson('already-cleaned.json'),
    );
    expect(checkSchemaText(fixtureText('entra-default-scim.json'), GUIDE_POLICY)).toMatchObject({
      cleanedText: fixtureText('already-cleaned.json'),
    });
  });

  it('leaves exactly the five supported attributes in the default user mapping', () => {
    const cleaned = cleanSchema(fixtureJson('entra-default-customappsso.json'), GUIDE_POLICY);
    const user = rulesOf(cleaned)[0]!.objectMappings.find(
      (mapping) => mapping['sourceObjectName'] === 'User',
    )!;
    expect(targets(user)).toEqual([
      'userName',
      'emails[type eq "work"].value',
      'name.givenName',
      'name.familyName',
      'externalId',
    ]);
  });

  it('keeps active when the config says keep', () => {
    const policy: MappingPolicy = { ...GUIDE_POLICY, activeMapping: 'keep' };
    const original = fixtureJson('entra-default-scim.json');
    const cleaned = cleanSchema(original, policy);
    expectCleaned(original, cleaned, policy);
    const user = rulesOf(cleaned)[0]!.objectMappings[0]!;
    expect(targets(user)).toEqual([
      'userName',
      'active',
      'emails[type eq "work"].value',
      'name.givenName',
      'name.familyName',
      'externalId',
    ]);
  });

  it('writes the cleaned schema minified when the input was minified', () => {
    const outcome = checkSchemaText(fixtureText('entra-default-scim.min.json'), GUIDE_POLICY);
    if (outcome.kind !== 'report') throw new Error('expected a report');
    expect(outcome.cleanedText).toBe(JSON.stringify(fixtureJson('already-cleaned.json')));
  });

  it('refuses a value that is not a schema', () => {
    expect(() => cleanSchema({ value: [] }, GUIDE_POLICY)).toThrow(TypeError);
    expect(() => cleanSchema([1], GUIDE_POLICY)).toThrow(TypeError);
  });
});

// Generated schemas: any subset of Entra's default and some other mappings in any order, object
// mappings in any order and case, and unknown fields sprinkled at every level.
const knownKeys = new Set([
  'synchronizationRules',
  'objectMappings',
  'attributeMappings',
  'sourceObjectName',
  'targetAttributeName',
  'enabled',
  'source',
  'matchingPriority',
  '__proto__',
]);
const unknownFields = fc.dictionary(
  fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((key) => !knownKeys.has(key) && !/^\d+$/.test(key)),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 3 },
);
const extraTargets = [
  'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User:costCenter',
  'roles[primary eq "True"].value',
  'USERNAME',
  'Name.GivenName',
  'nickName',
];
const attributeMapping = fc
  .tuple(
    fc.constantFrom(
      ...ENTRA_DEFAULT_USER_MAPPINGS.map(toGraphAttributeMapping),
      ...extraTargets.map((name) =>
        toGraphAttributeMapping({
          targetAttributeName: name,
          source: { expression: '[x]', name: 'x', type: 'Attribute', parameters: [] },
          matchingPriority: 0,
        }),
      ),
    ),
    unknownFields,
  )
  .map(([mapping, extra]) => ({ ...extra, ...mapping }));
const objectMapping = fc
  .tuple(
    fc.constantFrom('User', 'user', 'Group', 'GROUP', 'Contact'),
    fc.option(fc.boolean(), { nil: undefined }),
    fc.array(attributeMapping, { maxLength: 12 }),
    unknownFields,
  )
  .map(([sourceObjectName, enabled, attributeMappings, extra]) => ({
    ...extra,
    ...(enabled === undefined ? {} : { enabled }),
    sourceObjectName,
    attributeMappings:
      sourceObjectName.toLowerCase() === 'group'
        ? ENTRA_DEFAULT_GROUP_MAPPINGS.map(toGraphAttributeMapping)
        : attributeMappings,
  }));
const schema = fc
  .tuple(
    fc.array(fc.tuple(fc.array(objectMapping, { maxLength: 4 }), unknownFields), {
      minLength: 1,
      maxLength: 3,
    }),
    unknownFields,
  )
  .map(([rules, extra]) => ({
    ...extra,
    synchronizationRules: rules.map(([objectMappings, ruleExtra]) => ({
      ...ruleExtra,
      objectMappings,
    })),
  }));
const policy = fc.record({
  supportedAttributes: fc.constant(GUIDE_POLICY.supportedAttributes),
  activeMapping: fc.constantFrom('remove' as const, 'keep' as const),
});

describe('cleanSchema properties', () => {
  it('is idempotent: cleaning a cleaned schema changes nothing', () => {
    fc.assert(
      fc.property(schema, policy, (json, chosen) => {
        const once = cleanSchema(json, chosen);
        expect(cleanSchema(once, chosen)).toEqual(once);
        expect(JSON.stringify(cleanSchema(once, chosen))).toBe(JSON.stringify(once));
      }),
      { numRuns: 300 },
    );
  });

  it('removes only unsupported user mappings, disables only groups, keeps everything else and the order', () => {
    fc.assert(
      fc.property(schema, policy, (json, chosen) => {
        const snapshot = JSON.stringify(json);
        expectCleaned(json, cleanSchema(json, chosen), chosen);
        expect(JSON.stringify(json)).toBe(snapshot);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves nothing for the report to remove and no group provisioning', () => {
    fc.assert(
      fc.property(schema, policy, (json, chosen) => {
        const report = analyzeSchema(cleanSchema(json, chosen), chosen);
        expect(report.groupProvisioningOn).toBe(false);
        expect(report.changes).toEqual({ mappingsRemoved: 0, groupMappingsDisabled: 0 });
      }),
      { numRuns: 200 },
    );
  });
});
