import { createHash } from 'node:crypto';

/**
 * The fingerprint of what a command means, stored with its events: what the sender asked (`request`), or else the
 * command without `at`, the server's clock at handling. A retry matches it; another command under the same id
 * does not.
 */
export function commandFingerprint(request: unknown, command: unknown): string {
  const meaning = request !== undefined ? request : withoutAt(command);
  return createHash('sha256').update(canonicalJson(meaning)).digest('base64url');
}

function withoutAt(command: unknown): unknown {
  if (typeof command !== 'object' || command === null || !('at' in command)) return command;
  const { at: _at, ...rest } = command as Record<string, unknown>;
  return rest;
}

/** JSON with the keys of every object sorted and undefined members left out, so equal values read the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const members = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
