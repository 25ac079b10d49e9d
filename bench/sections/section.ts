import type pg from 'pg';
import type { Row } from '../report.js';

/** One part of `npm run bench`: it gets a fresh database of its own and answers rows and notes. */
export interface BenchSection {
  name: string;
  run(pool: pg.Pool): Promise<{ rows: Row[]; notes: string[] }>;
}

/** Environment settings shared by the sections: BENCH_RUNS (default 3) repeats each timed measure. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
