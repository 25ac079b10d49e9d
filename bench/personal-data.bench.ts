import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { START_OF_LOG, type EventStore, type LogPosition } from '../src/eventstore/event-store.port.js';
import { deriveMasterKeys } from '../src/personal-data/keys/envelope.js';
import { Keyring } from '../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../src/personal-data/keys/personal-data-codec.js';
import { PERSONAL_FIELD_CATALOGUE } from '../src/personal-data/keys/personal-field-catalogue.js';
import type { Shredder } from '../src/personal-data/keys/shredder.js';
import { DebtCasesProjection } from '../src/projections/debt-cases/debt-cases.projection.js';
import { MEASURES } from '../src/projections/district-counts/case-counts.js';
import { DistrictCountsProjection } from '../src/projections/district-counts/district-counts.projection.js';
import { advanceCheckpoint, readCheckpoints, resumeCheckpoint } from '../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../src/projections/runner/projection-runner.js';
import { citizenIdOf } from '../test/support/debt-generator.js';
import { now, sample, sleep, type Sample } from './measure.js';
import { sealStoredEvents } from '../src/personal-data/keys/seal-log/seal-stored-events.js';

/** The keyring and codec of personal data as the service opens them, under a master key made for this run. */
export function benchCodec(pool: pg.Pool): { keyring: Keyring; codec: PersonalDataCodec } {
  const keyring = new Keyring(pool, deriveMasterKeys(randomBytes(32)), { keysDurableWithTheLog: true });
  return { keyring, codec: new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE) };
}

const CASE_LIST_PROJECTIONS = () => [new DebtCasesProjection(), new DistrictCountsProjection()];

/**
 * The debt case list and the district counts, their tables emptied and their checkpoints set at `from`, caught up by
 * a ProjectionRunner (batches of 2,000, as the service runs it) reading `store` until both checkpoints are the head:
 * events/s over the events after `from`.
 */
export async function caseListCatchUpRun(pool: pg.Pool, store: EventStore, from: LogPosition = START_OF_LOG): Promise<Sample> {
  const projections = CASE_LIST_PROJECTIONS();
  await pool.query('TRUNCATE debt_cases, district_count_cases');
  await pool.query(`UPDATE district_counts SET ${MEASURES.map((m) => `${m.column} = 0`).join(', ')}`);
  const client = await pool.connect();
  try {
    for (const { name } of projections) {
      await client.query('DELETE FROM projection_checkpoints WHERE name = $1', [name]);
      await resumeCheckpoint(client, name);
      await advanceCheckpoint(client, name, from);
    }
  } finally {
    client.release();
  }
  const head = await store.head(from);
  const errors: unknown[] = [];
  const runner = new ProjectionRunner(pool, store, projections, { pollMs: 10, onError: (_, error) => errors.push(error) });
  const startedAt = now();
  runner.start();
  try {
    for (;;) {
      const checkpoints = await readCheckpoints(pool);
      const atHead = projections.every(({ name }) => {
        const at = checkpoints.get(name)?.position;
        return at?.transactionId === head.position.transactionId && at.globalPosition === head.position.globalPosition;
      });
      if (atHead) return sample(head.eventsAfter, startedAt);
      if (errors.length > 0) throw new Error(`case list catch-up failed: ${String(errors[0])}`);
      await sleep(20);
    }
  } finally {
    await runner.stop();
  }
}

/** Debtors `first` … `first + count - 1` (citizenIdOf(n)) erased with eraseSubject by `workers` callers side by side. */
export async function erasureRun(shredder: Shredder, first: number, count: number, workers: number): Promise<Sample & { streams: number }> {
  let next = first;
  let streams = 0;
  const startedAt = now();
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < first + count) {
      const n = next++;
      const outcome = await shredder.eraseSubject(citizenIdOf(n), { kind: 'RETENTION', reference: 'bench' });
      if (outcome.streams.length === 0) throw new Error(`debtor ${n} had no keys to erase`);
      streams += outcome.streams.length;
    }
  }));
  return { ...sample(count, startedAt), streams };
}

/**
 * The database's own ceiling for rewriting what a run of seal-log rewrites: every event of the catalogue's types still
 * plain, its data written back as it is in one statement, rolled back (no reading in Node, no sealing, no receipt).
 */
export async function rewriteCeilingRun(pool: pg.Pool, types: readonly string[]): Promise<Sample> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const started = performance.now();
    const { rowCount } = await client.query(
      `UPDATE events SET data = data WHERE type = ANY($1::text[]) AND NOT jsonb_path_exists(data, 'strict $.**."$sealed"')`, [types]);
    const seconds = (performance.now() - started) / 1000;
    await client.query('ROLLBACK');
    return { rate: (rowCount ?? 0) / seconds, count: rowCount ?? 0, seconds };
  } finally {
    client.release();
  }
}

/** One run of `personal-data seal-log` (sealStoredEvents, batches of 2,000) over the log: events rewritten a second. */
export async function sealLogRun(pool: pg.Pool, codec: PersonalDataCodec, types: readonly string[]): Promise<Sample & { read: number }> {
  const started = performance.now();
  const run = await sealStoredEvents(pool, codec, types);
  const seconds = (performance.now() - started) / 1000;
  return { rate: run.eventsSealed / seconds, count: run.eventsSealed, seconds, read: run.eventsRead };
}
