import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool } from '../../src/database/database.js';
import { migrate } from '../../src/database/migrate.js';

export interface TestDatabase {
  pool: pg.Pool;
  url: string;
  drop(): Promise<void>;
}

export function adminUrl(): string {
  const url = process.env.DAMRONG_TEST_ADMIN_URL;
  if (!url) throw new Error('DAMRONG_TEST_ADMIN_URL is not set: run the tests through npm test');
  return url;
}

/** A fresh, migrated database of its own for one test file, dropped at the end. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `damrong_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const pool = createPool(url.toString(), 40);
  if (options.migrated !== false) await migrate(pool);
  return {
    pool,
    url: url.toString(),
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
