import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrate } from '../../src/database/migrate.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const versionOf = (file: string) => Number(path.basename(file).split('.')[0]);
/** Every .sql file under src, by its path from src, lowest version first. */
const FILES = fs.readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.sql'))
  .sort((a, b) => versionOf(a) - versionOf(b));
const VERSIONS = FILES.map(versionOf);

let db: TestDatabase;
let tmp: string;
beforeAll(async () => {
  db = await createTestDatabase({ migrated: false });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'damrong-migrations-'));
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await db.drop();
});

/** A folder of migrations of a test's own, beside the slices'. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), sql);
  return path.join(dir, '*.sql');
}

describe('migration files', () => {
  it('each sit in the migrations folder of a slice, named <4-digit version>.do.<kebab-case name>.sql, with versions unique', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(26);
    const misplaced = FILES.filter((f) => !/^[a-z-]+(\/[a-z-]+)*\/migrations\/\d{4}\.do\.[a-z0-9]+(-[a-z0-9]+)*\.sql$/.test(f));
    expect(misplaced).toEqual([]);
    expect(new Set(VERSIONS).size).toBe(VERSIONS.length);
  });
});

describe('migrations', () => {
  it('run once each, in order, and are safe to run again, also concurrently', async () => {
    const runs = await Promise.all([migrate(db.pool), migrate(db.pool), migrate(db.pool)]);
    expect(runs.flat().sort((a, b) => a - b)).toEqual(VERSIONS);
    expect(runs.filter((run) => run.length > 0)).toEqual([VERSIONS]);
    expect(await migrate(db.pool)).toEqual([]);
    const { rows } = await db.pool.query('SELECT version::int, md5 FROM schemaversion ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(VERSIONS);
    expect(rows.filter((r) => !/^[0-9a-f]{32}$/.test(r.md5))).toEqual([]);
    const unique = await db.pool.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'u'`);
    expect(unique.rows.map((r) => r.conname).sort()).toEqual(['events_event_id_unique', 'events_stream_version_unique']);
  });

  it('leave nothing behind of a migration that fails', async () => {
    const broken = folder('broken', { '0999.do.broken.sql': 'CREATE TABLE half_done (x int); SELECT nonsense' });
    await expect(migrate(db.pool, { pattern: broken })).rejects.toThrow('migration 999 (broken) failed');
    const { rows } = await db.pool.query(`SELECT to_regclass('half_done') AS t, (SELECT count(*)::int FROM schemaversion WHERE version = 999) AS n`);
    expect(rows[0]).toEqual({ t: null, n: 0 });
  });

  it('refuse to run anything once a migration that ran was edited, naming it in one line', async () => {
    const pattern = folder('edited', { '0997.do.first.sql': 'CREATE TABLE edited_once (x int);' });
    expect(await migrate(db.pool, { pattern })).toEqual([997]);
    fs.writeFileSync(path.join(tmp, 'edited', '0997.do.first.sql'), 'CREATE TABLE edited_once (x int, y int);');
    fs.writeFileSync(path.join(tmp, 'edited', '0998.do.later.sql'), 'CREATE TABLE run_later (x int);');
    const refusal = await migrate(db.pool, { pattern }).then(() => undefined, (error: Error) => error.message);
    expect(refusal).toMatch(/^migration 997 \(.*edited\/0997\.do\.first\.sql\) was edited after it ran .*a change is a new version$/);
    expect(refusal).not.toContain('\n');
    const { rows } = await db.pool.query(`SELECT to_regclass('run_later') AS later,
      (SELECT array_agg(version::int ORDER BY version) FROM schemaversion WHERE version BETWEEN 991 AND 999) AS recorded`);
    expect(rows[0]).toEqual({ later: null, recorded: [997] });
  });

  it('take over a database the earlier runner made (schema_migrations) and run none of its versions again', async () => {
    const old = await createTestDatabase({ migrated: false });
    try {
      // What the earlier runner left: every migration's SQL but 188's run, each recorded by version and name,
      // and a version from a branch not merged here.
      await old.pool.query(`CREATE TABLE schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      for (const file of FILES.filter((f) => versionOf(f) !== 188)) {
        await old.pool.query(fs.readFileSync(path.join('src', file), 'utf8'));
        await old.pool.query(`INSERT INTO schema_migrations VALUES ($1, 'old name', '2025-01-02T03:04:05Z')`, [versionOf(file)]);
      }
      await old.pool.query(`INSERT INTO schema_migrations VALUES (205, 'from another branch', '2025-01-02T03:04:05Z')`);

      expect(await migrate(old.pool)).toEqual([188]);
      expect(await migrate(old.pool)).toEqual([]);
      const { rows } = await old.pool.query(`SELECT version::int, name, md5 IS NOT NULL AS checked, run_at = '2025-01-02T03:04:05Z' AS kept
        FROM schemaversion WHERE version IN (110, 188, 205) ORDER BY version`);
      expect(rows).toEqual([
        { version: 110, name: 'district-counts', checked: true, kept: true },
        { version: 188, name: 'area-scope-of-the-rollups-whatever-the-order', checked: true, kept: false },
        { version: 205, name: 'from another branch', checked: false, kept: true },
      ]);
      const gone = await old.pool.query(`SELECT to_regclass('schema_migrations') AS t, (SELECT count(*)::int FROM district_counts) AS districts`);
      expect(gone.rows[0]).toEqual({ t: null, districts: 928 });
      await old.pool.query(`UPDATE schemaversion SET md5 = 'edited' WHERE version = 110`);
      await expect(migrate(old.pool)).rejects.toThrow(/^migration 110 \(.*0110\.do\.district-counts\.sql\) was edited after it ran/);
    } finally {
      await old.drop();
    }
  });

  it('put the complaint statistics roll-ups under row-level security also where 187 ran before 132 existed', async () => {
    const late = await createTestDatabase({ migrated: false });
    try {
      // 133, 134, 188 and 770 came after 132, so such a database ran none of them.
      expect(await migrate(late.pool, { except: [132, 133, 134, 188, 770] })).not.toContain(132);
      expect(await migrate(late.pool)).toEqual([132, 133, 134, 188, 770]);
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
      await migrate(late.pool, { except: [133, 134, 770] });
      await late.pool.query(`
        INSERT INTO complaint_statistics_cases VALUES ('c-1', '2025-01-01', '7001', '70', 'REQUEST_HELP', 'RECEIVED', NULL, NULL, 1);
        INSERT INTO complaint_statistics VALUES ('2025-01-01', '7001', '70', 'REQUEST_HELP', 1, 1, 0, 0);
        INSERT INTO complaint_statistics_rollups VALUES ('2025-01-01', '', '', 1, 1, 0, 0);
        INSERT INTO complaint_month_end VALUES ('2025-01-01', '7001', '70', 'REQUEST_HELP', 1, 1, 1, 0, 0);
        INSERT INTO projection_checkpoints (name) VALUES ('complaint-statistics'), ('complaint-list')`);
      expect(await migrate(late.pool)).toEqual([133, 134, 770]);
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
      await migrate(late.pool, { except: [134, 770] });
      await late.pool.query(`
        INSERT INTO complaint_statistics_cases VALUES ('c-1', '2025-01-01', '7001', '70', 'REQUEST_HELP', 'CLOSED', NULL, NULL, 2);
        INSERT INTO complaint_statistics VALUES ('2025-01-01', '7001', '70', 'REQUEST_HELP', 1, 0, 0, 1);
        INSERT INTO complaint_statistics_rollups VALUES ('2025-01-01', '', '', 1, 0, 0, 1);
        INSERT INTO complaint_month_end VALUES ('2025-01-01', '7001', '70', 'REQUEST_HELP', 1, 1, 0, 0, 1);
        INSERT INTO complaint_month_end_frozen VALUES ('2025-01-01', '2025-02-01T00:00:00+07:00');
        INSERT INTO projection_checkpoints (name) VALUES ('complaint-statistics'), ('complaint-list')`);
      expect(await migrate(late.pool)).toEqual([134, 770]);
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

  it('count the complaint statistics again from the log\'s start when 770 keeps where complaints were received, month ends listing no corrections', async () => {
    const late = await createTestDatabase({ migrated: false });
    try {
      await migrate(late.pool, { except: [770] });
      await late.pool.query(`
        INSERT INTO complaint_statistics_cases VALUES ('c-1', '2025-01-01', '7001', '70', 'REQUEST_HELP', 'RECEIVED', NULL, NULL, 1, NULL);
        INSERT INTO complaint_month_end_frozen (month, frozen_at, counts_solved) VALUES ('2025-01-01', '2025-02-01T00:00:00+07:00', true);
        INSERT INTO projection_checkpoints (name) VALUES ('complaint-statistics'), ('complaint-list')`);
      expect(await migrate(late.pool)).toEqual([770]);
      const { rows } = await late.pool.query(`SELECT (SELECT count(*)::int FROM complaint_statistics_cases) AS cases,
        (SELECT array_agg(name ORDER BY name) FROM projection_checkpoints) AS checkpoints,
        (SELECT counts_corrections FROM complaint_month_end_frozen) AS counts_corrections,
        (SELECT relrowsecurity AND has_table_privilege('damrong_request', oid, 'SELECT') FROM pg_class
          WHERE oid = 'complaint_month_end_correction'::regclass) AS scoped`);
      expect(rows[0]).toEqual({ cases: 0, checkpoints: ['complaint-list'], counts_corrections: false, scoped: true });
    } finally {
      await late.drop();
    }
  });
});
