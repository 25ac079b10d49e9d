import { createHash } from 'node:crypto';

/** Namespace for Damrong's name-based event ids (RFC 4122 version 5). */
const NAMESPACE = Buffer.from('6f1c2b0e7d5a4c3e9b8a1d2e3f405162', 'hex');

/**
 * The id of the n-th event a command produces: the same command id always yields the same event ids, so
 * a retried command appends nothing new.
 */
export function eventIdFor(commandId: string, index: number): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${commandId}/${index}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
