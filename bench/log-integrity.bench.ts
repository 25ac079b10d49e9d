import type pg from 'pg';
import { verifyHashChains } from '../src/eventstore/integrity/hash-chain.verify.js';
import { now, sample, type Sample } from './measure.js';

/**
 * Runs `work` with the events' hash trigger (migration 600) off and the column nullable: the append as it was before
 * the chain of hashes. The events it wrote (on streams of their own) are deleted after it, so the log stays chained.
 */
export async function withoutHashes<T>(pool: pg.Pool, work: () => Promise<T>): Promise<T> {
  await pool.query('ALTER TABLE events DISABLE TRIGGER events_hash, ALTER COLUMN hash DROP NOT NULL');
  try {
    return await work();
  } finally {
    await pool.query('DELETE FROM events WHERE hash IS NULL');
    await pool.query('ALTER TABLE events ENABLE TRIGGER events_hash, ALTER COLUMN hash SET NOT NULL');
  }
}

/** `verify log`'s chain check over the whole log: events re-hashed per second (none may be broken). */
export async function verifyLogRun(pool: pg.Pool): Promise<Sample> {
  const startedAt = now();
  const { checked, broken } = await verifyHashChains(pool);
  if (broken.length > 0) throw new Error(`the bench's log has ${broken.length} broken links`);
  return sample(checked, startedAt);
}
