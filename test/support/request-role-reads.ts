import { afterAll, beforeAll } from '@jest/globals';
import type pg from 'pg';
import { createRequestPool } from '../../src/database/database.js';
import { RequestScope, type ScopeSettings, withRequestScope } from '../../src/database/request-scope.js';
import { ScopedPool } from '../../src/database/scoped-pool.js';
import type { TestApp } from './test-app.js';

/** Reads as the request role makes them, with the resolvers left out: row-level security alone decides what comes back. */
export interface RequestRoleReads {
  /** The pool the read models' queries take (PG_POOL): inside `inScope`, each statement in its request transaction. */
  readonly facade: ScopedPool;
  /** Runs `work` in a request transaction of the request role with these settings, as a request would. */
  inScope<T>(settings: ScopeSettings, work: () => Promise<T>): Promise<T>;
}

/**
 * Request-role reads for the tests of the describe block it is called in, on a request pool of `connections` opened
 * before them and closed after; `app` is the test app, started by then.
 */
export function requestRoleReads(app: () => TestApp, connections: number): RequestRoleReads {
  let requestPool: pg.Pool;
  let facade: ScopedPool;
  beforeAll(() => {
    requestPool = createRequestPool(app().db.requestUrl, connections);
    facade = new ScopedPool(app().db.pool);
  });
  afterAll(() => requestPool.end());
  return {
    get facade() {
      return facade;
    },
    async inScope(settings, work) {
      const scope = new RequestScope(requestPool);
      try {
        return await withRequestScope(scope, () => {
          scope.setScope(settings);
          return work();
        });
      } finally {
        await scope.finish();
      }
    },
  };
}
