import { forgetAt, NEW_PAIR, type LockoutPolicy, type PairRecord } from './sign-in-policy.js';
import type { Queryable } from '../accounts/staff-accounts.store.js';

// The rows of sign_in_pairs (migration 230), one per user name and client address block, keyed by an HMAC of the block
// under the user name's blind index (migration 1083; SignInThrottle).

const toRecord = (r: Record<string, any>): PairRecord => ({
  failedAttempts: r.failed_attempts, notBefore: r.not_before, lockedUntil: r.locked_until,
  lastFailureAt: r.last_failure_at, signedInAt: r.signed_in_at,
});

const COLUMNS = 'failed_attempts, not_before, locked_until, last_failure_at, signed_in_at';

/** The pair's record as it stands, without a lock (an empty one for a pair never seen). */
export async function pairRecord(db: Queryable, digest: Buffer): Promise<PairRecord> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM sign_in_pairs WHERE pair_digest = $1`, [digest]);
  return rows[0] ? toRecord(rows[0]) : NEW_PAIR;
}

/** The pair's record, locked until the transaction ends; a pair seen first gets an empty row to lock. */
export async function pairForUpdate(tx: Queryable, digest: Buffer, now: Date): Promise<PairRecord> {
  await tx.query(
    'INSERT INTO sign_in_pairs (pair_digest, failed_attempts, forget_at) VALUES ($1, 0, $2) ON CONFLICT (pair_digest) DO NOTHING',
    [digest, now],
  );
  const { rows } = await tx.query(`SELECT ${COLUMNS} FROM sign_in_pairs WHERE pair_digest = $1 FOR UPDATE`, [digest]);
  return toRecord(rows[0]);
}

export async function savePair(db: Queryable, digest: Buffer, record: PairRecord, policy: LockoutPolicy): Promise<void> {
  await db.query(
    `INSERT INTO sign_in_pairs (pair_digest, failed_attempts, not_before, locked_until, last_failure_at, signed_in_at, forget_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (pair_digest) DO UPDATE SET failed_attempts = EXCLUDED.failed_attempts, not_before = EXCLUDED.not_before,
       locked_until = EXCLUDED.locked_until, last_failure_at = EXCLUDED.last_failure_at, signed_in_at = EXCLUDED.signed_in_at,
       forget_at = EXCLUDED.forget_at`,
    [digest, record.failedAttempts, record.notBefore, record.lockedUntil, record.lastFailureAt, record.signedInAt, forgetAt(record, policy)],
  );
}

/** Drops the rows that say nothing any more (no run of failures to remember, no address to know). */
export async function dropForgottenPairs(db: Queryable, now: Date): Promise<void> {
  await db.query('DELETE FROM sign_in_pairs WHERE forget_at <= $1', [now]);
}
