import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  ConcurrencyError, EventSerializationError, IdempotencyConflictError,
} from '../../src/eventstore/event-store.errors.js';
import {
  START_OF_LOG, type EventStore, type LogPosition, type NewEvent, type StoredEvent,
} from '../../src/eventstore/event-store.port.js';
import { DomainError } from '../../src/shared/domain-error.js';

export const newEvent = (type = 'TallyIncremented', data: unknown = { by: 1 }): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: 'officer:1001', correlationId: randomUUID(), causationId: randomUUID(), commandId: randomUUID() },
});

const isAfter = (a: LogPosition, b: LogPosition) =>
  a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.globalPosition > b.globalPosition);

const streamName = () => `tally-${randomUUID()}`;

/** Every event after `from`, read in batches of `batchSize`. */
async function readEverything(store: EventStore, batchSize: number, from: LogPosition): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for (;;) {
    const batch = await store.readAll(from, batchSize);
    if (batch.length === 0) return all;
    all.push(...batch);
    from = batch[batch.length - 1].position;
  }
}

/** What an adapter can do beyond what every one must. */
export interface StoreCapabilities {
  /** An event id is found in whatever stream holds it (PostgreSQL's unique index); KurrentDB looks in the stream's tail. */
  eventIdsAcrossStreams: boolean;
}

/**
 * What every EventStore adapter must do; run against each adapter with a store nothing else writes to meanwhile.
 * A test needing a capability the adapter lacks is skipped, saying so.
 */
