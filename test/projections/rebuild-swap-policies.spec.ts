import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { ProjectionRebuilder } from '../../src/projections/rebuild/projection-rebuilder.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * A rebuild's swap moves the live tables to damrong_previous. A policy of another table that named a moved table in
 * a subquery followed it there (bound by oid), and the next swap of the same projection failed to drop it (2BP01):
 * the payments' policy named monthly_returns so until migration 1072.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('swapping rebuilt tables that another table\'s policy reads', () => {
  it('swaps monthly-returns twice in a row, and leaves no policy bound to the tables it moved away', async () => {
    const rebuilder = new ProjectionRebuilder(db.pool, new PostgresEventStore(db.pool), allProjections());
    for (let swap = 1; swap <= 2; swap++) {
      const run = await (await rebuilder.start({ names: ['monthly-returns'], mode: 'REBUILD', acceptDifferences: false, requestedBy: 'test' })).done;
      expect(run.error).toBeNull();
      expect(run.parts.map((p) => [p.projection, p.swapped])).toEqual([['monthly-returns', true]]);
    }
    const { rows } = await db.pool.query(
      `SELECT p.polname, own.relname AS policy_of, c.relname AS reads
       FROM pg_depend d JOIN pg_policy p ON d.classid = 'pg_policy'::regclass AND d.objid = p.oid
       JOIN pg_class c ON c.oid = d.refobjid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class own ON own.oid = p.polrelid JOIN pg_namespace own_n ON own_n.oid = own.relnamespace
       WHERE n.nspname = 'damrong_previous' AND own_n.nspname <> 'damrong_previous'`);
    expect(rows).toEqual([]);
  });
});
