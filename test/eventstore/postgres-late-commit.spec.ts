import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { START_OF_LOG, type LogPosition, type StoredEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { newEvent } from './event-store.contract.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

// PostgreSQL's horizon against a transaction held open by hand; what the port promises of it (a follower gets every
// event once, in order, while appends go on) runs on every adapter in event-store-concurrency.spec.ts.

/** A reader that follows the log from a checkpoint, as a projection does. */
async function follow(store: PostgresEventStore, from: LogPosition, seen: StoredEvent[]): Promise<LogPosition> {
  for (let position = from; ;) {
    const batch = await store.readAll(position, 100);
    if (batch.length === 0) return position;
    seen.push(...batch);
    position = batch[batch.length - 1].position;
  }
}

describe('readAll and a transaction that commits late', () => {
  it('delivers an event whose transaction began first but committed after later ones', async () => {
    const store = new PostgresEventStore(db.pool);
    await store.appendToStream('tally-before', [newEvent()], 'no-stream');

    const slow = await db.pool.connect();
    await slow.query('BEGIN');
    const slowId = randomUUID();
    const { rows } = await slow.query(
      `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
       VALUES ('tally-slow', 1, $1, 'TallyIncremented', 1, '{"by":1}', '{"actor":"t","correlationId":"c","causationId":"c","commandId":"c"}')
       RETURNING global_position`, [slowId]);
    const slowPosition = BigInt(rows[0].global_position);

    for (let i = 0; i < 5; i++) await store.appendToStream(`tally-fast-${i}`, [newEvent()], 'no-stream');
    const seen: StoredEvent[] = [];
    const checkpoint = await follow(store, START_OF_LOG, seen);
    // The fast events have higher positions than the open one, yet are held back behind it.
    expect(seen.map((e) => e.streamId)).toEqual(['tally-before']);

    // The bug this design avoids: a plain "position greater than the last seen" reader skips the slow one.
    const naive = await db.pool.query('SELECT global_position FROM events ORDER BY global_position');
    expect(naive.rows.map((r) => BigInt(r.global_position))).not.toContain(slowPosition);

    await slow.query('COMMIT');
    slow.release();
    await follow(store, checkpoint, seen);
    expect(seen.map((e) => e.streamId)).toEqual([
      'tally-before', 'tally-slow', 'tally-fast-0', 'tally-fast-1', 'tally-fast-2', 'tally-fast-3', 'tally-fast-4',
    ]);
    expect(seen.find((e) => e.streamId === 'tally-slow')!.position.globalPosition).toBe(slowPosition);
    expect(seen.filter((e) => e.streamId.startsWith('tally-fast')).every((e) => e.position.globalPosition > slowPosition)).toBe(true);
  });
});
