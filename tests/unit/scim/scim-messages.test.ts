import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_URN, LIST_RESPONSE_URN, parseListResponse, parseScimError } from '~/lib/scim';

// The empty answer Microsoft documents for Test connection (fact sheet §2).
const ENTRA_EMPTY = {
  schemas: [LIST_RESPONSE_URN],
  totalResults: 0,
  Resources: [],
  startIndex: 1,
  itemsPerPage: 20,
};

describe('parseListResponse', () => {
  it('reads the empty ListResponse Entra expects from Test connection', () => {
    expect(parseListResponse(ENTRA_EMPTY)).toEqual({
      ok: true,
      totalResults: 0,
      resources: [],
      findings: [],
    });
  });

  it('tolerates Resources left out of an empty list', () => {
    expect(parseListResponse({ schemas: [LIST_RESPONSE_URN], totalResults: 0 })).toEqual({
      ok: true,
      totalResults: 0,
      resources: [],
      findings: [],
    });
  });

  it('returns the resources of a non-empty list', () => {
    const user = { id: '1', userName: 'a@b.c' };
    const result = parseListResponse({ ...ENTRA_EMPTY, totalResults: 1, Resources: [user] });
    expect(result.ok).toBe(true);
    expect(result.totalResults).toBe(1);
    expect(result.resources).toEqual([user]);
  });

  const table: [string, unknown, boolean, ('error' | 'warning' | 'info')[]][] = [
    ['null', null, false, ['error']],
    ['an array', [ENTRA_EMPTY], false, ['error']],
    ['a string', 'ok', false, ['error']],
    [
      'a User resource',
      { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: '1', userName: 'x' },
      false,
      ['error'],
    ],
    ['a SCIM error', { schemas: [ERROR_URN], status: '404', detail: 'nope' }, false, ['error']],
    [
      'Resources that is not a list',
      { schemas: [LIST_RESPONSE_URN], totalResults: 1, Resources: { id: 1 } },
      false,
      ['error'],
    ],
    ['no schemas', { totalResults: 0, Resources: [] }, true, ['warning']],
    [
      'totalResults as text',
      { schemas: [LIST_RESPONSE_URN], totalResults: '0', Resources: [] },
      true,
      ['info'],
    ],
    ['no totalResults', { schemas: [LIST_RESPONSE_URN], Resources: [] }, true, ['warning']],
    [
      'a count without Resources',
      { schemas: [LIST_RESPONSE_URN], totalResults: 3 },
      true,
      ['warning'],
    ],
    ['lower-case keys', { schemas: [LIST_RESPONSE_URN], totalresults: 0, resources: [] }, true, []],
  ];
  it.each(table)('%s', (_label, json, ok, severities) => {
    const result = parseListResponse(json);
    expect(result.ok).toBe(ok);
    expect(result.findings.map((f) => f.code)).toEqual(severities.map(() => 'not-scim'));
    expect(result.findings.map((f) => f.severity)).toEqual(severities);
  });

  it('reads a text totalResults as its number', () => {
    expect(
      parseListResponse({ schemas: [LIST_RESPONSE_URN], totalResults: ' 2 ', Resources: [{}, {}] })
        .totalResults,
    ).toBe(2);
  });
});

describe('parseScimError', () => {
  it.each([
    [{ schemas: [ERROR_URN], status: '401', detail: 'Unauthorized' }, 401],
    [{ schemas: [ERROR_URN], status: 409, scimType: 'uniqueness', detail: 'exists' }, 409],
    [{ schemas: [ERROR_URN], status: ' 500 ' }, 500],
  ])('reads status as number or text: %j', (json, status) => {
    const result = parseScimError(json);
    expect(result.ok).toBe(true);
    expect(result.status).toBe(status);
    expect(result.findings).toEqual([]);
  });

  it('keeps scimType and detail', () => {
    expect(
      parseScimError({
        schemas: [ERROR_URN],
        status: '400',
        scimType: 'invalidFilter',
        detail: 'bad filter',
      }),
    ).toEqual({
      ok: true,
      status: 400,
      scimType: 'invalidFilter',
      detail: 'bad filter',
      findings: [],
    });
  });

  const table: [string, unknown, boolean][] = [
    ['null', null, false],
    ['a list', [], false],
    ['an unrelated object', { message: 'Internal error', code: 'E42' }, false],
    ['an impossible status and no detail', { schemas: [ERROR_URN], status: 'teapot' }, false],
    ['no schemas', { status: 403, detail: 'Forbidden' }, true],
    ['detail only', { schemas: [ERROR_URN], detail: 'Something failed' }, true],
  ];
  it.each(table)('%s', (_label, json, ok) => {
    const result = parseScimError(json);
    expect(result.ok).toBe(ok);
    if (!ok)
      expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['not-scim', 'error']]);
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const list = parseListResponse(json);
        const error = parseScimError(json);
        expect(list.ok).toBe(!list.findings.some((f) => f.severity === 'error'));
        expect(error.ok).toBe(!error.findings.some((f) => f.severity === 'error'));
        expect(Array.isArray(list.resources)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
