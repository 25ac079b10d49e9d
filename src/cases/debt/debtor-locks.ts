import type pg from 'pg';
import { AdvisoryLocks, AdvisoryLockSession } from '../../database/advisory-locks.js';

/** The lock name of each debtor (by citizen id). */
const namesOf = (citizenIds: readonly string[]) => citizenIds.map((id) => `debtor:${id}`);

/**
 * A connection holding debtors' locks (advisory-locks.ts) keyed by citizen id, so that for one debtor the duplicate
 * check, the decision and the append of a command run one at a time, across every process of the fleet. A debtor
 * locked twice is unlocked twice. Closing releases whatever is still held. Its statements run one after another, in
 * the order asked (an unlock asked while a lock waits runs after it): never two at once on the connection.
 */
export class DebtorLockSession {
  /** The last statement asked for: the next one waits for it. */
  private turn: Promise<unknown> = Promise.resolve();

  private constructor(private readonly session: AdvisoryLockSession) {}

  static async open(pool: pg.Pool): Promise<DebtorLockSession> {
    return new DebtorLockSession(await AdvisoryLockSession.open(pool));
  }

  /** Waits until every one of the debtors is this session's, then reads (on the connection) what they hold. */
  lockAndRead<T>(citizenIds: readonly string[], read: (db: pg.ClientBase) => Promise<T>): Promise<T> {
    return this.next(async () => {
      await this.session.lock(namesOf(citizenIds));
      return read(this.session.db);
    });
  }

  /** Takes the import's own lock (a name of its own) on the connection: released when the session closes. */
  query(sql: string): Promise<unknown> {
    return this.next(() => this.session.db.query(sql));
  }

  unlock(citizenIds: readonly string[]): Promise<void> {
    return this.next(() => this.session.unlock(namesOf(citizenIds)));
  }

  close(): Promise<void> {
    return this.next(() => this.session.close());
  }

  private next<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work, work);
    this.turn = result.catch(() => undefined);
    return result;
  }
}

/** Debtor locks for the service's commands, on a small pool of their own (AdvisoryLocks). */
export class DebtorLocks {
  private readonly locks: AdvisoryLocks;

  constructor(owner: pg.Pool, size = 4) {
    this.locks = new AdvisoryLocks(owner, size);
  }

  /** Runs `work` holding the debtors' locks, on the connection that holds them; releases them however it ends. */
  holding<T>(citizenIds: readonly string[], work: (db: pg.ClientBase) => Promise<T>): Promise<T> {
    return this.locks.holding(namesOf(citizenIds), work);
  }

  end(): Promise<void> {
    return this.locks.end();
  }
}
