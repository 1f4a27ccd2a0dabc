/**
 * The address classification as a pure function: no test here connects anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress, type AddressKind } from '~/server/address-guard';

const TABLE: Array<[string, AddressKind]> = [
  // Loopback, in every notation a resolver or URL parser accepts.
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['2130706433', 'loopback'],
  ['0177.0.0.1', 'loopback'],
  ['0x7f.0.0.1', 'loopback'],
  ['0x7f000001', 'loopback'],
  ['127.1', 'loopback'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['[::ffff:7f00:1]', 'loopback'],
  ['::ffff:0:7f00:1', 'loopback'],
  ['64:ff9b::7f00:1', 'loopback'],
  // RFC 8215 local-use NAT64: where the IPv4 sits depends on the network's prefix length, so the
  // whole /48 is refused, even when the last 32 bits read as a public address.
  ['64:ff9b:1::7f00:1', 'reserved'],
  ['64:ff9b:1::808:808', 'reserved'],
  ['64:ff9b:1:a00:0:100:808:808', 'reserved'],
  ['64:ff9b:1:ffff:ffff:ffff:ffff:ffff', 'reserved'],
  ['64:ff9b:2::808:808', 'reserved'],
  // Private networks (RFC 1918) and IPv6 unique local.
  ['10.0.0.1', 'private'],
  ['012.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['0300.0250.0.1', 'private'],
  ['3232235777', 'private'],
  ['::ffff:10.0.0.1', 'private'],
  ['::ffff:192.168.0.1', 'private'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456:789a::1', 'unique-local'],
  ['fec0::1', 'private'],
  // Link-local, including the cloud metadata service.
  ['169.254.169.254', 'link-local'],
  ['0xa9.0xfe.0xa9.0xfe', 'link-local'],
  ['2852039166', 'link-local'],
  ['::ffff:169.254.169.254', 'link-local'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  // Carrier-grade NAT, multicast, broadcast, unspecified.
  ['100.64.0.1', 'carrier-grade-nat'],
  ['100.127.255.254', 'carrier-grade-nat'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['ff02::1', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['0.0.0.0', 'unspecified'],
  ['0', 'unspecified'],
  ['::', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  // Reserved and special purpose.
  ['192.0.2.1', 'reserved'],
  ['198.51.100.1', 'reserved'],
  ['203.0.113.1', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['240.0.0.1', 'reserved'],
  ['192.0.0.8', 'reserved'],
  ['192.88.99.1', 'reserved'],
  ['2001:db8::1', 'reserved'],
  ['100::1', 'reserved'],
  ['2002:7f00:1::1', 'reserved'],
  ['2001::1', 'reserved'],
  ['::7f00:1', 'reserved'],
  ['2001:10::1', 'reserved'],
  // Public.
  ['8.8.8.8', 'public'],
  ['1.1.1.1', 'public'],
  ['134744072', 'public'],
  ['::ffff:8.8.8.8', 'public'],
  ['64:ff9b::808:808', 'public'],
  ['2606:4700:4700::1111', 'public'],
  ['[2a00:1450:4001::200e]', 'public'],
  // Not an address.
  ['localhost', 'invalid'],
  ['example.com', 'invalid'],
  ['256.0.0.1', 'invalid'],
  ['', 'invalid'],
];

describe('classifyAddress', () => {
  it.each(TABLE)('%s is %s', (address, kind) => {
    const verdict = classifyAddress(address);
    expect(verdict.kind).toBe(kind);
    expect(verdict.isPublic).toBe(kind === 'public');
    expect(verdict.description.length).toBeGreaterThan(5);
  });

  const octet = fc.integer({ min: 0, max: 255 });

  it('never calls an address in a non-public IPv4 block public, whatever the notation', () => {
    const blocks: Array<[number, number, number]> = [
      // [first octet, second-octet min, second-octet max]
      [10, 0, 255],
      [127, 0, 255],
      [172, 16, 31],
      [192, 168, 168],
      [169, 254, 254],
      [100, 64, 127],
      [0, 0, 255],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...blocks),
        octet,
        octet,
        octet,
        fc.constantFrom('dotted', 'decimal', 'hex', 'mapped'),
        ([first, low, high], b, c, d, notation) => {
          const second = low + (b % (high - low + 1));
          const value = ((first << 24) >>> 0) + (second << 16) + (c << 8) + d;
          const written =
            notation === 'dotted'
              ? `${first}.${second}.${c}.${d}`
              : notation === 'decimal'
                ? String(value)
                : notation === 'hex'
                  ? `0x${value.toString(16)}`
                  : `::ffff:${first}.${second}.${c}.${d}`;
          expect(classifyAddress(written).isPublic).toBe(false);
        },
      ),
    );
  });

  it('judges an IPv4-mapped IPv6 address exactly like the IPv4 address it maps to', () => {
    fc.assert(
      fc.property(octet, octet, octet, octet, (a, b, c, d) => {
        const v4 = `${a}.${b}.${c}.${d}`;
        expect(classifyAddress(`::ffff:${v4}`).kind).toBe(classifyAddress(v4).kind);
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        expect(() => classifyAddress(input)).not.toThrow();
      }),
    );
  });
});
