import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPool } from '../src/database/database.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { migrate } from '../src/database/migrate.js';

export interface BenchServer {
  adminUrl: string;
  kind: 'embedded' | 'external';
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a durable embedded server in a fresh temp folder, removed at the end. */
export async function openServer(): Promise<BenchServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { adminUrl: external, kind: 'external', stop: async () => undefined };
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-bench-'));
  const removeDir = () => fs.rm(dataDir, { recursive: true, force: true });
  try {
    const server = await startEmbeddedPostgres({ dataDir, ephemeral: false });
    return {
      adminUrl: server.adminUrl,
      kind: 'embedded',
      async stop() {
        await server.stop().catch(() => undefined);
        await removeDir();
      },
    };
  } catch (error) {
    await removeDir();
    throw error;
  }
}

export interface BenchDatabase {
  name: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh `damrong_bench_<random>` database, migrated; `drop` closes the pool and drops it. */
export async function createBenchDatabase(adminUrl: string, poolSize: number): Promise<BenchDatabase> {
  const name = `damrong_bench_${randomBytes(5).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = createPool(url.toString(), poolSize);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await pool.end().catch(() => undefined);
    await asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await migrate(pool);
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, pool, drop };
}
