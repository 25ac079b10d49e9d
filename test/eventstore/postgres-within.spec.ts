import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { START_OF_LOG, type LogPosition, type StoredEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { newEvent } from './event-store.contract.js';

/** PostgresEventStore.within: appends inside a caller's transaction that writes another row first. */
let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

async function follow(from: LogPosition, seen: StoredEvent[] = []): Promise<LogPosition> {
  for (let position = from; ;) {
    const batch = await store.readAll(position, 50);
    if (batch.length === 0) return position;
    seen.push(...batch);
    position = batch[batch.length - 1].position;
  }
}

describe('an append inside the caller\'s transaction', () => {
  it('may follow another write, holds readers back until it commits, and loses nothing committed alongside', async () => {
    const from = await follow(START_OF_LOG);
    const client = await db.pool.connect();
    const stream = `tally-${randomUUID()}`;
    try {
      await client.query('BEGIN');
      const log = await PostgresEventStore.within(client);
      await client.query("INSERT INTO projection_checkpoints (name) VALUES ('written-before-the-events')");
      await log.appendToStream(stream, [newEvent()], 'no-stream');
      // Another writer commits meanwhile: readers wait for the open append before it, not past it.
      const other = `tally-${randomUUID()}`;
      await store.appendToStream(other, [newEvent()], 'no-stream');
      const early: StoredEvent[] = [];
      await follow(from, early);
      expect(early.map((e) => e.streamId)).not.toContain(stream);
      expect(early.map((e) => e.streamId)).not.toContain(other);
      await client.query('COMMIT');
      const seen: StoredEvent[] = [];
      await follow(from, seen);
      expect(seen.map((e) => e.streamId)).toEqual([stream, other]);
    } finally {
      client.release();
    }
    expect((await db.pool.query("SELECT count(*)::int AS n FROM projection_checkpoints WHERE name = 'written-before-the-events'")).rows[0].n).toBe(1);
  });

  it('is taken back with the other write when the transaction rolls back', async () => {
    const client = await db.pool.connect();
    const stream = `tally-${randomUUID()}`;
    try {
      await client.query('BEGIN');
      const log = await PostgresEventStore.within(client);
      await client.query("INSERT INTO projection_checkpoints (name) VALUES ('rolled-back')");
      await log.appendToStream(stream, [newEvent()], 'no-stream');
      expect((await log.readStream(stream)).length).toBe(1);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await store.readStream(stream)).toEqual([]);
    expect((await db.pool.query("SELECT count(*)::int AS n FROM projection_checkpoints WHERE name = 'rolled-back'")).rows[0].n).toBe(0);
  });

  it('refuses writing new streams in bulk, which take a transaction of their own', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      const log = await PostgresEventStore.within(client);
      await expect(log.appendNewStreams([{ streamId: `tally-${randomUUID()}`, events: [newEvent()] }])).rejects.toThrow('transaction of their own');
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  });
});
