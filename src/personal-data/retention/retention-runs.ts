import type pg from 'pg';
import { RETENTION_RULE_NAMES, type RetentionRuleName } from './retention-rules.js';

export type RetentionRunState = 'RUNNING' | 'DONE' | 'FAILED';

/**
 * Per rule: case streams erased; expired ones skipped because a legal hold keeps them; expired ones with no key to
 * destroy (nothing of them sealed: a case type not sealed yet, or events written before sealing), tried again later.
 */
export type RetentionCounts = Record<RetentionRuleName, { erased: number; held: number; unsealed: number }>;

export interface RetentionRun {
  runId: string;
  /** schedule:<instant>, cli, or account:<id>. */
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  state: RetentionRunState;
  counts: RetentionCounts;
  /** Why a FAILED run stopped: a DomainError's code, ABANDONED (its process ended), or INTERNAL. */
  errorCode: string | null;
}

export const zeroCounts = (): RetentionCounts =>
  Object.fromEntries(RETENTION_RULE_NAMES.map((name) => [name, { erased: 0, held: 0, unsealed: 0 }])) as RetentionCounts;

const COLUMNS = `run_id::text AS "runId", started_by AS "startedBy", started_at AS "startedAt", finished_at AS "finishedAt",
  state, counts, error_code AS "errorCode"`;

/** The runs, newest first: `limit` of them started before the run `before` (by start, then id). */
export async function listRetentionRuns(db: pg.Pool, limit: number, before?: [string, string]): Promise<RetentionRun[]> {
  const { rows } = await db.query<RetentionRun>(
    `SELECT ${COLUMNS} FROM retention_runs
     WHERE $1::timestamptz IS NULL OR (started_at, run_id) < ($1, $2::uuid)
     ORDER BY started_at DESC, run_id DESC LIMIT $3`,
    [before?.[0] ?? null, before?.[1] ?? null, limit],
  );
  return rows.map(withAllCounts);
}

/** Every rule's counts, each with every count (a run records a rule once it reaches it). */
const withAllCounts = (run: RetentionRun): RetentionRun => ({
  ...run, counts: Object.fromEntries(Object.entries(zeroCounts()).map(([rule, zero]) => [rule, { ...zero, ...run.counts[rule as keyof RetentionCounts] }])) as RetentionCounts,
});

export async function countRetentionRuns(db: pg.Pool): Promise<number> {
  return (await db.query('SELECT count(*)::int AS n FROM retention_runs')).rows[0].n;
}

export async function retentionRun(db: pg.ClientBase | pg.Pool, runId: string): Promise<RetentionRun> {
  const { rows } = await db.query<RetentionRun>(`SELECT ${COLUMNS} FROM retention_runs WHERE run_id = $1`, [runId]);
  return withAllCounts(rows[0]);
}
