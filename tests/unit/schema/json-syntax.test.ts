import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn, type JsonProblem } from '~/lib/schema/json-syntax';

const cases: [label: string, text: string, problem: JsonProblem, line: number, column: number][] = [
  ['empty text', '', 'empty', 1, 1],
  ['only whitespace', ' \n ', 'empty', 2, 2],
  ['a trailing comma in an object', '{\n  "a": 1,\n}', 'trailing-comma', 3, 1],
  ['a trailing comma in an array', '[1, 2, ]', 'trailing-comma', 1, 8],
  ['a missing closing brace', '{\n  "a": [1, 2]\n', 'unexpected-end', 3, 1],
  ['a cut-off string', '{"a": "abc', 'unexpected-end', 1, 11],
  ['single quotes', "{'a': 1}", 'single-quotes', 1, 2],
  ['a line comment', '{\n  // note\n  "a": 1\n}', 'comment', 2, 3],
  ['a block comment after a value', '{"a": 1 /* x */}', 'comment', 1, 9],
  ['a missing colon', '{"a" 1}', 'missing-colon', 1, 6],
  ['a missing comma between properties', '{\n  "a": 1\n  "b": 2\n}', 'missing-comma', 3, 3],
  ['a missing comma in an array', '[1 2]', 'missing-comma', 1, 4],
  ['an unquoted property name', '{a: 1}', 'property-name-expected', 1, 2],
  ['a raw line break in a string', '{"a": "x\ny"}', 'control-character', 1, 9],
  ['a raw tab in a string', '"a\tb"', 'control-character', 1, 3],
  ['an unknown escape', '"C:\\xyz"', 'bad-escape', 1, 5],
  ['a short unicode escape', '"\\u12G4"', 'bad-escape', 1, 6],
  ['a leading zero', '{"a": 01}', 'bad-number', 1, 8],
  ['a lone minus', '[-]', 'bad-number', 1, 3],
  ['a dot without digits', '[1.]', 'bad-number', 1, 4],
  ['a leading dot', '[.5]', 'bad-number', 1, 2],
  ['an exponent without digits', '[1e+]', 'bad-number', 1, 5],
  ['True with a capital', '{"a": True}', 'unexpected-character', 1, 7],
  ['a misspelt literal', '[nul]', 'bad-literal', 1, 5],
  ['a second document', '{"a": 1}\n{"b": 2}', 'content-after-end', 2, 1],
  ['a missing value', '{"a": }', 'unexpected-character', 1, 7],
  ['a byte-order mark', '\uFEFF{}', 'unexpected-character', 1, 1],
  ['a closing bracket that does not match', '[1}', 'missing-comma', 1, 3],
  ['CRLF line ends', '{\r\n  "a": 1,\r\n}', 'trailing-comma', 3, 1],
  ['too deep', '['.repeat(600), 'too-deep', 1, 513],
];

describe('findJsonSyntaxError', () => {
  it.each(cases)('finds %s', (_label, text, problem, line, column) => {
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ problem, line, column });
    expect(found?.description).toMatch(/\S/);
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it.each([
    '{}',
    '[]',
    '0',
    '-0.5e-3',
    '"\\u00e9\\n"',
    ' {"a": [true, false, null, {"b": "c"}]} ',
    '"\u2028"',
  ])('accepts %s', (text) => {
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  it('describes each problem in words that name the mistake', () => {
    expect(findJsonSyntaxError('{"a": 1,}')?.description).toBe(
      'There is a comma just before a closing } or ]: remove that comma.',
    );
    expect(findJsonSyntaxError('{"a": 1')?.description).toMatch(/ends too early/);
    expect(findJsonSyntaxError('{"a": 1}x')?.description).toMatch(/paste only the schema/);
  });

  it('agrees with JSON.parse on every valid JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeNull();
      }),
    );
  });

  it('agrees with JSON.parse on validity and with V8 on the position when V8 gives one', () => {
    const mutated = fc
      .tuple(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom('delete', 'insert'),
        fc.constantFrom(',', '}', ']', '"', ':', 'x', '0', '.', '\n', "'", '{', '['),
      )
      .map(([text, at, operation, character]) => {
        const index = at % (text.length + 1);
        return operation === 'delete'
          ? text.slice(0, index) + text.slice(index + 1)
          : text.slice(0, index) + character + text.slice(index);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        const found = findJsonSyntaxError(text);
        let engineMessage: string | null = null;
        try {
          JSON.parse(text);
        } catch (error) {
          engineMessage = (error as Error).message;
        }
        expect(found === null).toBe(engineMessage === null);
        const position =
          engineMessage === null ? undefined : /at position (\d+)/.exec(engineMessage)?.[1];
        if (found && position !== undefined) expect(found.offset).toBe(Number(position));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 2, 2, 1],
    ['a\nbc', 3, 2, 2],
    ['a\n\nb', 3, 3, 1],
  ] as const)('in %j, offset %i is line %i column %i', (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});
