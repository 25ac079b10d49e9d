import type pg from 'pg';
import { newSessionToken, tokenDigest } from '../sessions/session-tokens.js';
import type { PendingSignIn } from './dopa-issuer.js';
import type { FilerIdentity } from './filer-identity.js';

/** A filer's session as it stands: who, and until when. */
export interface FilerSession {
  citizenId: string;
  name: string | null;
  expiresAt: Date;
}

/** Sign-ins begun at D.DOPA and filers' sessions, on the owner's pool (the request role reads neither). */
export class FilerSessions {
  constructor(private readonly pool: pg.Pool) {}

  async savePending(pending: PendingSignIn, expiresAt: Date): Promise<void> {
    await this.pool.query(
      'INSERT INTO filer_sign_in_requests (state, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4)',
      [pending.state, pending.nonce, pending.codeVerifier, expiresAt],
    );
  }

  /** The sign-in begun with this state, taken once (a replayed callback finds nothing); undefined once expired. */
  async takePending(state: string, now: Date): Promise<PendingSignIn | undefined> {
    const { rows } = await this.pool.query<{ state: string; nonce: string; code_verifier: string; live: boolean }>(
      `WITH taken AS (DELETE FROM filer_sign_in_requests WHERE state = $1 RETURNING *),
            expired AS (DELETE FROM filer_sign_in_requests WHERE expires_at <= $2)
       SELECT state, nonce, code_verifier, expires_at > $2 AS live FROM taken`, [state, now]);
    const row = rows[0];
    return row?.live ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier } : undefined;
  }

  /** A new session for the filer; its token is answered once, only its SHA-256 kept. */
  async open(filer: FilerIdentity, now: Date, expiresAt: Date): Promise<string> {
    const token = newSessionToken();
    await this.pool.query(
      `INSERT INTO filer_sessions (token_sha256, citizen_id, name, issuer, subject, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tokenDigest(token), filer.citizenId, filer.name, filer.issuer, filer.subject, now, expiresAt],
    );
    return token;
  }

  async find(token: string, now: Date): Promise<FilerSession | undefined> {
    const { rows } = await this.pool.query<{ citizen_id: string; name: string | null; expires_at: Date }>(
      'SELECT citizen_id, name, expires_at FROM filer_sessions WHERE token_sha256 = $1 AND ended_at IS NULL AND expires_at > $2',
      [tokenDigest(token), now]);
    return rows[0] && { citizenId: rows[0].citizen_id, name: rows[0].name, expiresAt: rows[0].expires_at };
  }

  async end(token: string, now: Date): Promise<void> {
    await this.pool.query('UPDATE filer_sessions SET ended_at = $2 WHERE token_sha256 = $1 AND ended_at IS NULL', [tokenDigest(token), now]);
  }
}
