import type { StoredEvent } from '../event-store.port.js';

/** JSON with every object's keys sorted (UTF-16 code unit order), no space: the same value gives the same text in any store. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields a copy must keep, in the order the digest takes them. */
export const COMPARED_FIELDS = ['streamId', 'version', 'eventId', 'type', 'schemaVersion', 'data', 'metadata'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** Each compared field's canonical text (an event id in lower case: a UUID is one whatever its case). */
export function canonicalFields(e: StoredEvent): Record<ComparedField, string> {
  return {
    streamId: JSON.stringify(e.streamId),
    version: String(e.version),
    eventId: JSON.stringify(e.eventId.toLowerCase()),
    type: JSON.stringify(e.type),
    schemaVersion: String(e.schemaVersion),
    data: canonicalJson(e.data),
    metadata: canonicalJson(e.metadata),
  };
}

/** The event's line of the digest: the JSON array of its compared fields, canonical, then a line break. */
export function canonicalLine(fields: Record<ComparedField, string>): string {
  return `[${COMPARED_FIELDS.map((f) => fields[f]).join(',')}]\n`;
}
