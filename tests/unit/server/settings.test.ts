import { describe, expect, it } from 'vitest';
import { apartmentIq } from '~/config/apartmentiq';
import {
  isHostAllowed,
  isValidHostPattern,
  parseProbeSettings,
  startupNotices,
} from '~/server/settings';

describe('parseProbeSettings', () => {
  it('defaults to the config: allowed hosts, no private addresses, rate limit on, proxy not trusted', () => {
    const { settings, warnings } = parseProbeSettings({});
    expect(settings).toMatchObject({
      allowedHostPatterns: apartmentIq.probe.allowedHostPatterns,
      allowPrivateAddresses: false,
      rateLimitPerMinute: apartmentIq.probe.rateLimitPerMinute,
      trustProxy: false,
      totalTimeoutMs: apartmentIq.probe.totalTimeoutMs,
      connectTimeoutMs: apartmentIq.probe.connectTimeoutMs,
    });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    ['on', true],
    ['0', false],
    ['false', false],
    ['', false],
  ])('SCIM_PROBE_ALLOW_PRIVATE=%j → %s', (value, expected) => {
    const { settings, warnings } = parseProbeSettings({ SCIM_PROBE_ALLOW_PRIVATE: value });
    expect(settings.allowPrivateAddresses).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it('an unreadable flag stays off and is reported', () => {
    const { settings, warnings } = parseProbeSettings({
      SCIM_PROBE_ALLOW_PRIVATE: 'definitely',
      SCIM_PROBE_TRUST_PROXY: '2',
    });
    expect(settings.allowPrivateAddresses).toBe(false);
    expect(settings.trustProxy).toBe(false);
    expect(warnings).toHaveLength(2);
  });

  it.each([
    ['0', 0],
    ['25', 25],
    [' 3 ', 3],
  ])('SCIM_PROBE_RATE_LIMIT=%j → %d', (value, expected) => {
    expect(parseProbeSettings({ SCIM_PROBE_RATE_LIMIT: value }).settings.rateLimitPerMinute).toBe(
      expected,
    );
  });

  it.each(['-1', 'ten', '1.5', 'Infinity'])(
    'SCIM_PROBE_RATE_LIMIT=%j keeps the default and warns',
    (value) => {
      const { settings, warnings } = parseProbeSettings({ SCIM_PROBE_RATE_LIMIT: value });
      expect(settings.rateLimitPerMinute).toBe(apartmentIq.probe.rateLimitPerMinute);
      expect(warnings[0]).toMatch(/SCIM_PROBE_RATE_LIMIT/);
    },
  );

  it('SCIM_PROBE_ALLOWED_HOSTS: a list, * for any host, invalid entries dropped with a warning', () => {
    expect(
      parseProbeSettings({ SCIM_PROBE_ALLOWED_HOSTS: '*.example.com, scim.other.org' }).settings
        .allowedHostPatterns,
    ).toEqual(['*.example.com', 'scim.other.org']);
    expect(parseProbeSettings({ SCIM_PROBE_ALLOWED_HOSTS: '*' }).settings.allowedHostPatterns).toBe(
      'any',
    );
    const mixed = parseProbeSettings({ SCIM_PROBE_ALLOWED_HOSTS: 'good.example.com,bad host,*.' });
    expect(mixed.settings.allowedHostPatterns).toEqual(['good.example.com']);
    expect(mixed.warnings).toHaveLength(2);
    const none = parseProbeSettings({ SCIM_PROBE_ALLOWED_HOSTS: 'http://x' });
    expect(none.settings.allowedHostPatterns).toEqual(apartmentIq.probe.allowedHostPatterns);
  });

  it('SCIM_PROBE_TOTAL_TIMEOUT_MS only shortens the probe', () => {
    expect(parseProbeSettings({ SCIM_PROBE_TOTAL_TIMEOUT_MS: '3000' }).settings).toMatchObject({
      totalTimeoutMs: 3000,
      connectTimeoutMs: 3000,
    });
    expect(
      parseProbeSettings({ SCIM_PROBE_TOTAL_TIMEOUT_MS: '600000' }).settings.totalTimeoutMs,
    ).toBe(apartmentIq.probe.totalTimeoutMs);
  });

  it('prints a loud warning when private addresses are allowed, and none otherwise', () => {
    expect(
      startupNotices(parseProbeSettings({ SCIM_PROBE_ALLOW_PRIVATE: '1' })).join('\n'),
    ).toMatch(/WARNING: SCIM_PROBE_ALLOW_PRIVATE is ON/);
    expect(startupNotices(parseProbeSettings({}))).toEqual([]);
  });
});

describe('host patterns', () => {
  it.each([
    ['acme.apartmentiq.io', ['*.apartmentiq.io'], true],
    ['a.b.apartmentiq.io', ['*.apartmentiq.io'], true],
    ['ACME.apartmentiq.io.', ['*.apartmentiq.io'], true],
    ['apartmentiq.io', ['*.apartmentiq.io'], false],
    ['evilapartmentiq.io', ['*.apartmentiq.io'], false],
    ['apartmentiq.io.evil.com', ['*.apartmentiq.io'], false],
    ['scim.example.com', ['scim.example.com'], true],
    ['x.scim.example.com', ['scim.example.com'], false],
    ['127.0.0.1', ['*.apartmentiq.io'], false],
  ] as const)('%s with %j → %s', (host, patterns, expected) => {
    expect(isHostAllowed(host, patterns)).toBe(expected);
  });

  it('any host with "any"', () => {
    expect(isHostAllowed('whatever.test', 'any')).toBe(true);
  });

  it.each([
    ['*.apartmentiq.io', true],
    ['scim.example.com', true],
    ['localhost', true],
    ['127.0.0.1', true],
    ['::1', true],
    ['*.com', false], // a wildcard over a whole top-level domain is refused
    ['*.', false],
    ['*', false],
    ['https://x.com', false],
    ['a b.com', false],
    ['-bad.com', false],
  ])('isValidHostPattern(%j) → %s', (pattern, expected) => {
    expect(isValidHostPattern(pattern)).toBe(expected);
  });
});
