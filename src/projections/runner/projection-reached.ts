import type pg from 'pg';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { parseLogPosition, reached } from '../../eventstore/log-position-text.js';
import { DomainError } from '../../shared/domain-error.js';

const POLL_MS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const behind = () => new DomainError(
  'PROJECTION_BEHIND', 'รายการยังไม่ได้ปรับตามการบันทึกล่าสุด กรุณาลองใหม่อีกครั้งในอีกสักครู่',
  'The list has not caught up with that change yet; try again in a moment', 'afterPosition',
);

/** Where the projection's checkpoint stands, and whether it stopped at a failing event. */
async function checkpointOf(db: pg.Pool, name: string): Promise<{ position: LogPosition; failed: boolean } | undefined> {
  const { rows } = await db.query(
    'SELECT transaction_id::text AS xid, global_position::text AS gp, state FROM projection_checkpoints WHERE name = $1', [name],
  );
  return rows[0] && { position: { transactionId: BigInt(rows[0].xid), globalPosition: BigInt(rows[0].gp) }, failed: rows[0].state === 'FAILED' };
}

/**
 * Resolves once the projection has applied the log up to the position a client sent (`afterPosition`, a
 * mutation's answer), so that the read shows that change; nothing to wait for without one. PROJECTION_BEHIND
 * when it has not within `timeoutMs`, or has stopped at a failing event.
 */
export async function projectionReached(db: pg.Pool, name: string, afterPosition: string | null | undefined, timeoutMs: number): Promise<void> {
  if (afterPosition === null || afterPosition === undefined) return;
  const target = parseLogPosition(afterPosition, 'afterPosition');
  for (const until = Date.now() + timeoutMs; ;) {
    const checkpoint = await checkpointOf(db, name);
    if (checkpoint && reached(checkpoint.position, target)) return;
    if (checkpoint?.failed || Date.now() >= until) throw behind();
    await sleep(Math.min(POLL_MS, Math.max(0, until - Date.now())));
  }
}
