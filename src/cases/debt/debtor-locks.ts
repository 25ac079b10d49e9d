import type pg from 'pg';
import { AdvisoryLocks, AdvisoryLockSession } from '../../database/advisory-locks.js';

/** The lock name of each debtor (by citizen id). */
const namesOf = (citizenIds: readonly string[]) => citizenIds.map((id) => `debtor:${id}`);

/**
 * A connection holding debtors' locks (advisory-locks.ts) keyed by citizen id, so that for one debtor the duplicate
 * check, the decision and the append of a command run one at a time, across every process of the fleet. A debtor
 * locked twice is unlocked twice. Closing releases whatever is still held.
 */
export class DebtorLockSession {
  private constructor(private readonly session: AdvisoryLockSession) {}

  static async open(pool: pg.Pool): Promise<DebtorLockSession> {
    return new DebtorLockSession(await AdvisoryLockSession.open(pool));
  }

  get db(): pg.PoolClient {
    return this.session.db;
  }

  /** Waits until every one of the debtors is this session's. */
  lock(citizenIds: readonly string[]): Promise<void> {
    return this.session.lock(namesOf(citizenIds));
  }

  unlock(citizenIds: readonly string[]): Promise<void> {
    return this.session.unlock(namesOf(citizenIds));
  }

  close(): Promise<void> {
    return this.session.close();
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
