import pg from 'pg';

/** The lock key of each debtor (by citizen id), once each, in key order: sessions taking several never wait on each other in a circle. */
const KEYS = `SELECT DISTINCT hashtextextended('debtor:' || id, 0) AS key FROM unnest($1::text[]) AS id ORDER BY key`;
const LOCK = `SELECT count(pg_advisory_lock(key)) FROM (${KEYS}) AS keys`;
const UNLOCK = `SELECT count(pg_advisory_unlock(key)) FROM (${KEYS}) AS keys`;

/**
 * A connection holding debtors' locks: PostgreSQL session advisory locks keyed by citizen id, so that for one
 * debtor the duplicate check, the decision and the append of a command run one at a time, across every process
 * of the fleet. A debtor locked twice is unlocked twice. Closing releases whatever is still held.
 */
export class DebtorLockSession {
  private constructor(readonly db: pg.PoolClient) {}

  static async open(pool: pg.Pool): Promise<DebtorLockSession> {
    return new DebtorLockSession(await pool.connect());
  }

  /** Waits until every one of the debtors is this session's. */
  async lock(citizenIds: readonly string[]): Promise<void> {
    if (citizenIds.length > 0) await this.db.query(LOCK, [citizenIds]);
  }

  async unlock(citizenIds: readonly string[]): Promise<void> {
    if (citizenIds.length > 0) await this.db.query(UNLOCK, [citizenIds]);
  }

  /** Releases every lock and returns the connection; a connection that cannot is closed, which releases them as well. */
  async close(): Promise<void> {
    try {
      await this.db.query('SELECT pg_advisory_unlock_all()');
      this.db.release();
    } catch (error) {
      this.db.release(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/**
 * Debtor locks for the service's commands, on a small pool of their own: a command waiting for a debtor's
 * lock holds a connection meanwhile, and must never hold one that its own append, or anyone else, needs.
 */
export class DebtorLocks {
  private readonly pool: pg.Pool;

  constructor(owner: pg.Pool, size = 4) {
    this.pool = new pg.Pool({ ...owner.options, max: size });
    this.pool.on('error', () => undefined);
  }

  /** Runs `work` holding the debtors' locks, on the connection that holds them; releases them however it ends. */
  async holding<T>(citizenIds: readonly string[], work: (db: pg.ClientBase) => Promise<T>): Promise<T> {
    const session = await DebtorLockSession.open(this.pool);
    try {
      await session.lock(citizenIds);
      return await work(session.db);
    } finally {
      await session.close();
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
