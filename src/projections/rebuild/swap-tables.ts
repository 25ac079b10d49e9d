import type pg from 'pg';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';
import { ident, moveTable, PREVIOUS_SCHEMA, qualified, SHADOW_SCHEMA } from './shadow-tables.js';

/**
 * In the caller's transaction (holding the projection's swap lock): the live tables to damrong_previous, replacing
 * the ones kept by the projection's previous swap, the rebuilt ones live, and the position `at` the replaced
 * tables stood at, for an undo. Indexes, constraints, policies, grants and owned sequences move with each table.
 */
export async function swapIn(client: pg.ClientBase, projection: Projection, live: string, at: LogPosition, rebuildId: string): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(PREVIOUS_SCHEMA)}`);
  for (const table of projection.tables) {
    await client.query(`DROP TABLE IF EXISTS ${qualified(PREVIOUS_SCHEMA, table)}`);
    await moveTable(client, live, table, PREVIOUS_SCHEMA);
    await moveTable(client, SHADOW_SCHEMA, table, live);
  }
  await client.query(
    `INSERT INTO ${qualified(live, 'projection_previous_tables')} (projection, transaction_id, global_position, rebuild_id)
     VALUES ($1, $2::text::xid8, $3, $4)
     ON CONFLICT (projection) DO UPDATE SET transaction_id = excluded.transaction_id, global_position = excluded.global_position,
       swapped_at = now(), rebuild_id = excluded.rebuild_id`,
    [projection.name, at.transactionId.toString(), at.globalPosition.toString(), rebuildId],
  );
}
