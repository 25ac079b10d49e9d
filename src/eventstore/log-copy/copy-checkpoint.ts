import type pg from 'pg';
import { START_OF_LOG, type LogPosition } from '../event-store.port.js';

/** Where a copy to one target stands: the source position of the last event the target is known to hold. */
export interface CopyCheckpoint {
  read(): Promise<LogPosition>;
  save(position: LogPosition): Promise<void>;
}

/** The checkpoint of the copy to `target` (a name: `kurrentdb`), a row of log_copy_checkpoints (migration 700). */
export function postgresCopyCheckpoint(pool: pg.Pool, target: string): CopyCheckpoint {
  return {
    async read() {
      const { rows } = await pool.query<{ transaction_id: string; global_position: string }>(
        'SELECT transaction_id::text, global_position::text FROM log_copy_checkpoints WHERE target = $1', [target]);
      if (rows.length === 0) return START_OF_LOG;
      return { transactionId: BigInt(rows[0].transaction_id), globalPosition: BigInt(rows[0].global_position) };
    },
    async save(position) {
      await pool.query(
        `INSERT INTO log_copy_checkpoints (target, transaction_id, global_position) VALUES ($1, $2, $3)
         ON CONFLICT (target) DO UPDATE SET transaction_id = $2, global_position = $3, updated_at = now()`,
        [target, position.transactionId.toString(), position.globalPosition.toString()]);
    },
  };
}
