import type pg from 'pg';

/** A frozen daily report whose seal of the log (migration 602) is not what the log gives now, or that has none. */
export interface BrokenSeal {
  day: string;
  /** The log position the report sealed up to. */
  transactionId: bigint;
  globalPosition: bigint;
  /** The stored seal (hex), null when the report has none. */
  storedSeal: string | null;
  /** The seal the log gives now, chained from the stored seal of the report's base. */
  recomputedSeal: string;
}

export interface ReportSealVerification {
  checked: number;
  broken: BrokenSeal[];
}

/**
 * Recomputes the seal of every frozen daily report (or of the one day) from the stored hashes of the events in its
 * range and its base's stored seal, and names those that differ. Each range is read once: the whole chain reads the
 * log once. `db` must see the whole log and every report: the owner's pool, outside a request.
 */
export async function verifyReportSeals(db: pg.Pool | pg.ClientBase, day?: string): Promise<ReportSealVerification> {
  const { rows } = await db.query<{ day: string; xid: string; gp: string; stored: string | null; recomputed: string }>(
    `SELECT to_char(report_day, 'YYYY-MM-DD') AS day, transaction_id::text AS xid, global_position::text AS gp,
            encode(log_seal, 'hex') AS stored, encode(damrong_daily_report_seal(base_day, transaction_id, global_position), 'hex') AS recomputed
     FROM daily_mediation_reports WHERE $1::date IS NULL OR report_day = $1::date ORDER BY cut_off`,
    [day ?? null],
  );
  return {
    checked: rows.length,
    broken: rows.filter((r) => r.stored !== r.recomputed).map((r) => ({
      day: r.day, transactionId: BigInt(r.xid), globalPosition: BigInt(r.gp), storedSeal: r.stored, recomputedSeal: r.recomputed,
    })),
  };
}
