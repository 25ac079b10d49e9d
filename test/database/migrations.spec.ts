import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MIGRATIONS, migrate } from '../../src/database/migrations.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrated: false });
});
afterAll(() => db.drop());

describe('migrations', () => {
  it('run once each, in order, and are safe to run again, also concurrently', async () => {
    const runs = await Promise.all([migrate(db.pool), migrate(db.pool), migrate(db.pool)]);
    const versions = MIGRATIONS.map((m) => m.version).sort((a, b) => a - b);
    expect(runs.flat().sort((a, b) => a - b)).toEqual(versions);
    expect(await migrate(db.pool)).toEqual([]);
    const { rows } = await db.pool.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(versions);
    const unique = await db.pool.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'u'`);
    expect(unique.rows.map((r) => r.conname).sort()).toEqual(['events_event_id_unique', 'events_stream_version_unique']);
  });

  it('leave nothing behind of a migration that fails', async () => {
    const broken = [...MIGRATIONS, { version: 999, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT nonsense' }];
    await expect(migrate(db.pool, broken)).rejects.toThrow('migration 999 (broken) failed');
    const { rows } = await db.pool.query(`SELECT to_regclass('half_done') AS t, (SELECT count(*)::int FROM schema_migrations WHERE version = 999) AS n`);
    expect(rows[0]).toEqual({ t: null, n: 0 });
  });

  it('put the complaint statistics roll-ups under row-level security also where 187 ran before 132 existed', async () => {
    const late = await createTestDatabase({ migrated: false });
    try {
      // 133, 134 and 188 came after 132, so such a database ran none of them.
      expect(await migrate(late.pool, MIGRATIONS.filter((m) => ![132, 133, 134, 188].includes(m.version)))).not.toContain(132);
      expect(await migrate(late.pool)).toEqual([132, 133, 134, 188]);
      const { rows } = await late.pool.query(`SELECT relrowsecurity AS rls, has_table_privilege('damrong_request', oid, 'SELECT') AS readable,
        (SELECT count(*)::int FROM pg_policies WHERE tablename = 'complaint_statistics_rollups') AS policies
        FROM pg_class WHERE oid = 'complaint_statistics_rollups'::regclass`);
      expect(rows[0]).toEqual({ rls: true, readable: true, policies: 1 });
    } finally {
      await late.drop();
    }
  });

  it('count the complaint statistics again from the log\'s start when 133 attributes them to the holding office, keeping frozen month ends', async () => {
    const late = await createTestDatabase({ migrated: false });
    try {
      await migrate(late.pool, MIGRATIONS.filter((m) => m.version !== 133 && m.version !== 134));
      await late.pool.query(`
        INSERT INTO complaint_statistics_cases VALUES ('c-1', '2025-01-01', '7001', '70', 'REQUEST_HELP', 'RECEIVED', NULL, NULL, 1);
        INSERT INTO complaint_statistics VALUES ('2025-01-01', '7001', '70', 'REQUEST_HELP', 1, 1, 0, 0);
        INSERT INTO complaint_statistics_rollups VALUES ('2025-01-01', '', '', 1, 1, 0, 0);
        INSERT INTO complaint_month_end VALUES ('2025-01-01', '7001', '70', 'REQUEST_HELP', 1, 1, 1, 0, 0);
        INSERT INTO projection_checkpoints (name) VALUES ('complaint-statistics'), ('complaint-list')`);
      expect(await migrate(late.pool)).toEqual([133, 134]);
      const { rows } = await late.pool.query(`SELECT
        (SELECT count(*)::int FROM complaint_statistics) + (SELECT count(*)::int FROM complaint_statistics_cases)
          + (SELECT count(*)::int FROM complaint_statistics_rollups) AS statistics,
        (SELECT count(*)::int FROM complaint_month_end) AS month_end,
        (SELECT array_agg(name ORDER BY name) FROM projection_checkpoints) AS checkpoints,
        (SELECT bool_and(relrowsecurity) FROM pg_class WHERE relname IN ('complaint_statistics', 'complaint_month_end')) AS rls`);
      expect(rows[0]).toEqual({ statistics: 0, month_end: 1, checkpoints: ['complaint-list'], rls: true });
      // A province office's row and the centre's share the district '' in one month and category.
      for (const table of ['complaint_statistics', 'complaint_month_end']) {
        const figures = table === 'complaint_statistics' ? '1, 1, 0, 0, 0, 0' : '1, 1, 1, 0, 0';
        await late.pool.query(`INSERT INTO ${table} VALUES ('2025-02-01', '', '50', 'X', ${figures}), ('2025-02-01', '', 'CENTRAL', 'X', ${figures})`);
      }
    } finally {
      await late.drop();
    }
  });

  it('count the complaint statistics again from the log\'s start when 134 adds solved and set aside, keeping frozen month ends uncounted', async () => {
    const late = await createTestDatabase({ migrated: false });
    try {
      await migrate(late.pool, MIGRATIONS.filter((m) => m.version !== 134));
      await late.pool.query(`
        INSERT INTO complaint_statistics_cases VALUES ('c-1', '2025-01-01', '7001', '70', 'REQUEST_HELP', 'CLOSED', NULL, NULL, 2);
        INSERT INTO complaint_statistics VALUES ('2025-01-01', '7001', '70', 'REQUEST_HELP', 1, 0, 0, 1);
        INSERT INTO complaint_statistics_rollups VALUES ('2025-01-01', '', '', 1, 0, 0, 1);
        INSERT INTO complaint_month_end VALUES ('2025-01-01', '7001', '70', 'REQUEST_HELP', 1, 1, 0, 0, 1);
        INSERT INTO complaint_month_end_frozen VALUES ('2025-01-01', '2025-02-01T00:00:00+07:00');
        INSERT INTO projection_checkpoints (name) VALUES ('complaint-statistics'), ('complaint-list')`);
      expect(await migrate(late.pool)).toEqual([134]);
      const { rows } = await late.pool.query(`SELECT
        (SELECT count(*)::int FROM complaint_statistics) + (SELECT count(*)::int FROM complaint_statistics_cases)
          + (SELECT count(*)::int FROM complaint_statistics_rollups) AS statistics,
        (SELECT row_to_json(e) FROM (SELECT received, closed, solved, set_aside, counts_solved FROM complaint_month_end
          JOIN complaint_month_end_frozen USING (month)) e) AS month_end,
        (SELECT array_agg(name ORDER BY name) FROM projection_checkpoints) AS checkpoints,
        (SELECT bool_and(relrowsecurity AND has_table_privilege('damrong_request', oid, 'SELECT')) FROM pg_class WHERE relname IN
          ('complaint_statistics', 'complaint_statistics_cases', 'complaint_statistics_rollups', 'complaint_month_end')) AS scoped,
        (SELECT count(*)::int FROM pg_policies WHERE tablename IN
          ('complaint_statistics', 'complaint_statistics_cases', 'complaint_statistics_rollups', 'complaint_month_end')) AS policies`);
      expect(rows[0]).toEqual({
        statistics: 0, month_end: { received: 1, closed: 1, solved: 0, set_aside: 0, counts_solved: false },
        checkpoints: ['complaint-list'], scoped: true, policies: 4,
      });
    } finally {
      await late.drop();
    }
  });
});
