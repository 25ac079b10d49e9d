import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import Postgrator from 'postgrator';

/**
 * Every slice's migrations, `<slice>/migrations/<version>.do.<name>.sql` anywhere under src/ (dist/ once built),
 * found from this module's own place so that the same pattern holds under jest, swc-node and `node dist/main.js`.
 */
const MIGRATION_PATTERN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '**', 'migrations', '*.sql');

/** Postgrator's table: version, name, md5 of the file, run_at. */
export const MIGRATIONS_TABLE = 'schemaversion';
const TABLE = MIGRATIONS_TABLE;
const LOCK_KEY = 'damrong:migrations';

export interface MigrateOptions {
  /** Versions to leave pending, for tests that make a database as an earlier release left it. */
  except?: readonly number[];
  /** Where the migrations are; every slice's by default. */
  pattern?: string;
}

/**
 * Runs the migrations this database has not run, lowest version first, each with its record in one transaction,
 * under an advisory lock so that replicas starting together run each once; refuses to start when a migration that
 * ran was edited since (its MD5 differs). A version below one that ran still runs (ranges are merged in any order),
 * which Postgrator's own migrate() would skip. The pool's statement and idle-transaction timeouts are lifted for
 * the run and restored after it. Returns the versions run.
 */
export async function migrate(pool: pg.Pool, options: MigrateOptions = {}): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0');
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [LOCK_KEY]);
    const postgrator = postgratorOn(client, options.pattern);
    const migrations = (await postgrator.getMigrations()).filter((m) => m.action === 'do');
    await inTransaction(client, () => adoptFirstRunner(client, migrations));
    await validate(postgrator);
    const { rows } = await client.query<{ version: string }>(`SELECT version FROM ${TABLE}`);
    const done = new Set(rows.map((r) => Number(r.version)));
    const pending = migrations
      .filter((m) => !done.has(m.version) && !options.except?.includes(m.version))
      .sort((a, b) => a.version - b.version);
    for (const migration of pending) {
      await inTransaction(client, () => postgrator.runMigrations([migration])).catch((error: Error) => {
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${error.message}`);
      });
    }
    return pending.map((m) => m.version);
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_KEY]).catch(() => undefined);
    const restored = await client.query('RESET statement_timeout; RESET idle_in_transaction_session_timeout').then(() => undefined, (error: Error) => error);
    client.release(restored);
  }
}

/** The versions of the migration files found (`pattern`: every slice's by default), lowest first. */
export async function migrationVersions(pattern = MIGRATION_PATTERN): Promise<number[]> {
  const postgrator = new Postgrator({
    driver: 'pg', migrationPattern: pattern, schemaTable: TABLE, newline: 'LF',
    execQuery: () => Promise.reject(new Error('migrationVersions reads the files only')),
  });
  return (await postgrator.getMigrations()).filter((m) => m.action === 'do').map((m) => m.version).sort((a, b) => a - b);
}

/** Of `versions`, those the database has not run (a replica started on newer files than the database has). */
export async function pendingMigrations(pool: pg.Pool, versions: readonly number[]): Promise<number[]> {
  const { rows } = await pool.query<{ version: string }>(`SELECT version FROM ${TABLE}`);
  const done = new Set(rows.map((r) => Number(r.version)));
  return versions.filter((version) => !done.has(version));
}

/** Postgrator over the migrations `pattern` finds (every slice's by default), its checksums as `migrate` takes them. */
export function postgratorOn(client: pg.ClientBase | pg.Pool, pattern = MIGRATION_PATTERN): Postgrator {
  return new Postgrator({
    driver: 'pg', migrationPattern: pattern, schemaTable: TABLE, newline: 'LF', execQuery: (sql) => client.query(sql),
  });
}

/**
 * Makes Postgrator's table (as its migrate() would) and takes over the versions the earlier runner recorded in
 * `schema_migrations`, with the checksums of their files as they are, so that a database it made runs none again.
 */
async function adoptFirstRunner(client: pg.PoolClient, migrations: Postgrator.Migration[]): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (version bigint PRIMARY KEY, name text, md5 text, run_at timestamptz)`);
  const { rows } = await client.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS found`);
  if (!rows[0].found) return;
  await client.query(`INSERT INTO ${TABLE} (version, name, md5, run_at)
    SELECT old.version, coalesce(file.name, old.name), file.md5, old.applied_at
    FROM schema_migrations old LEFT JOIN unnest($1::bigint[], $2::text[], $3::text[]) AS file (version, name, md5) USING (version)
    ON CONFLICT (version) DO NOTHING`,
  [migrations.map((m) => m.version), migrations.map((m) => m.name), migrations.map((m) => m.md5)]);
  await client.query('DROP TABLE schema_migrations');
}

/** Postgrator's checksum check, its message made to name the file and say what to do instead. */
async function validate(postgrator: Postgrator): Promise<void> {
  let checking: Postgrator.Migration | undefined;
  postgrator.on('validation-started', (migration) => { checking = migration; });
  try {
    await postgrator.validateMigrations(await postgrator.getDatabaseVersion());
  } catch (error) {
    if (!checking || !(error as Error).message.startsWith('MD5 checksum failed')) throw error;
    throw new Error(`migration ${checking.version} (${path.relative(process.cwd(), checking.filename)}) was edited after it ran `
      + `(${(error as Error).message}): a migration that has run is never edited, a change is a new version`);
  }
}

async function inTransaction<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
