import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { newEvent } from './event-store.contract.js';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

// The EventStore contract runs on PostgreSQL (and KurrentDB, where one is reachable) in event-store-contract.spec.ts.

describe('PostgreSQL bulk append racing a writer that starts the same stream', () => {
  it('never writes a stream in part: it rolls back, tries again, and reports the stream as existing', async () => {
    const racer = await db.pool.connect();
    await racer.query('BEGIN');
    await racer.query(
      `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
       VALUES ('tally-raced', 1, $1, 'TallyIncremented', 1, '{"by":1}', '{"actor":"t","correlationId":"c","causationId":"c","commandId":"c"}')`,
      [randomUUID()]);
    const bulk = store.appendNewStreams([
      { streamId: 'tally-raced', events: [newEvent(), newEvent()] }, { streamId: 'tally-calm', events: [newEvent()] },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the bulk insert now waits on the racer's row
    await racer.query('COMMIT');
    racer.release();
    expect(await bulk).toEqual({ created: ['tally-calm'], existing: ['tally-raced'] });
    expect((await store.readStream('tally-raced')).map((e) => e.metadata.actor)).toEqual(['t']);
  });
});

describe('PostgreSQL readAll across a power of ten', () => {
  it('orders positions as numbers, not as text (999 before 1000)', async () => {
    const { rows } = await db.pool.query('SELECT coalesce(max(global_position), 0)::int AS max FROM events');
    const boundary = 10 ** String(rows[0].max + 10).length;
    await db.pool.query(`ALTER TABLE events ALTER COLUMN global_position RESTART WITH ${boundary - 4}`);
    const stream = `tally-${randomUUID()}`;
    const head = await store.head({ transactionId: 0n, globalPosition: 0n });
    await store.appendToStream(stream, Array.from({ length: 8 }, () => newEvent()), 'no-stream');
    const seen: bigint[] = [];
    for (let from = head.position; ;) {
      const batch = await store.readAll(from, 3);
      if (batch.length === 0) break;
      seen.push(...batch.map((e) => e.position.globalPosition));
      from = batch[batch.length - 1].position;
    }
    expect(seen).toEqual(Array.from({ length: 8 }, (_, i) => BigInt(boundary - 4 + i)));
  });
});

describe('PostgreSQL readAll with dataOf', () => {
  it('sends the data and metadata of the named types only; every event comes, in order, with its position', async () => {
    const head = await store.head({ transactionId: 0n, globalPosition: 0n });
    const stream = `tally-${randomUUID()}`;
    await store.appendToStream(stream, [newEvent('TallyIncremented', { by: 1 }), newEvent('TallyNoted', { note: 'x' }),
      newEvent('TallyIncremented', { by: 2 })], 'no-stream');
    const whole = await store.readAll(head.position, 10);
    const some = await store.readAll(head.position, 10, { dataOf: ['TallyIncremented'] });
    const none = await store.readAll(head.position, 10, { dataOf: [] });
    expect(some.map((e) => [e.type, e.data, e.metadata?.actor ?? null])).toEqual([
      ['TallyIncremented', { by: 1 }, whole[0].metadata.actor], ['TallyNoted', null, null], ['TallyIncremented', { by: 2 }, whole[2].metadata.actor],
    ]);
    expect(none.map((e) => [e.data, e.metadata])).toEqual([[null, null], [null, null], [null, null]]);
    for (const read of [some, none]) {
      expect(read.map(({ eventId, streamId, version, position, recordedAt }) => ({ eventId, streamId, version, position, recordedAt })))
        .toEqual(whole.map(({ eventId, streamId, version, position, recordedAt }) => ({ eventId, streamId, version, position, recordedAt })));
    }
  });
});
