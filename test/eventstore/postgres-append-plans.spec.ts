import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { APPEND_GROUP, APPEND_NEW_STREAMS } from '../../src/eventstore/postgres/event-log.sql.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { newEvent } from './event-store.contract.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const row = (streamId: string, expected: number) => ({
  stream_id: streamId, expected, k: 1, version: expected + 1, event_id: randomUUID(), type: 'TallyIncremented', schema_version: 1,
  data: { by: 1 }, metadata: {},
});

/**
 * A statement prepared on a connection keeps its generic plan, made with what the planner knew then, until the
 * table is analyzed again: on a database nobody analyzes, for the connection's life. The appends' guards must not
 * have a plan that reads the whole log at every call, whatever the log held when they were prepared.
 */
describe('the grouped appends prepared on an empty log', () => {
  it.each([['APPEND_GROUP', APPEND_GROUP.text, 3], ['APPEND_NEW_STREAMS', APPEND_NEW_STREAMS.text, 0]])(
    '%s probes the stream index per row once the log holds 30,000 events, never scanning it whole',
    async (_, text, expected) => {
      const client: pg.PoolClient = await db.pool.connect();
      try {
        await client.query("SET plan_cache_mode = 'force_generic_plan'");
        await client.query(`PREPARE guarded(jsonb) AS ${text.replaceAll('$1::jsonb', '$1')}`);
        await client.query('BEGIN');
        const json = (value: unknown) => client.escapeLiteral(JSON.stringify(value));
        await client.query(`EXECUTE guarded(${json([row(`tally-${randomUUID()}`, 0)])})`); // the generic plan made now
        await client.query('ROLLBACK');
        const store = new PostgresEventStore(db.pool);
        const streams = Array.from({ length: 10_000 }, () => ({ streamId: `tally-${randomUUID()}`, events: [newEvent(), newEvent(), newEvent()] }));
        await store.appendNewStreams(streams);
        const target = streams[0].streamId;
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, COSTS OFF) EXECUTE guarded(${json([row(expected === 0 ? `tally-${randomUUID()}` : target, expected)])})`);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(plan).toMatch(/Index (Only )?Scan using events_stream_version_unique/);
        expect(plan).not.toMatch(/Seq Scan on events|hashed SubPlan|Hash (Anti |Semi )?Join/);
      } finally {
        await client.query('DEALLOCATE ALL').catch(() => undefined);
        client.release(true);
      }
    },
  );
});
