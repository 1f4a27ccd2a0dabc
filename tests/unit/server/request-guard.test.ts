import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from '~/server/rate-limit';
import { clientAddressOf, isCrossSiteRequest, isJsonContentType } from '~/server/request-guard';

const here = new URL('https://scim-guide.apartmentiq.io/api/probe');

describe('isCrossSiteRequest', () => {
  it.each([
    [{}, false],
    [{ 'sec-fetch-site': 'same-origin' }, false],
    [{ 'sec-fetch-site': 'none' }, false],
    [{ 'sec-fetch-site': 'same-site' }, true],
    [{ 'sec-fetch-site': 'cross-site' }, true],
    [{ 'sec-fetch-site': 'cross-site', origin: 'https://scim-guide.apartmentiq.io' }, true],
    [{ 'sec-fetch-site': 'same-origin', origin: 'http://scim-guide.apartmentiq.io' }, false],
    [{ origin: 'https://scim-guide.apartmentiq.io' }, false],
    [{ origin: 'http://scim-guide.apartmentiq.io' }, false],
    [{ origin: 'https://evil.example' }, true],
    [{ origin: 'https://scim-guide.apartmentiq.io:8443' }, true],
    [{ origin: 'null' }, true],
    [{ origin: 'not a url' }, true],
  ])('%j → %s', (headers, expected) => {
    expect(isCrossSiteRequest(new Headers(headers), here)).toBe(expected);
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/scim+json', false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isJsonContentType(value)).toBe(expected);
  });
});

describe('clientAddressOf', () => {
  it('uses the socket address unless the proxy is trusted', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.1, 203.0.113.5' });
    expect(clientAddressOf('127.0.0.1', headers, false)).toBe('127.0.0.1');
    expect(clientAddressOf('127.0.0.1', headers, true)).toBe('203.0.113.5');
  });

  // Behind the trusted proxy: exactly the last entry counts, port stripped; never one to its left.
  it.each([
    ['203.0.113.8', '203.0.113.8'],
    ['203.0.113.8:51234', '203.0.113.8'],
    ['198.51.100.1, 203.0.113.8:51234', '203.0.113.8'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['198.51.100.1, [2001:db8::1]:443', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['::ffff:203.0.113.8', '::ffff:203.0.113.8'],
    ['198.51.100.1,203.0.113.8 ', '203.0.113.8'],
    ['198.51.100.1, unknown', '10.0.0.1'],
    ['198.51.100.1, <script>', '10.0.0.1'],
    ['198.51.100.1, ', '10.0.0.1'],
    ['198.51.100.1, 203.0.113.8:99999999', '10.0.0.1'],
    ['198.51.100.1, [203.0.113.8]:443', '10.0.0.1'],
    ['198.51.100.1, 2001:db8::1:443', '2001:db8::1:443'],
    ['unknown', '10.0.0.1'],
    ['', '10.0.0.1'],
  ])('X-Forwarded-For %j → %s', (forwarded, expected) => {
    const headers = new Headers({ 'x-forwarded-for': forwarded });
    expect(clientAddressOf('10.0.0.1', headers, true)).toBe(expected);
  });

  it('never takes an entry left of the last one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.ipV4(), { minLength: 1, maxLength: 4 }),
        fc.oneof(fc.ipV4(), fc.constantFrom('unknown', '', 'garbage', '_hidden')),
        (claimed, last) => {
          const headers = new Headers({ 'x-forwarded-for': [...claimed, last].join(', ') });
          const key = clientAddressOf('10.9.8.7', headers, true);
          expect(key).toBe(last.includes('.') ? last : '10.9.8.7');
        },
      ),
    );
  });

  it('without the header, the socket address', () => {
    expect(clientAddressOf('10.0.0.1', new Headers(), true)).toBe('10.0.0.1');
    expect(clientAddressOf(undefined, new Headers(), true)).toBe('unknown');
  });
});

describe('rate limit', () => {
  it('allows N per minute per key, then says when to retry', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter(3, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 30_000;
    expect(limiter.take('a').retryAfterSeconds).toBe(30);
    now += 30_001;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('0 turns it off', () => {
    const limiter = createRateLimiter(0);
    expect(Array.from({ length: 100 }, () => limiter.take('a').allowed).every(Boolean)).toBe(true);
  });

  it('never allows more than N in any minute (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 60 }),
        (limit, gaps) => {
          let now = 0;
          const limiter = createRateLimiter(limit, () => now);
          const allowedAt: number[] = [];
          for (const gap of gaps) {
            now += gap;
            if (limiter.take('k').allowed) allowedAt.push(now);
          }
          for (const time of allowedAt) {
            expect(
              allowedAt.filter((other) => other > time - 60_000 && other <= time).length,
            ).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });

  it.each([
    ['203.0.113.5', '203.0.113.5'],
    ['::ffff:203.0.113.5', '203.0.113.5'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff::1', '2001:db8:1:2::/64'],
    ['[::1]', '::/64'],
    ['unknown', 'unknown'],
  ])('clientKey(%s) → %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});
