import { BlockList, isIP } from 'node:net';

/**
 * Address ranges a server-side fetch must not reach unless the operator allows it: the
 * machine itself, its private networks and special-purpose blocks (RFC 6890 and friends).
 * Each range carries the phrase used in the refusal message.
 */
const RANGES: ReadonlyArray<{ kind: string; family: 'ipv4' | 'ipv6'; net: string; prefix: number }> = [
  { kind: 'an unspecified', family: 'ipv4', net: '0.0.0.0', prefix: 8 },
  { kind: 'a private', family: 'ipv4', net: '10.0.0.0', prefix: 8 },
  { kind: 'a carrier-grade NAT (CGNAT)', family: 'ipv4', net: '100.64.0.0', prefix: 10 },
  { kind: 'a loopback', family: 'ipv4', net: '127.0.0.0', prefix: 8 },
  { kind: 'a link-local', family: 'ipv4', net: '169.254.0.0', prefix: 16 },
  { kind: 'a private', family: 'ipv4', net: '172.16.0.0', prefix: 12 },
  { kind: 'a reserved', family: 'ipv4', net: '192.0.0.0', prefix: 24 },
  { kind: 'a documentation', family: 'ipv4', net: '192.0.2.0', prefix: 24 },
  { kind: 'a private', family: 'ipv4', net: '192.168.0.0', prefix: 16 },
  { kind: 'a benchmarking', family: 'ipv4', net: '198.18.0.0', prefix: 15 },
  { kind: 'a documentation', family: 'ipv4', net: '198.51.100.0', prefix: 24 },
  { kind: 'a documentation', family: 'ipv4', net: '203.0.113.0', prefix: 24 },
  { kind: 'a multicast', family: 'ipv4', net: '224.0.0.0', prefix: 4 },
  { kind: 'a reserved', family: 'ipv4', net: '240.0.0.0', prefix: 4 },
  { kind: 'an unspecified', family: 'ipv6', net: '::', prefix: 128 },
  { kind: 'a loopback', family: 'ipv6', net: '::1', prefix: 128 },
  { kind: 'an IPv4-mapped IPv6', family: 'ipv6', net: '::ffff:0:0', prefix: 96 },
  { kind: 'an IPv4-compatible IPv6', family: 'ipv6', net: '::', prefix: 96 },
  { kind: 'a NAT64', family: 'ipv6', net: '64:ff9b::', prefix: 96 },
  { kind: 'a documentation', family: 'ipv6', net: '2001:db8::', prefix: 32 },
  { kind: 'a unique local (ULA)', family: 'ipv6', net: 'fc00::', prefix: 7 },
  { kind: 'a link-local', family: 'ipv6', net: 'fe80::', prefix: 10 },
  { kind: 'a site-local', family: 'ipv6', net: 'fec0::', prefix: 10 },
  { kind: 'a multicast', family: 'ipv6', net: 'ff00::', prefix: 8 },
];

const lists = RANGES.map((r) => {
  const list = new BlockList();
  list.addSubnet(r.net, r.prefix, r.family);
  return { kind: r.kind, family: r.family, list };
});

/**
 * Why an address is not public ("a loopback"), or null when it is a public address.
 * Strings that aren't IP addresses count as not public.
 */
export function nonPublicKind(address: string): string | null {
  const version = isIP(address);
  if (version === 0) return 'an unparseable';
  const family = version === 4 ? 'ipv4' : 'ipv6';
  // BlockList matches IPv4-mapped IPv6 against IPv4 rules too, so test the family-exact lists only.
  const hit = lists.find((l) => l.family === family && l.list.check(address, family));
  return hit?.kind ?? null;
}
