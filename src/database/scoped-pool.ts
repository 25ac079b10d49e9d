import pg from 'pg';
import { currentRequestScope } from './request-scope.js';

/** Connections that are the request role for their whole life; only RequestScope uses them. */
export const REQUEST_POOL = Symbol('RequestPool');

/**
 * What the read side of the service injects as PG_POOL. Inside an HTTP request, `query()` runs in the
 * request's transaction as REQUEST_ROLE with the reader's area scope, so row-level security decides what
 * comes back; outside any request (projections, timers, the CLI, tests driving services directly) it runs
 * on the owner's pool. A transaction of one's own inside a request must say whose it is: the owner's pool
 * (OWNER_POOL) for the service's writes, so `connect()` is refused there.
 *
 * A subclass of pg.Pool, so that every query function typed for a pool takes it; it never opens a
 * connection of its own.
 */
export class ScopedPool extends pg.Pool {
  constructor(private readonly owner: pg.Pool) {
    super({ max: 1 });
  }

  // One implementation for pg.Pool's overloads: the scope's transaction or the owner's pool answers.
  override query(...args: any[]): any {
    const scope = currentRequestScope();
    if (scope) return scope.query(...args);
    return (this.owner.query as (...a: unknown[]) => unknown)(...args);
  }

  override connect(...args: any[]): any {
    if (currentRequestScope()) {
      throw new Error('a transaction inside a request runs on OWNER_POOL (the service writing) or in the request scope (reading)');
    }
    return (this.owner.connect as (...a: unknown[]) => unknown)(...args);
  }

  override async end(): Promise<void> {
    // The owner's pool and the request pool are closed by whoever opened them.
  }
}
