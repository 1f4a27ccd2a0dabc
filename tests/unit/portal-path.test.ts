import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortalPathProps } from '~/components/portal-path-props';
import { formatList } from '~/lib/text/format-list';

describe('<PortalPath> props', () => {
  it('accepts a path of labels and trims them', () => {
    expect(parsePortalPathProps({ path: [' Entra admin center', 'Enterprise apps '] })).toEqual({
      path: ['Entra admin center', 'Enterprise apps'],
    });
    expect(parsePortalPathProps({ path: ['Provisioning'], label: 'Way back' }).label).toBe(
      'Way back',
    );
  });

  const broken: [string, unknown, RegExp][] = [
    ['an empty path', { path: [] }, /path is empty/],
    ['no path at all', {}, /<PortalPath> got invalid props[\s\S]*path/],
    ['a blank step', { path: ['Enterprise apps', '  '] }, /path\.1: a portal step is empty/],
    ['a string instead of a list', { path: 'Enterprise apps' }, /path must be a list/],
    ['an unknown prop', { path: ['x'], colour: 'red' }, /colour|Unrecognized/],
  ];
  it.each(broken)('fails the build with a clear message for %s', (_label, props, message) => {
    expect(() => parsePortalPathProps(props)).toThrow(message);
    expect(() => parsePortalPathProps(props)).toThrow(/Hint: <PortalPath path=/);
  });

  it('property: any list of non-blank labels is accepted unchanged after trimming', () => {
    const label = fc.string({ minLength: 1 }).filter((text) => text.trim().length > 0);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 8 }), (path) => {
        expect(parsePortalPathProps({ path }).path).toEqual(path.map((step) => step.trim()));
      }),
    );
  });
});

describe('formatList', () => {
  it.each([
    [['Admin', 'Manager', 'Editor', 'Read Only'], 'or', 'Admin, Manager, Editor or Read Only'],
    [['Research Pro', 'Explore Pro'], 'and', 'Research Pro and Explore Pro'],
    [['Research Pro', 'Explore Pro'], 'or', 'Research Pro or Explore Pro'],
    [['Admin'], 'or', 'Admin'],
  ] as const)('%j with %s → %s', (items, conjunction, expected) => {
    expect(formatList(items, conjunction)).toBe(expected);
  });
});
