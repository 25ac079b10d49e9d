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
