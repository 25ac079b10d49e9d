import type pg from 'pg';
import { MIGRATIONS_TABLE, postgratorOn } from './migrate.js';

/** OK: ran, its file unchanged; CHANGED: its file differs from what ran; PENDING: not run; NO FILE: ran, its file is gone. */
export type MigrationState = 'OK' | 'CHANGED' | 'PENDING' | 'NO FILE';

export interface MigrationStatus {
  version: number;
  name: string;
  ranAt: Date | null;
  state: MigrationState;
}

/**
 * Every migration's standing in this database, by version: the files beside the code (or `pattern`'s) against
 * Postgrator's records of what ran, each with the MD5 its file had then. Reads only: runs and changes nothing.
 */
export async function migrationStatus(pool: pg.Pool, pattern?: string): Promise<MigrationStatus[]> {
  const files = (await postgratorOn(pool, pattern).getMigrations()).filter((m) => m.action === 'do');
  const { rows: [{ found }] } = await pool.query(`SELECT to_regclass($1) IS NOT NULL AS found`, [MIGRATIONS_TABLE]);
  const { rows: ran } = found
    ? await pool.query<{ version: string; name: string | null; md5: string | null; run_at: Date | null }>(`SELECT version, name, md5, run_at FROM ${MIGRATIONS_TABLE}`)
    : { rows: [] };
  const records = new Map(ran.map((r) => [Number(r.version), r]));
  const statuses: MigrationStatus[] = files.map((file) => {
    const record = records.get(file.version);
    const state = !record ? 'PENDING' : record.md5 === file.md5 ? 'OK' : 'CHANGED';
    return { version: file.version, name: file.name, ranAt: record?.run_at ?? null, state };
  });
  const known = new Set(files.map((f) => f.version));
  for (const [version, record] of records) {
    if (!known.has(version)) statuses.push({ version, name: record.name ?? '', ranAt: record.run_at, state: 'NO FILE' });
  }
  return statuses.sort((a, b) => a.version - b.version);
}
