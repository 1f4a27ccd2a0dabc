import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREAK_MIN_LENGTH, breakPoints } from '~/lib/text/break-points';
import { doublingRatio, LINEAR_RATIO_LIMIT } from '../../support/linear';

describe('breakPoints', () => {
  it.each([
    [
      'SystemForCrossDomainIdentityManagementServiceIncompatible',
      ['System', 'For', 'Cross', 'Domain', 'Identity', 'Management', 'Service', 'Incompatible'],
    ],
    [
      'https://acme.apartmentiq.io/scim/v2/Users?filter=userName',
      [
        'https://',
        'acme.',
        'apartmentiq.',
        'io/',
        'scim/',
        'v2/',
        'Users?',
        'filter=',
        'user',
        'Name',
      ],
    ],
    ['tomas.vidal@lakeside-rentals.example', ['tomas.', 'vidal@', 'lakeside-rentals.', 'example']],
    ['Failure: EntrySynchronizationSkipped', ['Failure: Entry', 'Synchronization', 'Skipped']],
  ])('breaks %s at sensible points', (text, pieces) => {
    expect(breakPoints(text)).toEqual(pieces);
  });

  it('leaves short words and plain sentences whole', () => {
    expect(breakPoints('userName')).toEqual(['userName']);
    expect(breakPoints('Use the Tenant URL your CSM sent.')).toEqual([
      'Use the Tenant URL your CSM sent.',
    ]);
    expect(breakPoints('')).toEqual(['']);
    const justShort = 'ServiceIncompatible';
    expect(justShort).toHaveLength(BREAK_MIN_LENGTH - 1);
    expect(breakPoints(justShort)).toEqual([justShort]);
  });

  it('gives back the text exactly, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => breakPoints(text).join('') === text),
    );
  });

  it('takes linear time on a long code or many words', () => {
    expect(doublingRatio(breakPoints, (size) => 'aB/'.repeat(size), 20_000)).toBeLessThan(
      LINEAR_RATIO_LIMIT,
    );
    expect(doublingRatio(breakPoints, (size) => 'word '.repeat(size), 20_000)).toBeLessThan(
      LINEAR_RATIO_LIMIT,
    );
  });
});
