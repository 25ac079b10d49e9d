import type { NewEvent, StoredEvent } from '../event-store.port.js';

/** Events of one stream that one source append wrote, at contiguous versions: copied as one append. */
export type AppendGroup = readonly StoredEvent[];

const sameAppend = (a: StoredEvent, b: StoredEvent) =>
  a.streamId === b.streamId && a.position.transactionId === b.position.transactionId && b.version === a.version + 1;

/** Consecutive events (global order) of the same stream and the same source append, one group each. */
export function appendGroups(events: readonly StoredEvent[]): AppendGroup[] {
  const groups: StoredEvent[][] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && sameAppend(last[last.length - 1], event)) last.push(event);
    else groups.push([event]);
  }
  return groups;
}

/**
 * How many events at the end belong to the last group: after a full batch they may be only its beginning, so they
 * wait for the next batch. A group is thus always copied whole, whatever the batch size of this run or an earlier one.
 */
export function lastGroupLength(events: readonly StoredEvent[]): number {
  let n = events.length === 0 ? 0 : 1;
  while (n < events.length && sameAppend(events[events.length - n - 1], events[events.length - n])) n++;
  return n;
}

/** The version a group's append expects: the one before its first event, or no stream for version 1. */
export const expectedVersion = (group: AppendGroup): number | 'no-stream' => (group[0].version === 1 ? 'no-stream' : group[0].version - 1);

/** The event as it was appended (id, type, schema version, data and metadata) and when the source recorded it. */
export const asNewEvent = (e: StoredEvent): NewEvent => ({
  eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata: e.metadata, recordedAt: e.recordedAt,
});