export function eventStoreContract(name: string, store: () => EventStore, capabilities: StoreCapabilities = { eventIdsAcrossStreams: true }): void {
  const acrossStreams = (title: string) => (capabilities.eventIdsAcrossStreams
    ? it.bind(null, title) : it.skip.bind(null, `${title} (skipped: ${name} keeps no index of event ids across streams)`));
  describe(`${name}: the EventStore contract`, () => {
    it('appends to a new stream and reads it back with full metadata', async () => {
      const stream = streamName();
      const events = [newEvent('TallyIncremented', { by: 2 }), newEvent('TallyClosed', {})];
      const result = await store().appendToStream(stream, events, 'no-stream');
      expect(result.nextVersion).toBe(2);
      const read = await store().readStream(stream);
      expect(read.map((e) => [e.version, e.type, e.data])).toEqual([[1, 'TallyIncremented', { by: 2 }], [2, 'TallyClosed', {}]]);
      expect(read[0].eventId).toBe(events[0].eventId);
      expect(read[0].schemaVersion).toBe(1);
      expect(read[0].metadata).toEqual(events[0].metadata);
      expect(read[0].recordedAt).toBeInstanceOf(Date);
      expect(read[1].position.globalPosition).toBeGreaterThan(read[0].position.globalPosition);
      expect(result.position).toEqual(read[1].position);
    });

    it('appends at an exact expected version and refuses a stale one with the actual version', async () => {
      const stream = streamName();
      await store().appendToStream(stream, [newEvent()], 'no-stream');
      expect((await store().appendToStream(stream, [newEvent()], 1)).nextVersion).toBe(2);
      const stale = store().appendToStream(stream, [newEvent()], 1);
      await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stale).rejects.toMatchObject({ actual: 2, code: 'CONCURRENCY_CONFLICT' });
      await expect(store().appendToStream(stream, [newEvent()], 'no-stream')).rejects.toMatchObject({ actual: 2 });
      await expect(store().appendToStream(streamName(), [newEvent()], 3)).rejects.toMatchObject({ actual: 0 });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it("appends at 'any' whatever the version", async () => {
      const stream = streamName();
      await store().appendToStream(stream, [newEvent()], 'any');
      expect((await store().appendToStream(stream, [newEvent(), newEvent()], 'any')).nextVersion).toBe(3);
    });

    it('stores nothing new when the same event ids are appended again, and returns the first result', async () => {
      const stream = streamName();
      const events = [newEvent(), newEvent()];
      const first = await store().appendToStream(stream, events, 'no-stream');
      const again = await store().appendToStream(stream, events, 'no-stream');
      expect(first.alreadyStored).toBe(false);
      expect(again).toEqual({ ...first, alreadyStored: true });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('refuses an event id already stored by a different append', async () => {
      const stream = streamName();
      const reused = newEvent();
      await store().appendToStream(stream, [reused], 'no-stream');
      await expect(store().appendToStream(stream, [newEvent(), reused], 1)).rejects.toBeInstanceOf(IdempotencyConflictError);
      expect(await store().readStream(stream)).toHaveLength(1);
    });

    it('starts many new streams at once, each whole, and leaves existing ones alone when run again', async () => {
      const [a, b, c] = [streamName(), streamName(), streamName()];
      await store().appendToStream(c, [newEvent()], 'no-stream');
      const batch = [{ streamId: a, events: [newEvent(), newEvent()] }, { streamId: b, events: [newEvent()] }, { streamId: c, events: [newEvent(), newEvent()] }];
      expect(await store().appendNewStreams(batch)).toEqual({ created: [a, b], existing: [c] });
      expect((await store().readStream(a)).map((e) => [e.version, e.eventId])).toEqual([[1, batch[0].events[0].eventId], [2, batch[0].events[1].eventId]]);
      expect(await store().readStream(c)).toHaveLength(1);
      expect(await store().appendNewStreams(batch)).toEqual({ created: [], existing: [a, b, c] });
      expect(await store().readStream(a)).toHaveLength(2);
    });

    acrossStreams('refuses a bulk append that reuses another stream\'s event id, writing nothing of it')(async () => {
      const taken = newEvent();
      await store().appendToStream(streamName(), [taken], 'no-stream');
      const [a, b] = [streamName(), streamName()];
      const attempt = store().appendNewStreams([{ streamId: a, events: [newEvent()] }, { streamId: b, events: [newEvent(), taken] }]);
      await expect(attempt).rejects.toBeInstanceOf(IdempotencyConflictError);
      expect(await store().readStream(a)).toEqual([]);
      expect(await store().readStream(b)).toEqual([]);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await store().readStream(streamName())).toEqual([]);
    });

    it('reads a stream up to a version and as of an instant', async () => {
      const stream = streamName();
      await store().appendToStream(stream, [newEvent(), newEvent()], 'no-stream');
      const cut = (await store().readStream(stream))[1].recordedAt;
      await new Promise((r) => setTimeout(r, 20));
      await store().appendToStream(stream, [newEvent()], 2);
      expect((await store().readStream(stream, { toVersion: 1 })).map((e) => e.version)).toEqual([1]);
      expect((await store().readStream(stream, { asOf: cut })).map((e) => e.version)).toEqual([1, 2]);
      expect((await store().readStream(stream, { asOf: new Date(0) }))).toEqual([]);
    });

    it('reads the log in one order, in batches, without gaps or repeats, from its start or from a position', async () => {
      const before = await store().head(START_OF_LOG);
      const streams = [streamName(), streamName(), streamName()];
      for (let i = 0; i < 9; i++) await store().appendToStream(streams[i % 3], [newEvent()], 'any');
      const all = await readEverything(store(), 2, before.position);
      const ids = all.map((e) => e.eventId);
      expect(ids).toHaveLength(9);
      expect(new Set(ids).size).toBe(ids.length);
      for (const stream of streams) {
        expect(all.filter((e) => e.streamId === stream).map((e) => e.version)).toEqual([1, 2, 3]);
      }
      const again = await readEverything(store(), 1000, before.position);
      expect(again.map((e) => e.eventId)).toEqual(ids);
      const head = await store().head(before.position);
      expect(head.eventsAfter).toBe(all.length);
      expect(head.oldestAfter).toEqual(all[0].recordedAt);
      expect(head.position).toEqual(all[all.length - 1].position);
      expect((await store().head(head.position)).eventsAfter).toBe(0);
      // From the start of the log: its first event (ours when the log was empty), then the ones after it.
      const [first] = await store().readAll(START_OF_LOG, 1);
      if (before.eventsAfter === 0) expect(first.eventId).toBe(ids[0]);
      else expect(isAfter(first.position, all[0].position)).toBe(false);
      const [second] = await store().readAll(first.position, 1);
      expect(isAfter(second.position, first.position)).toBe(true);
    });

    it.each([
      ['a bigint', { amount: 10n }],
      ['a Date object', { at: new Date() }],
      ['a function', { f: () => 1 }],
      ['NaN', { n: Number.NaN }],
      ['a cycle', (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })()],
    ])('rejects a payload with %s before writing anything', async (_label, data) => {
      const stream = streamName();
      await store().appendToStream(stream, [newEvent()], 'no-stream');
      const attempt = store().appendToStream(stream, [newEvent(), newEvent('Bad', data)], 1);
      await expect(attempt).rejects.toBeInstanceOf(EventSerializationError);
      await expect(attempt).rejects.toMatchObject({ code: 'EVENT_NOT_SERIALISABLE' });
      expect(await store().readStream(stream)).toHaveLength(1);
    });

    it('rejects a malformed event id or stream id with a typed error', async () => {
      await expect(store().appendToStream(streamName(), [{ ...newEvent(), eventId: 'nope' }], 'any'))
        .rejects.toMatchObject({ code: 'INVALID_EVENT_ID' });
      await expect(store().appendToStream('', [newEvent()], 'any')).rejects.toBeInstanceOf(DomainError);
    });
  });
}
