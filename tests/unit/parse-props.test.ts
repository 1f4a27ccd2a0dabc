/**
 * parseProps: the one way components check their props. A mistake names the component, each
 * problem with its prop, and a correct use; good props come back parsed (defaults applied).
 */
import { describe, expect, it } from 'vitest';
import { HEADING_LEVEL, parseProps } from '~/components/parse-props';
import { z } from '~/config/zod';

const Schema = z.object({ headingLevel: HEADING_LEVEL, context: z.enum(['a', 'b']) }).strict();

describe('parseProps', () => {
  it('returns the parsed props with their defaults', () => {
    expect(parseProps('Widget', Schema, { context: 'a' })).toEqual({
      context: 'a',
      headingLevel: 3,
    });
    expect(parseProps('Widget', Schema, { context: 'b', headingLevel: 4 })).toEqual({
      context: 'b',
      headingLevel: 4,
    });
  });

  it.each([
    ['a wrong value', { context: 'c' }, /context: /],
    ['a heading level out of range', { context: 'a', headingLevel: 5 }, /headingLevel: /],
    ['an unknown prop', { context: 'a', colour: 'red' }, /colour/],
    ['no props object', undefined, /\(props\): /],
  ])('names the component, the prop and a correct use for %s', (_label, props, problem) => {
    const parse = () => parseProps('Widget', Schema, props, '<Widget context="a" />');
    expect(parse).toThrow(/^<Widget> got invalid props:\n {2}- /);
    expect(parse).toThrow(problem);
    expect(parse).toThrow(/\nHint: <Widget context="a" \/>$/);
  });
});
