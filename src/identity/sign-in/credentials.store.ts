import type { Queryable } from '../accounts/staff-accounts.store.js';

/** What sign-in needs of an account's credentials; never leaves the identity slice. */
export interface Credentials {
  accountId: string;
  passwordHash: string;
  mustChangePassword: boolean;
}

const SELECT = 'SELECT c.account_id, c.password_hash, c.must_change_password FROM staff_credentials c';

const toCredentials = (r: Record<string, any>): Credentials => ({
  accountId: r.account_id, passwordHash: r.password_hash, mustChangePassword: r.must_change_password,
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

/** The credentials of the account whose holder's citizen id has this blind index (the id itself is never looked up). */
export async function credentialsOfCitizen(db: Queryable, citizenIndex: Buffer): Promise<Credentials | undefined> {
  const { rows } = await db.query(`${SELECT} JOIN staff_accounts a USING (account_id) WHERE a.citizen_index = $1`, [citizenIndex]);
  return rows[0] && toCredentials(rows[0]);
}

export async function credentialsOfAccount(db: Queryable, accountId: string): Promise<Credentials | undefined> {
  const { rows } = await db.query(`${SELECT} WHERE c.account_id = $1`, [accountId]);
  return rows[0] && toCredentials(rows[0]);
}

/** A right password whose hash was made with older parameters: the new hash of the same password replaces it. */
export async function replaceHash(db: Queryable, accountId: string, passwordHash: string): Promise<void> {
  await db.query('UPDATE staff_credentials SET password_hash = $2 WHERE account_id = $1', [accountId, passwordHash]);
}

/** A new password: the holder's own (mustChange false) or a one-time one from an administrator. */
export async function setPassword(db: Queryable, accountId: string, passwordHash: string, mustChange: boolean, at: Date): Promise<void> {
  await db.query(
    'UPDATE staff_credentials SET password_hash = $2, must_change_password = $3, password_set_at = $4 WHERE account_id = $1',
    [accountId, passwordHash, mustChange, at],
  );
}
