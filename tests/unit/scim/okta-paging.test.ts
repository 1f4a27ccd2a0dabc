import { describe, expect, it } from 'vitest';
import { oktaPagingFindings } from '~/lib/scim';

const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const list = (extra: Record<string, unknown>) => ({
  schemas: [LIST],
  totalResults: 1,
  startIndex: 1,
  itemsPerPage: 1,
  Resources: [{ id: '1' }],
  ...extra,
});

describe('oktaPagingFindings: a list the way Okta reads it', () => {
  it('accepts integer paging numbers and a page within count', () => {
    expect(oktaPagingFindings(list({}), 2)).toEqual([]);
    expect(
      oktaPagingFindings(list({ totalResults: 0, itemsPerPage: 0, Resources: [] }), 2),
    ).toEqual([]);
  });

  it.each([
    ['text', { startIndex: '1' }, /"startIndex" is text/],
    ['missing', { itemsPerPage: undefined }, /"itemsPerPage" is missing/],
    ['a fraction', { totalResults: 1.5 }, /"totalResults" is not an integer \(number\)/],
  ])('refuses paging numbers that are %s', (_label, extra, message) => {
    const [finding] = oktaPagingFindings(list(extra), 2);
    expect(finding).toMatchObject({ code: 'paging-not-integer', severity: 'error' });
    expect(finding?.message).toMatch(message);
  });

  it('warns when the endpoint ignores count', () => {
    const findings = oktaPagingFindings(list({ Resources: [{}, {}, {}] }), 2);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'paging-ignored', severity: 'warning' }),
    ]);
  });

  it('leaves documents that are not objects to the ListResponse reader', () => {
    for (const json of [null, [], 'x', 3]) expect(oktaPagingFindings(json, 2)).toEqual([]);
  });
});
