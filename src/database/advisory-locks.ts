import pg from 'pg';

/** The lock key of each name, once each, in key order: sessions taking several never wait on each other in a circle. */
const KEYS = `SELECT DISTINCT hashtextextended(name, 0) AS key FROM unnest($1::text[]) AS name ORDER BY key`;
const LOCK = `SELECT count(pg_advisory_lock(key)) FROM (${KEYS}) AS keys`;
const UNLOCK = `SELECT count(pg_advisory_unlock(key)) FROM (${KEYS}) AS keys`;

/**
 * A connection holding named locks: PostgreSQL session advisory locks keyed by a hash of each name (`debtor:<citizen
 * id>`, `complaint-complainant:<citizen id>`), so that whatever holds a name runs one at a time across every process
 * of the fleet. A name locked twice is unlocked twice. Closing releases whatever is still held.
 */
export class AdvisoryLockSession {
  private constructor(readonly db: pg.PoolClient) {}

  static async open(pool: pg.Pool): Promise<AdvisoryLockSession> {
    return new AdvisoryLockSession(await pool.connect());
  }

  /** Waits until every one of the names is this session's. */
  async lock(names: readonly string[]): Promise<void> {
    if (names.length > 0) await this.db.query(LOCK, [names]);
  }

  async unlock(names: readonly string[]): Promise<void> {
    if (names.length > 0) await this.db.query(UNLOCK, [names]);
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
 * Named locks for the service's commands, on a small pool of their own: a command waiting for a lock holds a
 * connection meanwhile, and must never hold one that its own append, or anyone else, needs. A session lock, not a
 * transaction's: the append it guards runs on another connection, in the event store's own transaction. The pool is
 * in pg's pipeline mode (a statement is written without waiting for the answers before it), so that a read can go
 * out with the lock (readingHeld).
 */
export class AdvisoryLocks {
  private readonly pool: pg.Pool;

  constructor(owner: pg.Pool, size = 4) {
    this.pool = new pg.Pool({ ...owner.options, max: size, pipeline: true });
    this.pool.on('error', () => undefined);
  }

  /** Runs `work` holding the named locks, on the connection that holds them; releases them however it ends. */
  async holding<T>(names: readonly string[], work: (db: pg.ClientBase) => Promise<T>): Promise<T> {
    const session = await AdvisoryLockSession.open(this.pool);
    try {
      await session.lock(names);
      return await work(session.db);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `read` and then `work` with what it read, holding the named locks throughout; releases them however it ends.
   * `read`'s statements are written on the connection right behind the lock, in the same round trip: the server runs
   * them once it holds the locks, each in a snapshot taken then, so they see whatever was committed under the locks
   * before. `work` starts once both the locks and the read are there.
   */
  async readingHeld<R, T>(names: readonly string[], read: (db: pg.ClientBase) => Promise<R>, work: (read: R) => Promise<T>): Promise<T> {
    const session = await AdvisoryLockSession.open(this.pool);
    try {
      const [, value] = await Promise.all([session.lock(names), read(session.db)]);
      return await work(value);
    } finally {
      await session.close();
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
