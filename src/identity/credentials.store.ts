import type { FailureRecord } from './sign-in-policy.js';
import type { Queryable } from './staff-accounts.store.js';

/** What sign-in needs of an account's credentials; never leaves the identity slice. */
export interface Credentials extends FailureRecord {
  accountId: string;
  passwordHash: string;
  mustChangePassword: boolean;
}

const SELECT = `SELECT c.account_id, c.password_hash, c.must_change_password, c.failed_attempts, c.not_before, c.locked_until
  FROM staff_credentials c`;

const toCredentials = (r: Record<string, any>): Credentials => ({
  accountId: r.account_id, passwordHash: r.password_hash, mustChangePassword: r.must_change_password,
  failedAttempts: r.failed_attempts, notBefore: r.not_before, lockedUntil: r.locked_until,
});

/** Stores a new account's first (one-time) password; false when the account has credentials already. */
export async function insertCredentials(db: Queryable, accountId: string, passwordHash: string, at: Date): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO staff_credentials (account_id, password_hash, must_change_password, password_set_at)
     VALUES ($1, $2, true, $3) ON CONFLICT (account_id) DO NOTHING`,
    [accountId, passwordHash, at],
  );
  return result.rowCount === 1;
}

export async function credentialsOfCitizen(db: Queryable, citizenId: string): Promise<Credentials | undefined> {
  const { rows } = await db.query(`${SELECT} JOIN staff_accounts a USING (account_id) WHERE a.citizen_id = $1`, [citizenId]);
  return rows[0] && toCredentials(rows[0]);
}

export async function credentialsOfAccount(db: Queryable, accountId: string): Promise<Credentials | undefined> {
  const { rows } = await db.query(`${SELECT} WHERE c.account_id = $1`, [accountId]);
  return rows[0] && toCredentials(rows[0]);
}

/** The account's credentials, locked until the transaction ends (one change or failure count at a time). */
export async function credentialsForUpdate(db: Queryable, accountId: string): Promise<Credentials | undefined> {
  const { rows } = await db.query(`${SELECT} WHERE c.account_id = $1 FOR UPDATE`, [accountId]);
  return rows[0] && toCredentials(rows[0]);
}

export async function recordFailures(db: Queryable, accountId: string, record: FailureRecord): Promise<void> {
  await db.query(
    'UPDATE staff_credentials SET failed_attempts = $2, not_before = $3, locked_until = $4 WHERE account_id = $1',
    [accountId, record.failedAttempts, record.notBefore, record.lockedUntil],
  );
}

/** A right password: the run of failures ends; a hash made with older parameters may be replaced. */
export async function clearFailures(db: Queryable, accountId: string, rehashed?: string): Promise<void> {
  await db.query(
    `UPDATE staff_credentials SET failed_attempts = 0, not_before = NULL, locked_until = NULL,
       password_hash = COALESCE($2, password_hash) WHERE account_id = $1`,
    [accountId, rehashed ?? null],
  );
}

/** A new password: the holder's own (mustChange false) or a one-time one from an administrator. */
export async function setPassword(db: Queryable, accountId: string, passwordHash: string, mustChange: boolean, at: Date): Promise<void> {
  await db.query(
    `UPDATE staff_credentials SET password_hash = $2, must_change_password = $3, password_set_at = $4,
       failed_attempts = 0, not_before = NULL, locked_until = NULL WHERE account_id = $1`,
    [accountId, passwordHash, mustChange, at],
  );
}
