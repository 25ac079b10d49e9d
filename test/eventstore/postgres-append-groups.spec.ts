import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConcurrencyError } from '../../src/eventstore/event-store.errors.js';
import type { AppendResult } from '../../src/eventstore/event-store.port.js';
import { culpritOf, type Pending } from '../../src/eventstore/postgres/append-groups.js';
import { verifyHashChains } from '../../src/eventstore/integrity/hash-chain.verify.js';
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

const transactionsOf = async (streams: string[]) => (await db.pool.query<{ n: number }>(
  'SELECT count(DISTINCT transaction_id)::int AS n FROM events WHERE stream_id = ANY($1)', [streams])).rows[0].n;

describe('PostgreSQL group commit of concurrent appends', () => {
  it('stores 200 concurrent appends to 200 streams in fewer commits than appends, each at its version and position', async () => {
    const streams = Array.from({ length: 200 }, () => `tally-${randomUUID()}`);
    const results = await Promise.all(streams.map((s, i) => store.appendToStream(s, [newEvent(), ...(i % 2 ? [newEvent()] : [])], 'no-stream')));
    expect(results.map((r) => r.nextVersion)).toEqual(streams.map((_, i) => (i % 2 ? 2 : 1)));
    expect(await transactionsOf(streams)).toBeLessThan(200);
    for (const [i, s] of streams.entries()) {
      const events = await store.readStream(s);
      expect(events.map((e) => e.version)).toEqual(i % 2 ? [1, 2] : [1]);
      expect(events.at(-1)!.position).toEqual(results[i].position);
    }
    expect((await verifyHashChains(db.pool)).broken).toEqual([]);
  });

  it('gives each append of a group its own answer: stored, stored before, or a conflict, and stores the others', async () => {
    const fresh = Array.from({ length: 60 }, () => `tally-${randomUUID()}`);
    const taken = `tally-${randomUUID()}`;
    const retried = `tally-${randomUUID()}`;
    await store.appendToStream(taken, [newEvent()], 'no-stream');
    const retry = [newEvent(), newEvent()];
    const first = await store.appendToStream(retried, retry, 'no-stream');
    const answers = await Promise.allSettled<AppendResult>([
      ...fresh.map((s) => store.appendToStream(s, [newEvent()], 'no-stream')),
      store.appendToStream(taken, [newEvent()], 'no-stream'),
      store.appendToStream(retried, retry, 'no-stream'),
      store.appendToStream(taken, [newEvent()], 5),
      ...fresh.map((s) => store.appendToStream(`${s}-b`, [newEvent()], 'no-stream')),
    ]);
    const at = (i: number) => answers[i];
    expect(answers.slice(0, 60).every((a) => a.status === 'fulfilled' && a.value.nextVersion === 1)).toBe(true);
    expect(at(60)).toMatchObject({ status: 'rejected', reason: expect.any(ConcurrencyError) });
    expect(at(60)).toMatchObject({ reason: { expected: 'no-stream', actual: 1 } });
    expect(at(61)).toEqual({ status: 'fulfilled', value: { ...first, alreadyStored: true } });
    expect(at(62)).toMatchObject({ status: 'rejected', reason: { expected: 5, actual: 1 } });
    expect(answers.slice(63).every((a) => a.status === 'fulfilled')).toBe(true);
    expect((await store.readStream(taken)).length).toBe(1);
    expect((await store.readStream(retried)).length).toBe(2);
    expect((await verifyHashChains(db.pool)).broken).toEqual([]);
  });

  it('lets appends racing for one stream race: one wins, the other meets a conflict, among grouped appends', async () => {
    const stream = `tally-${randomUUID()}`;
    const others = Array.from({ length: 40 }, () => store.appendToStream(`tally-${randomUUID()}`, [newEvent()], 'no-stream'));
    const raced = await Promise.allSettled([
      store.appendToStream(stream, [newEvent()], 'no-stream'),
      store.appendToStream(stream, [newEvent(), newEvent()], 'no-stream'),
    ]);
    await Promise.all(others);
    expect(raced.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const stored = await store.readStream(stream);
    const winner = raced.findIndex((r) => r.status === 'fulfilled');
    expect(stored).toHaveLength(winner === 0 ? 1 : 2);
    expect(raced[1 - winner]).toMatchObject({ reason: { actual: stored.length } });
  });

  it('finds the append that broke a unique key in PostgreSQL\'s own error', async () => {
    const stream = `tally-${randomUUID()}`;
    const [event] = [newEvent()];
    await store.appendToStream(stream, [event], 'no-stream');
    const insert = (streamId: string, version: number, eventId: string) => db.pool.query(
      `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata) VALUES ($1, $2, $3, 'TallyIncremented', 1, '{}', '{}')`,
      [streamId, version, eventId]).then(() => undefined, (error: unknown) => error);
    const pending = (streamId: string, eventId: string): Pending => ({
      streamId, events: [{ ...newEvent(), eventId }], expected: 0, resolve: () => undefined, reject: () => undefined,
    });
    const group = [pending('tally-other', randomUUID()), pending(stream, randomUUID()), pending('tally-third', event.eventId)];
    expect(culpritOf(await insert(stream, 1, randomUUID()), group)).toBe(group[1]);
    expect(culpritOf(await insert(`tally-${randomUUID()}`, 1, event.eventId), group)).toBe(group[2]);
    expect(culpritOf(new Error('connection lost'), group)).toBeUndefined();
  });
});
