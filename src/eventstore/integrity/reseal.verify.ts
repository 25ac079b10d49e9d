import type pg from 'pg';

/** A run of the in-place sealing (migration 1071) whose receipts no longer add up to what its LogResealed event says. */
export interface BrokenReseal {
  runId: string;
  /** The sum its event records (hex); null when the run finished without one (its event is missing). */
  recorded: string | null;
  /** The sum of its receipts now (hex). */
  recomputed: string;
}

/** The stream whose one event records a finished run's sum of receipts. */
export const LOG_RESEAL_STREAM_PREFIX = 'log-reseal-';
export const LOG_RESEALED = 'LogResealed';

/**
 * Every finished run's receipts summed again (damrong_reseal_digest) against the sum its LogResealed event carries in
 * the log, whose hashes and seals cover it: a receipt changed since, to pass off an event changed since, shows here.
 */
export async function verifyReseals(db: pg.Pool | pg.ClientBase): Promise<{ checked: number; broken: BrokenReseal[] }> {
  const { rows } = await db.query<{ run_id: string; recorded: string | null; recomputed: string }>(
    `SELECT r.run_id::text, e.data->>'receiptsDigest' AS recorded, encode(damrong_reseal_digest(r.run_id), 'hex') AS recomputed
     FROM log_reseal_runs r
     LEFT JOIN events e ON e.stream_id = $1 || r.run_id::text AND e.type = $2
     WHERE r.finished_at IS NOT NULL ORDER BY r.started_at`,
    [LOG_RESEAL_STREAM_PREFIX, LOG_RESEALED],
  );
  return {
    checked: rows.length,
    broken: rows.filter((r) => r.recorded !== r.recomputed).map((r) => ({ runId: r.run_id, recorded: r.recorded, recomputed: r.recomputed })),
  };
}
