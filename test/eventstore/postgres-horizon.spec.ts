import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { START_OF_LOG, type LogPosition, type StoredEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { newEvent } from './event-store.contract.js';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

/** Reads the log from `from` as a projection does, until readAll has nothing more. */
async function follow(from: LogPosition, seen: StoredEvent[] = []): Promise<LogPosition> {
  for (let position = from; ;) {
    const batch = await store.readAll(position, 50);
    if (batch.length === 0) return position;
    seen.push(...batch);
    position = batch[batch.length - 1].position;
  }
}

const RAW_INSERT = `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
  VALUES ($1, 1, $2, 'TallyIncremented', 1, '{"by":1}', '{"actor":"t","correlationId":"c","causationId":"c","commandId":"c"}')`;

/** A connection of its own with a transaction open (rolled back and closed by `end`). */
async function openTransaction(url: string, applicationName: string) {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  await client.query('BEGIN');
  return { client, end: async (how: 'COMMIT' | 'ROLLBACK' = 'ROLLBACK') => { await client.query(how); await client.end(); } };
}

describe('the horizon of the PostgreSQL log', () => {
  it('is not held back by a write transaction that appends nothing, in this database or in another', async () => {
    const from = await follow(START_OF_LOG);
    const elsewhere = await openTransaction(adminUrl(), 'other-database-writer');
    await elsewhere.client.query('SELECT pg_current_xact_id()');
    const here = await openTransaction(db.url, 'read-model-writer');
    await here.client.query("INSERT INTO projection_checkpoints (name) VALUES ('held-open')");
    try {
      const streams = [`tally-${randomUUID()}`, `tally-${randomUUID()}`];
      for (const stream of streams) await store.appendToStream(stream, [newEvent()], 'no-stream');
      const seen: StoredEvent[] = [];
      const checkpoint = await follow(from, seen);
      expect(seen.map((e) => e.streamId)).toEqual(streams);
      expect(await store.head(checkpoint)).toEqual({ position: checkpoint, eventsAfter: 0, oldestAfter: undefined });
    } finally {
      await here.end();
      await elsewhere.end();
    }
  });

  it('is held back by an open append, and head counts what waits and says which backend holds it, since when', async () => {
    const from = await follow(START_OF_LOG);
    const slow = await openTransaction(db.url, 'slow-appender');
    const slowStream = `tally-${randomUUID()}`;
    const later = [`tally-${randomUUID()}`, `tally-${randomUUID()}`];
    try {
      await slow.client.query(RAW_INSERT, [slowStream, randomUUID()]);
      const { rows: [me] } = await slow.client.query('SELECT pg_backend_pid() AS pid, now() AS began');
      for (const stream of later) await store.appendToStream(stream, [newEvent()], 'no-stream');

      expect(await follow(from)).toEqual(from);
      const held = await store.head(from);
      expect(held).toMatchObject({ position: from, eventsAfter: 2, oldestAfter: expect.any(Date) });
      expect(held.heldBack).toEqual({ events: 2, by: { pid: me.pid, applicationName: 'slow-appender', startedAt: me.began } });
    } finally {
      await slow.end('COMMIT');
    }
    const seen: StoredEvent[] = [];
    const checkpoint = await follow(from, seen);
    expect(seen.map((e) => e.streamId)).toEqual([slowStream, ...later]);
    expect((await store.head(checkpoint)).heldBack).toBeUndefined();
  });

  it('delivers an append that took the lock before it had a transaction id, whatever readers read meanwhile', async () => {
    const from = await follow(START_OF_LOG);
    const early = await openTransaction(db.url, 'early-appender');
    const [before, late, after] = [`tally-${randomUUID()}`, `tally-${randomUUID()}`, `tally-${randomUUID()}`];
    try {
      // Where the trigger leaves an append before its first row: holding the lock, without a transaction id.
      await early.client.query('SELECT pg_advisory_xact_lock_shared(1684106610, 1634758244)');
      await store.appendToStream(before, [newEvent()], 'no-stream');
      const seen: StoredEvent[] = [];
      const checkpoint = await follow(from, seen);
      expect(seen.map((e) => e.streamId)).toEqual([before]);
      await early.client.query(RAW_INSERT, [late, randomUUID()]);
      await store.appendToStream(after, [newEvent()], 'no-stream');
      expect(await follow(checkpoint)).toEqual(checkpoint);
      await early.client.query('COMMIT');
      await follow(checkpoint, seen);
      expect(seen.map((e) => e.streamId)).toEqual([before, late, after]);
    } finally {
      await early.end();
    }
  });

  it('refuses an append in a transaction that wrote something else first, whose id readers may have passed', async () => {
    const late = await openTransaction(db.url, 'late-appender');
    try {
      await late.client.query("INSERT INTO projection_checkpoints (name) VALUES ('written-first')");
      await expect(late.client.query(RAW_INSERT, [`tally-${randomUUID()}`, randomUUID()]))
        .rejects.toThrow('events must be the first thing a transaction writes');
    } finally {
      await late.end();
    }
    const first = await openTransaction(db.url, 'appender-first');
    const stream = `tally-${randomUUID()}`;
    await first.client.query(RAW_INSERT, [stream, randomUUID()]);
    await first.client.query("INSERT INTO projection_checkpoints (name) VALUES ('written-after')");
    await first.client.query(RAW_INSERT.replace('1, $2', '2, $2'), [stream, randomUUID()]);
    await first.end('COMMIT');
    expect((await store.readStream(stream)).map((e) => e.version)).toEqual([1, 2]);
  });

  it('lets a follower reading all along see every committed event once, in order, whatever commits late', async () => {
    const from = await follow(START_OF_LOG);
    const committed: string[] = [];
    let writing = true;
    const writer = async (w: number) => {
      for (let i = 0; i < 25; i++) {
        const tx = await db.pool.connect();
        const ids = [randomUUID(), randomUUID()];
        try {
          await tx.query('BEGIN');
          await tx.query(RAW_INSERT, [`tally-w${w}-${i}`, ids[0]]);
          await new Promise((resolve) => setTimeout(resolve, (w * 7 + i * 3) % 11));
          await tx.query(RAW_INSERT.replace('1, $2', '2, $2'), [`tally-w${w}-${i}`, ids[1]]);
          if (i % 5 === 4) {
            await tx.query('ROLLBACK');
          } else {
            await tx.query('COMMIT');
            committed.push(...ids);
          }
        } finally {
          tx.release();
        }
      }
    };
    const seen: StoredEvent[] = [];
    const follower = (async () => {
      let position = from;
      while (writing) position = await follow(position, seen);
      await follow(position, seen);
    })();
    await Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
    writing = false;
    await follower;

    expect(seen.map((e) => e.eventId).sort()).toEqual([...committed].sort());
    const order = seen.map((e) => e.position);
    expect(order.every((p, i) => i === 0 || p.transactionId > order[i - 1].transactionId
      || (p.transactionId === order[i - 1].transactionId && p.globalPosition > order[i - 1].globalPosition))).toBe(true);
  });
});
