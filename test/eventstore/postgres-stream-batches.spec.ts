import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConcurrencyError, IdempotencyConflictError } from '../../src/eventstore/event-store.errors.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { newEvent } from './event-store.contract.js';

/** PostgresEventStore.readStreams and appendToStreams: many streams in a few statements, each at its exact version. */
let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

const tally = () => `tally-${randomUUID()}`;
const versions = async (streamId: string) => (await store.readStream(streamId)).map((e) => e.version);

describe('many streams at once', () => {
  it('reads each stream in version order, none for a stream not begun', async () => {
    const [a, b, none] = [tally(), tally(), tally()];
    await store.appendToStream(a, [newEvent(), newEvent('TallyIncremented', { by: 2 })], 'no-stream');
    await store.appendToStream(b, [newEvent()], 'no-stream');
    const read = await store.readStreams([b, none, a]);
    expect([...read.keys()]).toEqual([b, none, a]);
    expect(read.get(a)!.map((e) => [e.version, e.data])).toEqual([[1, { by: 1 }], [2, { by: 2 }]]);
    expect(read.get(b)!.map((e) => e.version)).toEqual([1]);
    expect(read.get(none)).toEqual([]);
  });

  it('appends to each stream after its version, new and existing, and answers each one\'s next version', async () => {
    const [a, fresh] = [tally(), tally()];
    await store.appendToStream(a, [newEvent()], 'no-stream');
    const results = await store.appendToStreams([
      { streamId: fresh, events: [newEvent()], expected: 0 }, { streamId: a, events: [newEvent(), newEvent()], expected: 1 },
    ]);
    expect([results.get(a)!.nextVersion, results.get(fresh)!.nextVersion]).toEqual([3, 1]);
    expect(await versions(a)).toEqual([1, 2, 3]);
    expect(await versions(fresh)).toEqual([1]);
  });

  it('writes none of them when one stream moved on or is short of its version (ConcurrencyError), or an event id is stored (IdempotencyConflictError)', async () => {
    const [moved, short, calm] = [tally(), tally(), tally()];
    await store.appendToStream(moved, [newEvent(), newEvent()], 'no-stream');
    await store.appendToStream(short, [newEvent()], 'no-stream');
    const stale = store.appendToStreams([{ streamId: calm, events: [newEvent()], expected: 0 }, { streamId: moved, events: [newEvent()], expected: 1 }]);
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(stale).rejects.toMatchObject({ streamId: moved });
    const ahead = store.appendToStreams([{ streamId: calm, events: [newEvent()], expected: 0 }, { streamId: short, events: [newEvent()], expected: 3 }]);
    await expect(ahead).rejects.toMatchObject({ streamId: short, actual: 1 });
    const stored = (await store.readStream(moved))[0];
    const again = store.appendToStreams([{ streamId: calm, events: [newEvent()], expected: 0 }, { streamId: short, events: [{ ...newEvent(), eventId: stored.eventId }], expected: 1 }]);
    await expect(again).rejects.toBeInstanceOf(IdempotencyConflictError);
    expect(await versions(calm)).toEqual([]);
    expect(await versions(short)).toEqual([1]);
  });

  it('refuses a stream named twice in one call', async () => {
    const a = tally();
    await expect(store.appendToStreams([{ streamId: a, events: [newEvent()], expected: 0 }, { streamId: a, events: [newEvent()], expected: 1 }]))
      .rejects.toThrow(/named twice/);
  });
});
