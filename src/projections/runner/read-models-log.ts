import type pg from 'pg';
import type { EventStoreKind } from '../../config/config.js';
import { inTransaction } from '../../database/transaction.js';
import { DomainError } from '../../shared/domain-error.js';

/** The service's log is another than the one the read models' checkpoints point into. */
export class ReadModelsFromAnotherLogError extends DomainError {
  constructor(readonly builtFrom: string, readonly configured: EventStoreKind) {
    super(
      'READ_MODELS_FROM_ANOTHER_LOG',
      `ข้อมูลสรุปสร้างจากบันทึกเหตุการณ์ ${builtFrom} แต่ระบบตั้งค่า EVENT_STORE=${configured}: `
        + `สร้างใหม่ด้วย npm run cli -- projections rebuild --all ก่อนเริ่มระบบ`,
      `The read models were built from the ${builtFrom} event log but EVENT_STORE=${configured}: `
        + `rebuild them with \`npm run cli -- projections rebuild --all\` before starting the service`,
      'EVENT_STORE',
    );
  }
}

/**
 * At start-up: the read models follow the configured log. A database with no read model yet, or whose projections
 * have read nothing, takes the configured log; one built from another log is refused (its checkpoints would be
 * read as positions of this one, skipping or repeating events without a word).
 */
export async function claimReadModelsLog(pool: pg.Pool, configured: EventStoreKind): Promise<void> {
  await inTransaction(pool, async (tx) => {
    await tx.query('LOCK TABLE read_models_event_log IN SHARE ROW EXCLUSIVE MODE');
    const { rows: [row] } = await tx.query<{ event_log: string; followed: boolean }>(
      `SELECT event_log, EXISTS (SELECT 1 FROM projection_checkpoints WHERE global_position > 0) AS followed FROM read_models_event_log`,
    );
    if (row && row.event_log !== configured && row.followed) throw new ReadModelsFromAnotherLogError(row.event_log, configured);
    if (row?.event_log !== configured) await setLog(tx, configured);
  });
}

/** After every projection was rebuilt and swapped in from the configured log. */
export async function markReadModelsLog(db: pg.Pool | pg.ClientBase, configured: EventStoreKind): Promise<void> {
  await setLog(db, configured);
}

const setLog = (db: pg.Pool | pg.ClientBase, log: EventStoreKind) => db.query(
  `INSERT INTO read_models_event_log (event_log) VALUES ($1)
     ON CONFLICT (only_row) DO UPDATE SET event_log = EXCLUDED.event_log, since = now()`,
  [log],
);
