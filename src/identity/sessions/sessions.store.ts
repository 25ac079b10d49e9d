import type { Queryable } from '../accounts/staff-accounts.store.js';

/** Why a session ended: the code its next request is answered with. */
export type SessionEnd = 'SIGNED_OUT' | 'ACCOUNT_SUSPENDED' | 'SESSION_REVOKED' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET';

export interface SessionRow {
  accountId: string;
  officeKey: string;
  level: string;
  mustChangePassword: boolean;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedReason: SessionEnd | null;
}

export interface NewSession {
  digest: Buffer;
  accountId: string;
  officeKey: string;
  level: string;
  clientAddress: string | null;
  at: Date;
  expiresAt: Date;
}

export async function createSession(db: Queryable, s: NewSession): Promise<void> {
  await db.query(
    `INSERT INTO staff_sessions (token_digest, account_id, office_key, level, client_address, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7)`,
    [s.digest, s.accountId, s.officeKey, s.level, s.clientAddress, s.at, s.expiresAt],
  );
}

/** The session with its account's must-change flag, in one read. */
export async function findSession(db: Queryable, digest: Buffer): Promise<SessionRow | undefined> {
  const { rows } = await db.query(
    `SELECT s.account_id, s.office_key, s.level, s.last_seen_at, s.expires_at, s.revoked_at, s.revoked_reason,
            c.must_change_password
     FROM staff_sessions s JOIN staff_credentials c USING (account_id) WHERE s.token_digest = $1`,
    [digest],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    accountId: r.account_id, officeKey: r.office_key, level: r.level, mustChangePassword: r.must_change_password,
    lastSeenAt: r.last_seen_at, expiresAt: r.expires_at, revokedReason: r.revoked_at ? (r.revoked_reason ?? 'SIGNED_OUT') : null,
  };
}

export async function touchSession(db: Queryable, digest: Buffer, at: Date): Promise<void> {
  await db.query('UPDATE staff_sessions SET last_seen_at = $2 WHERE token_digest = $1 AND last_seen_at < $2', [digest, at]);
}

export async function revokeSession(db: Queryable, digest: Buffer, reason: SessionEnd, at: Date): Promise<void> {
  await db.query(
    'UPDATE staff_sessions SET revoked_at = $2, revoked_reason = $3 WHERE token_digest = $1 AND revoked_at IS NULL',
    [digest, at, reason],
  );
}

/** Ends every open session of the account, but the one given (a password change keeps its own session). */
export async function revokeAccountSessions(
  db: Queryable, accountId: string, reason: SessionEnd, at: Date, except?: Buffer,
): Promise<void> {
  await db.query(
    `UPDATE staff_sessions SET revoked_at = $2, revoked_reason = $3
     WHERE account_id = $1 AND revoked_at IS NULL AND ($4::bytea IS NULL OR token_digest <> $4)`,
    [accountId, at, reason, except ?? null],
  );
}

/** An account event as findSessionWithAccount reads it. */
export interface AccountEventRow { version: number; eventId: string; type: string; data: unknown }

/**
 * The session with its account's must-change flag, and the events of its account's stream (the PostgreSQL event
 * log's `events` table, in the same database) after `afterVersion` when the session is `knownAccountId`'s, all of
 * them otherwise: one statement, one round trip. `knownAccountId` null reads the whole stream.
 */
export async function findSessionWithAccount(
  db: Queryable, digest: Buffer, knownAccountId: string | null, afterVersion: number,
): Promise<{ session: SessionRow; events: AccountEventRow[] } | undefined> {
  const { rows } = await db.query({
    name: 'damrong_session_with_account',
    text: `SELECT s.account_id, s.office_key, s.level, s.last_seen_at, s.expires_at, s.revoked_at, s.revoked_reason,
              c.must_change_password, e.version, e.event_id, e.type, e.data
       FROM staff_sessions s JOIN staff_credentials c USING (account_id)
       LEFT JOIN LATERAL (
         SELECT version, event_id::text, type, data FROM events
         WHERE stream_id = 'account-' || s.account_id
           AND version > CASE WHEN s.account_id = $2::text THEN $3::int ELSE 0 END
         ORDER BY version
       ) e ON true
       WHERE s.token_digest = $1`,
    values: [digest, knownAccountId, afterVersion],
  });
  const r = rows[0];
  if (!r) return undefined;
  return {
    session: {
      accountId: r.account_id, officeKey: r.office_key, level: r.level, mustChangePassword: r.must_change_password,
      lastSeenAt: r.last_seen_at, expiresAt: r.expires_at, revokedReason: r.revoked_at ? (r.revoked_reason ?? 'SIGNED_OUT') : null,
    },
    events: rows.filter((row) => row.version !== null).map((row) => ({ version: row.version, eventId: row.event_id, type: row.type, data: row.data })),
  };
}
