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
  // RFC 8215's local-use NAT64 prefix: translated by the operator's own gateway, to any IPv4.
  { kind: 'a local-use NAT64', family: 'ipv6', net: '64:ff9b:1::', prefix: 48 },
  // Teredo tunnels carry an obfuscated client IPv4 and a relay IPv4; the protocol is obsolete and
  // nothing a newsroom publishes sits behind it, so the whole block is refused.
  { kind: 'a Teredo', family: 'ipv6', net: '2001::', prefix: 32 },
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
  if (hit) return hit.kind;
  // 6to4 (2002::/16) routes to the IPv4 address in bits 16-47: as public as that address is.
  const embedded = family === 'ipv6' ? sixToFourIpv4(address) : null;
  if (embedded) {
    const inner = nonPublicKind(embedded);
    return inner ? `a 6to4 address embedding ${inner}` : null;
  }
  return null;
}

/** The IPv4 address a 6to4 address (2002:AABB:CCDD::/48) embeds, or null for any other address. */
function sixToFourIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (groups?.[0] !== 0x2002) return null;
  const [hi, lo] = [groups[1]!, groups[2]!];
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

/** An IPv6 address as its eight 16-bit groups ("::" expanded, a dotted IPv4 tail converted). */
function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...new Array<number>(missing).fill(0), ...right];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}
