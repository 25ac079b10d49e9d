import type pg from 'pg';
import { START_OF_LOG, type EventStore, type LogPosition } from '../src/eventstore/event-store.port.js';
import { now, sample, type Sample } from './measure.js';

/** The whole log (after `start`) through store.readAll, batch after batch, until it returns nothing. */
export async function readAllRun(store: EventStore, batchSize: number, start: LogPosition = START_OF_LOG): Promise<Sample> {
  const startedAt = now();
  let from = start;
  let count = 0;
  for (;;) {
    const batch = await store.readAll(from, batchSize);
    if (batch.length === 0) break;
    count += batch.length;
    from = batch[batch.length - 1].position;
  }
  return sample(count, startedAt);
}

/** Baseline: SELECT * ordered by global_position, in a plain keyset loop of the same batch size. */
export async function naiveReadRun(pool: pg.Pool, batchSize: number): Promise<Sample> {
  const startedAt = now();
  let from = '0';
  let count = 0;
  for (;;) {
    const { rows } = await pool.query(
      'SELECT * FROM events WHERE global_position > $1 ORDER BY global_position LIMIT $2', [from, batchSize]);
    if (rows.length === 0) break;
    count += rows.length;
    from = rows[rows.length - 1].global_position;
  }
  return sample(count, startedAt);
}
