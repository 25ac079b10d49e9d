import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { APPEND } from '../src/eventstore/postgres/event-log.sql.js';
import type { Sample } from './measure.js';

/**
 * What this machine's PostgreSQL can do at all, measured by its own tools beside Damrong's figures of the same run:
 * pgbench's commits/s of a single-row INSERT and of Damrong's own append statement (one event, one commit each),
 * pgbench's client-side COPY, and pg_test_fsync's syncs/s. Found on PATH or in Debian's /usr/lib/postgresql/<n>/bin
 * (the npm embedded server ships neither); without them each says why it is missing.
 */
export interface Ceiling<T> { value?: T; missing?: string }

const run = promisify(execFile);

export function postgresTool(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => path.join(debian, v, 'bin', name)).find((file) => existsSync(file));
}

const urlOf = (pool: pg.Pool) => (pool as unknown as { options: { connectionString: string } }).options.connectionString;

/** Damrong's append statement with one event of a new stream, its parameters written out for pgbench. */
const damrongAppendScript = () => APPEND.text
  .replace(/\$1\b/g, "('pgbench-' || gen_random_uuid())")
  .replace(/\$2::uuid\[\]/g, 'ARRAY[gen_random_uuid()]')
  .replace(/\$3::text\[\]/g, "ARRAY['TallyIncremented']")
  .replace(/\$4::int\[\]/g, 'ARRAY[1]')
  .replace(/\$5::jsonb\[\]/g, `ARRAY['{"by": 1}'::jsonb]`)
  .replace(/\$6::jsonb\[\]/g, `ARRAY['{"actor": "bench:pgbench", "commandId": "c", "causationId": "c", "correlationId": "c"}'::jsonb]`)
  .replace(/\$7::int/g, '0')
  .replace(/\s+/g, ' ') + ';\n';

const singleRowScript = `INSERT INTO naive_events (stream_id, type, data, metadata) VALUES ('pgbench', 'TallyIncremented', '{"by": 1}', '{"actor": "bench:pgbench"}');\n`;

async function pgbench(pool: pg.Pool, script: string, clients: number, seconds: number): Promise<Ceiling<Sample>> {
  const tool = postgresTool('pgbench');
  if (!tool) return { missing: 'pgbench not found (Debian postgresql-client)' };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-pgbench-'));
  try {
    await fs.writeFile(path.join(dir, 'script.sql'), script);
    const { stdout } = await run(tool, ['-n', '-c', String(clients), '-j', String(Math.min(clients, os.cpus().length)),
      '-T', String(seconds), '-f', path.join(dir, 'script.sql'), urlOf(pool)]);
    const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
    const count = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1]);
    return Number.isFinite(tps) ? { value: { rate: tps, count, seconds } } : { missing: `pgbench said: ${stdout.slice(0, 200)}` };
  } catch (error) {
    return { missing: `pgbench failed: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Commits/s of a single-row INSERT into naive_events (the section creates it), `clients` at once. */
export const singleRowCeiling = (pool: pg.Pool, clients: number, seconds: number) => pgbench(pool, singleRowScript, clients, seconds);

/** Commits/s of Damrong's append statement, one event of a new stream a commit, through the log's triggers. */
export const appendStatementCeiling = (pool: pg.Pool, clients: number, seconds: number) => pgbench(pool, damrongAppendScript(), clients, seconds);

/** Rows/s of pgbench's client-side data generation, which loads pgbench_accounts with COPY (100,000 rows a scale). */
export async function copyCeiling(pool: pg.Pool, scale: number): Promise<Ceiling<Sample>> {
  const tool = postgresTool('pgbench');
  if (!tool) return { missing: 'pgbench not found (Debian postgresql-client)' };
  try {
    const { stderr } = await run(tool, ['-i', '-q', '-I', 'dtg', '-s', String(scale), urlOf(pool)]);
    const seconds = Number(/client-side generate ([\d.]+) s/.exec(stderr)?.[1]);
    const rows = scale * 100_000;
    return Number.isFinite(seconds) ? { value: { rate: rows / seconds, count: rows, seconds } } : { missing: `pgbench -i said: ${stderr.slice(0, 200)}` };
  } catch (error) {
    return { missing: `pgbench -i failed: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await pool.query('DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_tellers, pgbench_history');
  }
}

/** pg_test_fsync's fdatasync (Linux's default wal_sync_method) one-8kB-write syncs/s, in the system's temp folder. */
export async function fsyncCeiling(): Promise<Ceiling<number>> {
  const tool = postgresTool('pg_test_fsync');
  if (!tool) return { missing: 'pg_test_fsync not found (Debian postgresql)' };
  const file = path.join(os.tmpdir(), `damrong-fsync-${process.pid}`);
  try {
    const { stdout } = await run(tool, ['-s', '2', '-f', file]);
    const ops = Number(/^\s*fdatasync\s+([\d.]+) ops\/sec/m.exec(stdout)?.[1]);
    return Number.isFinite(ops) ? { value: ops } : { missing: 'pg_test_fsync printed no fdatasync line' };
  } catch (error) {
    return { missing: `pg_test_fsync failed: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await fs.rm(file, { force: true });
  }
}
