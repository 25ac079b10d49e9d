import { isIPv4, isIPv6 } from 'node:net';

/** What a request tells of where it came from. */
export interface RequestOrigin {
  socket?: { remoteAddress?: string };
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The client's address: the connection's peer, or, behind `trustedHops` proxies of our own, the address the
 * outermost of them saw (X-Forwarded-For read from the right, so a client cannot choose what counts).
 */
export function clientAddress(request: RequestOrigin, trustedHops: number): string {
  const peer = request.socket?.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  const nearestFirst = [peer, ...forwarded.reverse()];
  return nearestFirst[Math.min(trustedHops, nearestFirst.length - 1)];
}

/**
 * What sign-in limits count an address by: an IPv4 address itself (also written as IPv6, ::ffff:a.b.c.d), an
 * IPv6 address by its /64, which a single subscriber holds whole and could otherwise walk through; anything
 * else as it is.
 */
export function addressBlock(address: string): string {
  const bare = address.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:([\d.]+)$/.exec(bare)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(bare)) return bare;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const [head, tail] = bare.split('::').map(groups);
  const tailGroups = tail?.flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const full = tailGroups ? [...head, ...Array(8 - head.length - tailGroups.length).fill('0'), ...tailGroups] : head;
  return `${full.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
