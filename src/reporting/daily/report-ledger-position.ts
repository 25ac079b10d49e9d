import type pg from 'pg';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { REPORT_LEDGER_PROJECTION } from '../ledger/report-ledger.projection.js';
import { comparePositions } from './daily-report.assemble.js';

type Db = pg.Pool | pg.ClientBase;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How far the report ledger projection has applied the log (the start of the log before its first batch). */
export async function ledgerPosition(db: Db): Promise<{ position: LogPosition; failed: string | null }> {
  const { rows } = await db.query(
    `SELECT transaction_id::text AS xid, global_position, state, last_error FROM projection_checkpoints WHERE name = $1`,
    [REPORT_LEDGER_PROJECTION],
  );
  const row = rows[0];
  if (!row) return { position: { transactionId: 0n, globalPosition: 0n }, failed: null };
  return {
    position: { transactionId: BigInt(row.xid), globalPosition: BigInt(row.global_position) },
    failed: row.state === 'FAILED' ? String(row.last_error) : null,
  };
}

/** Resolves once the ledger has applied the log up to `target`; throws on a stopped projection, a cancel or the timeout. */
export async function ledgerCaughtUp(db: Db, target: LogPosition, timeoutMs: number, cancelled = () => false): Promise<void> {
  for (const until = Date.now() + timeoutMs; ;) {
    if (cancelled()) throw new Error('the freeze was cancelled: the service is stopping');
    const { position, failed } = await ledgerPosition(db);
    if (failed) throw new Error(`the report ledger projection stopped: ${failed}`);
    if (comparePositions(position, target) >= 0) return;
    if (Date.now() > until) throw new Error(`the report ledger has not reached position ${target.transactionId}/${target.globalPosition}`);
    await sleep(50);
  }
}

/** The position of the last ledger row recorded before the instant, for a freeze made after a missed cut-off. */
export async function lastPositionRecordedBefore(db: Db, instant: Date): Promise<LogPosition | undefined> {
  const { rows } = await db.query(
    `SELECT transaction_id::text AS xid, global_position FROM mediation_report_ledger WHERE at < $1
     ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    [instant],
  );
  return rows[0] && { transactionId: BigInt(rows[0].xid), globalPosition: BigInt(rows[0].global_position) };
}
