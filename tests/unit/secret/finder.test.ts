/**
 * The one secret finder (src/lib/secret): every encoding of the token, and runs of 8 of its
 * characters, are found; ordinary text is not; a field that holds the token is withheld whole;
 * and the search stays linear on hostile input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSecretFinder, decodeOnce, WITHHELD, withholdEverywhere } from '~/lib/secret/finder';
import { ENCODING_NAMES, encodeToken, leakedRun } from '../../support/encodings';
import { doublingRatio, LINEAR_RATIO_LIMIT } from '../../support/linear';

const TOKEN = 'aiqK3v9Qw7Lm2Np8Rt5Xy1Zb4Cd6Ef0Gh/Jk+Mn_Pq-Rs.Tu~';
const finder = createSecretFinder(TOKEN);

/** Realistic bearer tokens: long, random, in RFC 6750's alphabet. */
export const tokenArbitrary = fc.stringMatching(/^[\w.~+/-]{32,80}$/);

describe('createSecretFinder', () => {
  it.each(ENCODING_NAMES)('finds the token written as %s, inside other text', (encoding) => {
    const text = `{"detail": "invalid credentials: ${encodeToken(TOKEN, encoding)} (try again)"}`;
    expect(finder.found(text)).toBe(true);
    expect(finder.withhold(text)).toBe(WITHHELD);
  });

  it.each([
    [
      'an ordinary SCIM error',
      '{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"detail":"Authorization failed","status":"401"}',
    ],
    ['seven characters of the token', `…${TOKEN.slice(3, 10)}…`],
    ['the masked token', `Bearer ••••${TOKEN.slice(-4)}`],
    ['an HTML sign-in page', '<!doctype html><title>Sign in</title><form action="/login"></form>'],
    ['a base64 that is not the token', Buffer.from('hello, world of SCIM').toString('base64')],
  ])('leaves %s alone', (_name, text) => {
    expect(finder.found(text)).toBe(false);
    expect(finder.withhold(text)).toBe(text);
  });

  it('ignores secrets too short to tell apart from words, and finds short ones whole', () => {
    expect(createSecretFinder('abc').found('abc abc')).toBe(false);
    expect(createSecretFinder('s3cr3t').found('the S3CR3T is')).toBe(true);
    expect(createSecretFinder([]).found(TOKEN)).toBe(false);
  });

  it('quote shows the first characters, unless they or the few after them hold the token', () => {
    expect(finder.quote('plain text that goes on', 10)).toBe('plain text…');
    expect(finder.quote(`${'x'.repeat(8)}${TOKEN}`, 10)).toBe(WITHHELD);
    // Far past the shown part: never shown, so never looked at.
    expect(finder.quote(`${'x'.repeat(2000)}${TOKEN}`, 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('withholds strings and keys anywhere in a value', () => {
    const value = { a: [`x ${TOKEN}`, 'fine'], [TOKEN]: 1, n: 3 };
    expect(withholdEverywhere(value, finder)).toEqual({
      a: [WITHHELD, 'fine'],
      'withheld-2': 1,
      n: 3,
    });
  });

  it('decodes each escape kind once per pass', () => {
    expect(decodeOnce('a\\/b\\u0041\\x42&#67;&#x44;&sol;%45%C3%A9&bogus;%zz\\q')).toBe(
      'a/bABCD/Eé&bogus;%zz\\q',
    );
  });

  it('finds random tokens in every encoding, and never flags text without them (property)', () => {
    fc.assert(
      fc.property(
        tokenArbitrary,
        fc.constantFrom(...ENCODING_NAMES),
        fc.string({ maxLength: 40 }),
        (token, encoding, around) => {
          const random = createSecretFinder(token);
          expect(random.found(`${around}${encodeToken(token, encoding)}${around}`)).toBe(true);
        },
      ),
    );
  });

  it.each([
    ['many "&"', (n: number) => '&'.repeat(n)],
    ['many "%4"', (n: number) => '%4'.repeat(n)],
    ['many "\\u00"', (n: number) => '\\u00'.repeat(n)],
    ['near misses of the token', (n: number) => `${TOKEN.slice(0, 7)}!`.repeat(n / 8)],
    ['random text', (n: number) => Buffer.alloc(n, 'q9Zx&%#;\\u').toString()],
  ])('stays linear on %s (doubling the input about doubles the work)', (_name, make) => {
    expect(doublingRatio((text) => finder.found(text), make, 8 * 1024)).toBeLessThan(
      LINEAR_RATIO_LIMIT,
    );
  });

  it('the test encoders and leak check agree with the finder', () => {
    for (const encoding of ENCODING_NAMES) {
      expect(leakedRun(`x ${encodeToken(TOKEN, encoding)} y`, TOKEN, encoding)).toBeDefined();
      expect(leakedRun(WITHHELD, TOKEN, encoding)).toBeUndefined();
    }
  });
});
