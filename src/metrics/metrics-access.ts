import { createHash, timingSafeEqual } from 'node:crypto';
import net from 'node:net';
import { DomainError } from '../shared/domain-error.js';

/** What the access check needs of a request: its headers and the address of the connection. */
export interface MetricsRequest {
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string };
}

/** Headers a reverse proxy adds: a request carrying one came from elsewhere, whatever the connection's address. */
const FORWARDED = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

const digest = (text: string) => createHash('sha256').update(text).digest();

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (net.isIPv4(v4)) return v4.startsWith('127.');
  return address === '::1';
}

/**
 * Who may read /metrics. With METRICS_TOKEN set: a request with `Authorization: Bearer <that token>`, compared in
 * constant time (of SHA-256 digests, so the lengths give nothing away either). Without it: a connection from the
 * loopback address that no proxy forwarded. Throws the refusal (401 without the right token, 403 from elsewhere).
 */
export function checkMetricsAccess(token: string | undefined, request: MetricsRequest): void {
  if (token !== undefined) {
    const given = /^Bearer (\S+)$/.exec(String(request.headers.authorization ?? ''))?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(token))) {
      throw new DomainError('UNAUTHENTICATED', 'ต้องแสดงรหัสสำหรับอ่านค่าวัดของระบบ', 'Metrics need the bearer token METRICS_TOKEN names');
    }
    return;
  }
  if (!isLoopback(request.socket.remoteAddress) || FORWARDED.some((name) => request.headers[name] !== undefined)) {
    throw new DomainError('FORBIDDEN', 'อ่านค่าวัดของระบบได้จากเครื่องเดียวกันเท่านั้น', 'Metrics answer the loopback address only while METRICS_TOKEN is unset');
  }
}
