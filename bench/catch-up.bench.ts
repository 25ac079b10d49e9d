import type pg from 'pg';
import { START_OF_LOG, type EventStore } from '../src/eventstore/event-store.port.js';
import { ProjectionRunner } from '../src/projections/runner/projection-runner.js';
import { StreamCatalogueProjection } from '../src/projections/stream-catalogue/stream-catalogue.projection.js';
import { now, sample, sleep, type Sample } from './measure.js';

const NAME = 'stream-catalogue';

/** A ProjectionRunner with StreamCatalogueProjection from position 0 until its checkpoint is the head. */
export async function catchUpRun(pool: pg.Pool, store: EventStore, batchSize: number): Promise<Sample> {
  await pool.query('TRUNCATE stream_catalogue');
  await pool.query('DELETE FROM projection_checkpoints WHERE name = $1', [NAME]);
  const head = await store.head(START_OF_LOG);
  const errors: unknown[] = [];
  const runner = new ProjectionRunner(pool, store, [new StreamCatalogueProjection()], {
    batchSize, pollMs: 10, onError: (_, error) => errors.push(error),
  });
  const startedAt = now();
  runner.start();
  let result: Sample | undefined;
  try {
    while (!result) {
      const { rows } = await pool.query(
        'SELECT transaction_id::text AS x, global_position AS g FROM projection_checkpoints WHERE name = $1', [NAME]);
      const at = rows[0];
      if (at && BigInt(at.x) === head.position.transactionId && BigInt(at.g) === head.position.globalPosition) {
        result = sample(head.eventsAfter, startedAt);
      } else if (errors.length > 0 || runner.localState(NAME) === 'FAILED') {
        throw new Error(`projection failed: ${String(errors[0])}`);
      } else {
        await sleep(20);
      }
    }
  } finally {
    await runner.stop();
  }
  return result;
}

export const NAIVE_CATALOGUE_TABLES = `
CREATE TABLE naive_catalogue (LIKE stream_catalogue INCLUDING ALL);
CREATE TABLE naive_checkpoint (global_position bigint NOT NULL);
INSERT INTO naive_checkpoint VALUES (0);`;

const NAIVE_UPSERT = `
INSERT INTO naive_catalogue AS c (stream_id, case_type, version, last_event_type, first_recorded_at, last_recorded_at)
VALUES ($1, split_part($1, '-', 1), $2, $3, $4, $4)
ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, last_event_type = excluded.last_event_type,
  last_recorded_at = excluded.last_recorded_at
WHERE c.version < excluded.version`;

/**
 * Baseline: a keyset loop reading the log, one upsert statement per event, one transaction per batch
 * that also moves its checkpoint. `limit` stops it early (the rate is per event, so it stays comparable).
 */
export async function naiveCatchUpRun(pool: pg.Pool, batchSize: number, limit = Infinity): Promise<Sample> {
  await pool.query('TRUNCATE naive_catalogue');
  await pool.query('UPDATE naive_checkpoint SET global_position = 0');
  const client = await pool.connect();
  const startedAt = now();
  let from = '0';
  let count = 0;
  try {
    while (count < limit) {
      const { rows } = await client.query(
        'SELECT * FROM events WHERE global_position > $1 ORDER BY global_position LIMIT $2', [from, batchSize]);
      if (rows.length === 0) break;
      await client.query('BEGIN');
      for (const e of rows) await client.query(NAIVE_UPSERT, [e.stream_id, e.version, e.type, e.recorded_at]);
      from = rows[rows.length - 1].global_position;
      await client.query('UPDATE naive_checkpoint SET global_position = $1', [from]);
      await client.query('COMMIT');
      count += rows.length;
    }
  } finally {
    client.release();
  }
  return sample(count, startedAt);
}
