import { hkdfSync } from 'node:crypto';
import type pg from 'pg';
import { open, seal } from '../../personal-data/keys/envelope.js';
import type { CitizenIndex } from '../accounts/staff-accounts.store.js';
import { newSessionToken, tokenDigest } from '../sessions/session-tokens.js';
import type { PendingSignIn } from './dopa-issuer.js';
import { cookieOf, FILER_SESSION_COOKIE } from './filer-cookies.js';
import { filerErrors } from './filer-errors.js';
import type { FilerIdentity } from './filer-identity.js';

/** A filer's session as it stands: who, and until when. */
export interface FilerSession {
  citizenId: string;
  name: string | null;
  /** D.DOPA's subject for the person: the actor a filer's events record (`filer:<subject>`), not their citizen id. */
  subject: string;
  expiresAt: Date;
}

/** What a session keeps of the filer, sealed: the citizen id and the name. */
interface SealedFiler {
  citizenId: string;
  name: string | null;
}

/**
 * The key a session's filer is sealed under: derived (HKDF-SHA-256) from the session's token, which only the filer's
 * cookie holds (the table keeps the token's SHA-256, from which this key cannot be had), so the database alone, or with
 * the master key, never opens a session's citizen id or name.
 */
const sessionKey = (token: string): Buffer => Buffer.from(hkdfSync('sha256', Buffer.from(token, 'utf8'), 'damrong filer session', 'filer', 32));
const SEALED_AS = 'filer-session';

/**
 * Sign-ins begun at D.DOPA and filers' sessions, on the owner's pool (the request role reads neither). A session's row
 * keeps the filer's citizen id and name only sealed under a key of its token (AES-256-GCM), and the citizen id's blind
 * index (the keyring's), by which an erasure of the person ends their sessions (endSessionsOfSubject).
 */
export class FilerSessions {
  constructor(private readonly pool: pg.Pool, private readonly citizenIndex: CitizenIndex) {}

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

  /** A new session for the filer; its token is answered once, only its SHA-256 kept, the filer sealed under it. */
  async open(filer: FilerIdentity, now: Date, expiresAt: Date): Promise<string> {
    const token = newSessionToken();
    const sealed: SealedFiler = { citizenId: filer.citizenId, name: filer.name };
    await this.pool.query(
      `INSERT INTO filer_sessions (token_sha256, citizen_index, filer_sealed, issuer, subject, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tokenDigest(token), this.citizenIndex(filer.citizenId), seal(sessionKey(token), SEALED_AS, Buffer.from(JSON.stringify(sealed), 'utf8')),
        filer.issuer, filer.subject, now, expiresAt],
    );
    return token;
  }

  async find(token: string, now: Date): Promise<FilerSession | undefined> {
    const { rows } = await this.pool.query<{ filer_sealed: Buffer; subject: string; expires_at: Date }>(
      'SELECT filer_sealed, subject, expires_at FROM filer_sessions WHERE token_sha256 = $1 AND ended_at IS NULL AND expires_at > $2',
      [tokenDigest(token), now]);
    if (!rows[0]) return undefined;
    const filer = JSON.parse(open(sessionKey(token), SEALED_AS, rows[0].filer_sealed).toString('utf8')) as SealedFiler;
    return { citizenId: filer.citizenId, name: filer.name, subject: rows[0].subject, expiresAt: rows[0].expires_at };
  }

  /** The live session a request's cookies carry, if any. */
  async current(cookieHeader: string | string[] | undefined, now: Date): Promise<FilerSession | undefined> {
    const token = cookieOf(cookieHeader, FILER_SESSION_COOKIE);
    return token ? this.find(token, now) : undefined;
  }

  /** The live session a request's cookies carry; none is FILER_NOT_SIGNED_IN, as every filer's read and filing answers. */
  async signedIn(cookieHeader: string | string[] | undefined, now: Date): Promise<FilerSession> {
    const session = await this.current(cookieHeader, now);
    if (!session) throw filerErrors.notSignedIn();
    return session;
  }

  /**
   * Deletes the sessions that expired or were ended before `before`, and the sign-ins begun at D.DOPA that expired
   * (PDPA: a citizen id is kept no longer than the session needs it); how many sessions it deleted.
   */
  async purgeBefore(before: Date): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `WITH pending AS (DELETE FROM filer_sign_in_requests WHERE expires_at <= $1),
            sessions AS (DELETE FROM filer_sessions WHERE expires_at <= $1 OR ended_at <= $1 RETURNING 1)
       SELECT count(*)::int AS n FROM sessions`, [before]);
    return rows[0].n;
  }

  async end(token: string, now: Date): Promise<void> {
    await this.pool.query('UPDATE filer_sessions SET ended_at = $2 WHERE token_sha256 = $1 AND ended_at IS NULL', [tokenDigest(token), now]);
  }
}

/** Ends every live session of the person of this blind index (their personal data erased); how many it ended. */
export async function endSessionsOfSubject(db: Pick<pg.Pool, 'query'>, citizenIndex: Buffer, now: Date): Promise<number> {
  const { rowCount } = await db.query('UPDATE filer_sessions SET ended_at = $2 WHERE citizen_index = $1 AND ended_at IS NULL', [citizenIndex, now]);
  return rowCount ?? 0;
}
