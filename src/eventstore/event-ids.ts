import { createHash } from 'node:crypto';

/** Namespace for Damrong's name-based event ids (RFC 4122 version 5). */
const NAMESPACE = Buffer.from('6f1c2b0e7d5a4c3e9b8a1d2e3f405162', 'hex');

/**
 * What names a command: its id is its sender's, so two accounts may send the same id for different commands.
 * Ids derived from a command (its events', a new case's) derive from this key.
 */
export const commandKeyOf = (actor: string, commandId: string): string => JSON.stringify([actor, commandId]);

/**
 * The id of the n-th event a command produces: the same command key always yields the same event ids, so
 * a retried command appends nothing new, and the same key used for a command on another stream collides.
 */
export function eventIdFor(commandKey: string, index: number): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${commandKey}/${index}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
