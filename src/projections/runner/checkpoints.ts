import type pg from 'pg';
import type { LogPosition, StoredEvent } from '../../eventstore/event-store.port.js';
import { errorLogLine } from '../../shared/error-log-line.js';

export interface CheckpointRow {
  name: string;
  position: LogPosition;
  state: 'RUNNING' | 'FAILED';
  lastError: string | null;
  failedEventId: string | null;
  failedPosition: string | null;
  updatedAt: Date;
}

const SELECT = `SELECT name, transaction_id::text AS transaction_id, global_position, state, last_error,
  failed_event_id, failed_position, updated_at FROM projection_checkpoints`;

function toRow(r: Record<string, any>): CheckpointRow {
  return {
    name: r.name,
    position: { transactionId: BigInt(r.transaction_id), globalPosition: BigInt(r.global_position) },
    state: r.state,
    lastError: r.last_error,
    failedEventId: r.failed_event_id,
    failedPosition: r.failed_position,
    updatedAt: r.updated_at,
  };
}

/** Reads a projection's checkpoint, creating it at the start of the log; a failed one is set running again. */
export async function resumeCheckpoint(db: pg.ClientBase, name: string): Promise<CheckpointRow> {
  await db.query('INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
  await db.query(`UPDATE projection_checkpoints SET state = 'RUNNING', updated_at = now() WHERE name = $1 AND state = 'FAILED'`, [name]);
  const { rows } = await db.query(`${SELECT} WHERE name = $1`, [name]);
  return toRow(rows[0]);
}

export async function readCheckpoints(db: pg.Pool | pg.ClientBase): Promise<Map<string, CheckpointRow>> {
  const { rows } = await db.query(SELECT);
  return new Map(rows.map((r) => [r.name as string, toRow(r)]));
}

/** A projection's checkpoint position alone. */
export async function readCheckpoint(db: pg.ClientBase, name: string): Promise<LogPosition | undefined> {
  const { rows } = await db.query('SELECT transaction_id::text AS xid, global_position::text AS gp FROM projection_checkpoints WHERE name = $1', [name]);
  return rows[0] && { transactionId: BigInt(rows[0].xid), globalPosition: BigInt(rows[0].gp) };
}

/** Every projection's checkpoint position, by name. */
export async function readCheckpointPositions(db: pg.ClientBase): Promise<Map<string, LogPosition>> {
  const { rows } = await db.query('SELECT name, transaction_id::text AS xid, global_position::text AS gp FROM projection_checkpoints');
  return new Map(rows.map((r) => [r.name as string, { transactionId: BigInt(r.xid), globalPosition: BigInt(r.gp) }]));
}

export async function advanceCheckpoint(tx: pg.ClientBase, name: string, position: LogPosition): Promise<void> {
  await tx.query(
    `UPDATE projection_checkpoints SET transaction_id = $2::text::xid8, global_position = $3, state = 'RUNNING',
       last_error = NULL, failed_event_id = NULL, failed_position = NULL, updated_at = now() WHERE name = $1`,
    [name, position.transactionId.toString(), position.globalPosition.toString()],
  );
}

export async function recordFailure(db: pg.ClientBase, name: string, event: StoredEvent, error: unknown): Promise<void> {
  // The event by its type, stream and version; the error as a log line (its class and frames, never its message,
  // which may repeat the event's values: projectionStatus shows it to the centre's operators).
  await db.query(
    `UPDATE projection_checkpoints SET state = 'FAILED', last_error = $2, failed_event_id = $3, failed_position = $4,
       updated_at = now() WHERE name = $1`,
    [name, `${event.type} ${event.streamId}@${event.version}: ${errorLogLine(error)}`, event.eventId, event.position.globalPosition.toString()],
  );
}
