/**
 * Every field check is linear: doubling a hostile input at most about doubles the work (issue 12,
 * item 9). Measured within one run by comparing two sizes (tests/support/linear.ts), on inputs
 * built from the characters the checks' patterns care about, repeated. The rule that keeps new
 * patterns linear is eslint-plugin-regexp's no-super-linear-backtracking / -move (eslint.config.js).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCustomerLink } from '~/lib/csm/link';
import { checkTenantUrl, checkToken, looksLikeSecretToken, looksLikeUrl } from '~/lib/scim';
import { doublingRatio, LINEAR_RATIO_LIMIT } from '../../support/linear';

const CHECKS: Record<string, (input: string) => unknown> = {
  checkToken: (input) => checkToken(input),
  checkTenantUrl: (input) => checkTenantUrl(input),
  looksLikeSecretToken: (input) => looksLikeSecretToken(input),
  looksLikeUrl: (input) => looksLikeUrl(input),
  'the CSM link builder': (input) =>
    buildCustomerLink({ tenantUrl: input, customerName: input, guideOrigin: 'https://g.test' }),
};

/** Pieces the checks' patterns look for: padding, separators, quotes, placeholders, spaces. */
const PIECES = [
  '=',
  'a',
  'A',
  '0',
  '.',
  '/',
  ':',
  '-',
  '_',
  '~',
  '+',
  ' ',
  '\t',
  'x',
  '*',
  '<',
  '[',
  '"',
  '%',
  '•',
  'é',
  '\u200b',
  'your',
  'bearer ',
  'https://',
  'scim',
  '?',
  '#',
  '@',
];

/**
 * 2 Ki characters, 8 Ki at four times: the checks split a value into an array of code points, and
 * V8 moves arrays over 128 KiB (16 Ki elements) to its large-object space, whose cost would be
 * measured instead of the checks'. Quadratic work is plain at this size already.
 */
const SIZE = 2 * 1024;

describe.each(Object.entries(CHECKS))('%s', (_name, check) => {
  it('16,000-style runs of "=" then a letter: linear', () => {
    expect(doublingRatio(check, (n) => `${'='.repeat(n)}a`, SIZE)).toBeLessThan(LINEAR_RATIO_LIMIT);
  });

  it('any repeated unit with any tail: doubling the input about doubles the work (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...PIECES, '!', ''),
        (unit, tail) => {
          const make = (n: number) =>
            unit.join('').repeat(Math.ceil(n / unit.join('').length)) + tail;
          expect(doublingRatio(check, make, SIZE)).toBeLessThan(LINEAR_RATIO_LIMIT);
        },
      ),
      { numRuns: 5 },
    );
  });
});
