import type pg from 'pg';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { advanceCheckpoint } from '../runner/checkpoints.js';
import type { Projection } from '../runner/projection.js';
import { swapLockKey } from '../runner/projection-runner.js';
import { nothingToUndo, rebuildRunning } from './rebuild-errors.js';
import { REBUILD_LOCK, releaseRebuildLock } from './rebuild-runs.js';
import { liveCheckpoints } from './shadow-catch-up.js';
import { columnsOf, ident, liveSchema, moveTable, PREVIOUS_SCHEMA, qualified, SHADOW_SCHEMA } from './shadow-tables.js';

export interface UndoneSwap {
  projection: string;
  /** The checkpoint now: where the tables brought back stood; the runner applies the log from there. */
  position: LogPosition;
}

/**
 * Swaps a projection's tables kept in damrong_previous back in, and the live ones out to damrong_previous, with
 * the checkpoint set to where the tables brought back stood (the runner catches them up). Undoing again swaps
 * back. Refused when a rebuild runs, when nothing was kept, or when the tables changed shape since (a migration).
 */
export async function undoRebuild(pool: pg.Pool, projection: Projection, onSwapped?: (projection: string) => void): Promise<UndoneSwap> {
  const client = await pool.connect();
  try {
    const { rows: [held] } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [REBUILD_LOCK]);
    if (!held.locked) throw rebuildRunning();
    const live = await liveSchema(client);
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [swapLockKey(projection.name)]);
    const { rows: [kept] } = await client.query(
      'SELECT transaction_id::text AS xid, global_position::text AS gp FROM projection_previous_tables WHERE projection = $1 FOR UPDATE',
      [projection.name],
    );
    if (!kept) throw nothingToUndo(projection.name, 'no rebuild of it was swapped in');
    for (const table of projection.tables) {
      const previous = await columnsOf(client, PREVIOUS_SCHEMA, table);
      if (previous.length === 0) throw nothingToUndo(projection.name, `the table ${table} was not kept`);
      if (previous.join('\n') !== (await columnsOf(client, live, table)).join('\n')) {
        throw nothingToUndo(projection.name, `the table ${table} changed its columns since the swap`);
      }
    }
    const current = (await liveCheckpoints(client, [projection.name])).get(projection.name)!.position;
    const back: LogPosition = { transactionId: BigInt(kept.xid), globalPosition: BigInt(kept.gp) };
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(SHADOW_SCHEMA)}`);
    for (const table of projection.tables) {
      await client.query(`DROP TABLE IF EXISTS ${qualified(SHADOW_SCHEMA, table)}`);
      await moveTable(client, live, table, SHADOW_SCHEMA);
      await moveTable(client, PREVIOUS_SCHEMA, table, live);
      await moveTable(client, SHADOW_SCHEMA, table, PREVIOUS_SCHEMA);
    }
    await advanceCheckpoint(client, projection.name, back);
    await client.query(
      `UPDATE projection_previous_tables SET transaction_id = $2::text::xid8, global_position = $3, swapped_at = now() WHERE projection = $1`,
      [projection.name, current.transactionId.toString(), current.globalPosition.toString()],
    );
    await client.query('COMMIT');
    onSwapped?.(projection.name);
    return { projection: projection.name, position: back };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await releaseRebuildLock(client);
  }
}
