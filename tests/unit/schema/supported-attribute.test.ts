/**
 * Adding a supported attribute is one line in src/config/apartmentiq.ts (`scim.supportedAttributes`)
 * and the config test's pin to the source guide. Shown here with `title`, which Entra maps from
 * jobTitle by default: the one policy then keeps it everywhere the guide decides keep or remove.
 */
import { describe, expect, it } from 'vitest';
import { planMappings } from '~/lib/entra/default-mappings';
import { checkSchemaText, defaultSampleBody } from '~/lib/schema/check';
import { GUIDE_POLICY } from '../../support/guide-policy';
import { fixtureText } from './load';

const withTitle = {
  ...GUIDE_POLICY,
  supportedAttributes: [...GUIDE_POLICY.supportedAttributes, 'title'],
};

describe('a new supported attribute', () => {
  it("is kept in the Attribute mapping page's table of Entra's defaults", () => {
    const row = (policy: typeof GUIDE_POLICY) =>
      planMappings(policy).find((mapping) => mapping.target === 'title')?.decision;
    expect(row(GUIDE_POLICY)).toBe('remove');
    expect(row(withTitle)).toBe('keep');
  });

  it('is kept by the mapping checker, in its report, its cleaned schema and the request it previews', () => {
    const outcome = checkSchemaText(fixtureText('entra-default-scim.json'), withTitle);
    if (outcome.kind !== 'report') throw new Error('the default schema should be read');
    const title = outcome.report.userMappings[0]?.rows.find(
      (row) => row.targetAttributeName === 'title',
    );
    expect(title?.status).toBe('keep');
    expect(outcome.cleanedText).toContain('"targetAttributeName": "title"');
    expect(outcome.sampleBody).toHaveProperty('title');
    expect(defaultSampleBody(withTitle)).toHaveProperty('title');
    expect(defaultSampleBody(GUIDE_POLICY)).not.toHaveProperty('title');
  });
});
