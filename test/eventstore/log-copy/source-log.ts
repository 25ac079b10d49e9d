import { randomUUID } from 'node:crypto';
import { START_OF_LOG, type EventStore, type NewEvent, type StoredEvent } from '../../../src/eventstore/event-store.port.js';

let n = 0;
/** An event whose data and metadata hold nested keys in no sorted order, Thai text, numbers, nulls and arrays. */
export function sourceEvent(type = 'DebtorContacted'): NewEvent {
  n++;
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1 + (n % 2),
    data: { zone: `อำเภอ ${n}`, amount: n * 1000.5, party: { surname: 'ธรรมา', given: 'ดำรง', titles: ['นาย', null] }, a: n % 3 === 0 ? null : { y: 1, x: [2, { d: 'e' }] } },
    metadata: { commandId: randomUUID(), actor: `account:${n}`, correlationId: randomUUID(), causationId: randomUUID(), actorOffice: 'DISTRICT:1001' },
  };
}

const events = (count: number) => Array.from({ length: count }, () => sourceEvent());

/**
 * Writes a log as the service does: several streams, appends of one to four events interleaved across them, and a
 * bulk append of whole new streams (one transaction, many streams, one of 7 events). Returns the number of events.
 */
export async function writeSourceLog(store: EventStore): Promise<number> {
  const versions = new Map<string, number>();
  let written = 0;
  const append = async (streamId: string, count: number) => {
    const current = versions.get(streamId) ?? 0;
    await store.appendToStream(streamId, events(count), current === 0 ? 'no-stream' : current);
    versions.set(streamId, current + count);
    written += count;
  };
  const streams = ['debt-1', 'complaint-1', 'debt-2', 'news-1', 'complaint-2'];
  for (let i = 0; i < 14; i++) await append(streams[(i * 3) % streams.length], 1 + (i % 4));
  const bulk = [{ streamId: 'debt-bulk-1', events: events(7) }, { streamId: 'debt-bulk-2', events: events(2) }, { streamId: 'debt-bulk-3', events: events(1) }];
  await store.appendNewStreams(bulk);
  written += 10;
  for (let i = 0; i < 10; i++) await append(streams[(i * 2) % streams.length], 1 + ((i + 1) % 3));
  await Promise.all(['debt-3', 'debt-4', 'debt-5'].map((s) => append(s, 2)));
  return written;
}

export async function readWhole(store: EventStore): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for (let from = START_OF_LOG; ;) {
    const batch = await store.readAll(from, 1000);
    if (batch.length === 0) return all;
    all.push(...batch);
    from = batch[batch.length - 1].position;
  }
}

/** For each pair of neighbours in the log: did one append write both? */
export const sameAppendPairs = (log: readonly StoredEvent[]) => log.slice(1).map((e, i) =>
  e.streamId === log[i].streamId && e.position.transactionId === log[i].position.transactionId);
