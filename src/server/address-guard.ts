/**
 * Which IP addresses the probe may connect to. Pure: it classifies an address, it never connects.
 *
 * Parsing is ipaddr.js's, so every notation a resolver or URL parser might accept (decimal
 * `2130706433`, octal `0177.0.0.1`, hex `0x7f.0.0.1`, short `127.1`, IPv4-mapped `::ffff:127.0.0.1`)
 * is read the same way the connection would be. Only ordinary global unicast is public; IPv6
 * addresses that embed an IPv4 address are judged by the IPv4 address they lead to.
 */
import ipaddr from 'ipaddr.js';

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'carrier-grade-nat'
  | 'multicast'
  | 'broadcast'
  | 'unspecified'
  | 'unique-local'
  | 'reserved'
  | 'invalid';

export interface AddressVerdict {
  /** The address in canonical form (IPv6 without brackets). */
  address: string;
  kind: AddressKind;
  /** True only for `public`. */
  isPublic: boolean;
  /** For messages: e.g. "a loopback address". */
  description: string;
}

const DESCRIPTIONS: Record<AddressKind, string> = {
  public: 'a public address',
  loopback: 'a loopback address (this server itself)',
  private: 'a private network address',
  'link-local': 'a link-local address (such as the cloud metadata service 169.254.169.254)',
  'carrier-grade-nat': 'a carrier-grade NAT address (100.64.0.0/10)',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  unspecified: 'an unspecified address (0.0.0.0 or ::, which reaches this server itself)',
  'unique-local': 'an IPv6 unique local (private) address',
  reserved: 'a reserved or special-purpose address',
  invalid: 'not a valid IP address',
};

const IPV4_KINDS: Record<string, AddressKind> = {
  unicast: 'public',
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade-nat',
  multicast: 'multicast',
  broadcast: 'broadcast',
  unspecified: 'unspecified',
};

const IPV6_KINDS: Record<string, AddressKind> = {
  loopback: 'loopback',
  linkLocal: 'link-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'private',
};

/** IPv6 ranges whose last 32 bits are an IPv4 address that the packet ends up at. */
const EMBEDDED_IPV4_RANGES = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052']);

/**
 * RFC 8215's local-use NAT64 prefix. ipaddr.js files it with the well-known 64:ff9b::/96 under
 * `rfc6052`, but a network may subdivide it with any RFC 6052 prefix length from /48 to /96, which
 * puts the IPv4 address at other bits (64:ff9b:1:a00:0:100:808:808 reaches 10.0.0.1 behind a /48
 * translator while its last 32 bits read 8.8.8.8). Where the packet ends up cannot be known from
 * the address, so the whole prefix is refused; a public SCIM endpoint never needs it.
 */
const LOCAL_USE_NAT64 = ipaddr.parseCIDR('64:ff9b:1::/48');

/** 2000::/3, the only IPv6 space allocated for global unicast. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

function verdict(address: string, kind: AddressKind): AddressVerdict {
  return { address, kind, isPublic: kind === 'public', description: DESCRIPTIONS[kind] };
}

function classifyV4(address: ipaddr.IPv4): AddressKind {
  // as112, amt, reserved (documentation, benchmarking, 240/4…) all fall through to `reserved`.
  return IPV4_KINDS[address.range()] ?? 'reserved';
}

function classifyV6(address: ipaddr.IPv6): AddressKind {
  if (address.match(LOCAL_USE_NAT64)) return 'reserved';
  const range = address.range();
  if (EMBEDDED_IPV4_RANGES.has(range)) {
    const bytes = address.toByteArray().slice(-4);
    return classifyV4(new ipaddr.IPv4(bytes));
  }
  const named = IPV6_KINDS[range];
  if (named) return named;
  if (range === 'unicast' && address.match(GLOBAL_UNICAST_V6)) return 'public';
  // 6to4, Teredo, discard, documentation, ORCHID, ::/96 (IPv4-compatible) and everything unallocated.
  return 'reserved';
}

/** Classifies an IP address literal (any notation ipaddr.js reads; IPv6 with or without brackets). */
export function classifyAddress(input: string): AddressVerdict {
  const literal = input.trim().replace(/^\[(.*)\]$/, '$1');
  if (literal.includes('%')) return verdict(literal, 'link-local'); // A zone index only makes sense on a local link.
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(literal);
  } catch {
    return verdict(literal, 'invalid');
  }
  if (parsed.kind() === 'ipv4')
    return verdict(parsed.toString(), classifyV4(parsed as ipaddr.IPv4));
  return verdict(parsed.toString(), classifyV6(parsed as ipaddr.IPv6));
}
