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
      expect(await migrate(late.pool, MIGRATIONS.filter((m) => m.version !== 132 && m.version !== 188))).not.toContain(132);
      expect(await migrate(late.pool)).toEqual([132, 188]);
      const { rows } = await late.pool.query(`SELECT relrowsecurity AS rls, has_table_privilege('damrong_request', oid, 'SELECT') AS readable,
        (SELECT count(*)::int FROM pg_policies WHERE tablename = 'complaint_statistics_rollups') AS policies
        FROM pg_class WHERE oid = 'complaint_statistics_rollups'::regclass`);
      expect(rows[0]).toEqual({ rls: true, readable: true, policies: 1 });
    } finally {
      await late.drop();
    }
  });
});
