import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { CalendarDay } from '../../calendar/calendar-day.js';
import { currentRequestScope } from '../../database/request-scope.js';
import type { CutOffChain } from './daily-report.assemble.js';
import type { DailyReportParams, ReportReference } from './daily-report.body.js';

type Db = pg.Pool | pg.ClientBase;

export interface FrozenReport {
  params: DailyReportParams;
  body: string;
  sha256: string;
  /** The seal of the log up to the report's position (hex; migration 602), null for a report never sealed. */
  seal: string | null;
  frozenAt: Date;
  /** Frozen after a restart, from what was recorded before the cut-off. */
  missed: boolean;
}

const COLUMNS = `to_char(r.report_day, 'YYYY-MM-DD') AS day, r.cut_off, r.period_start, r.transaction_id::text AS xid,
  r.global_position, to_char(r.base_day, 'YYYY-MM-DD') AS base_day, r.missed, r.frozen_at, r.sha256,
  encode(r.log_seal, 'hex') AS seal`;

function toParams(row: any, base: { cut_off: Date; xid: string; gp: string } | null): DailyReportParams {
  return {
    day: row.day,
    cutOff: row.cut_off,
    periodStart: row.period_start,
    position: { transactionId: BigInt(row.xid), globalPosition: BigInt(row.global_position) },
    base: row.base_day && base
      ? { day: row.base_day, cutOff: base.cut_off, position: { transactionId: BigInt(base.xid), globalPosition: BigInt(base.gp) } }
      : null,
  };
}

/**
 * The frozen daily reports: written once per working day (the day is the key), never changed. Inside a
 * request a report's text is read through daily_report_body_in_scope(), which keeps the districts of the
 * reader's area (the request role may not read `body` itself); outside requests it is the stored text.
 */
export class DailyReportStore {
  constructor(private readonly db: Db) {}

  async find(day: CalendarDay, withBody = true): Promise<FrozenReport | undefined> {
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS}, ${withBody ? `${currentRequestScope() ? 'daily_report_body_in_scope(r.report_day)' : 'r.body'} AS body` : "'' AS body"},
         b.cut_off AS b_cut_off, b.transaction_id::text AS b_xid, b.global_position AS b_gp
       FROM daily_mediation_reports r LEFT JOIN daily_mediation_reports b ON b.report_day = r.base_day
       WHERE r.report_day = $1`,
      [day],
    );
    const row = rows[0];
    if (!row) return undefined;
    const base = row.b_cut_off ? { cut_off: row.b_cut_off, xid: row.b_xid, gp: row.b_gp } : null;
    return { params: toParams(row, base), body: row.body, sha256: row.sha256, seal: row.seal, frozenAt: row.frozen_at, missed: row.missed };
  }

  /** The latest frozen report, or the latest with a cut-off before the instant. */
  async latest(before?: Date): Promise<ReportReference | undefined> {
    const { rows } = await this.db.query(
      `SELECT to_char(report_day, 'YYYY-MM-DD') AS day, cut_off, transaction_id::text AS xid, global_position FROM daily_mediation_reports
       WHERE $1::timestamptz IS NULL OR cut_off < $1 ORDER BY cut_off DESC LIMIT 1`, [before ?? null]);
    const row = rows[0];
    return row && { day: row.day, cutOff: row.cut_off, position: { transactionId: BigInt(row.xid), globalPosition: BigInt(row.global_position) } };
  }

  async lastDay(): Promise<CalendarDay | undefined> {
    const { rows } = await this.db.query(`SELECT to_char(max(report_day), 'YYYY-MM-DD') AS day FROM daily_mediation_reports`);
    return rows[0].day ?? undefined;
  }

  /** The frozen reports with a cut-off at or before the instant, oldest first. */
  async chainUntil(cutOff: Date | null): Promise<CutOffChain> {
    if (!cutOff) return { days: [], cutOffs: [] };
    const { rows } = await this.db.query(
      `SELECT to_char(report_day, 'YYYY-MM-DD') AS day, cut_off FROM daily_mediation_reports WHERE cut_off <= $1 ORDER BY cut_off`, [cutOff]);
    return { days: rows.map((r) => r.day), cutOffs: rows.map((r) => r.cut_off.getTime()) };
  }

  /**
   * Stores the report unless one for the day exists already; true when this call stored it. `sealed`: its trigger
   * seals the `events` table up to its position (migration 602); false when that table is not the log (migration 720).
   */
  async insert(params: DailyReportParams, body: string, frozenAt: Date, missed: boolean, sealed = true): Promise<boolean> {
    const { rowCount } = await this.db.query(sealed ? INSERT : INSERT_UNSEALED,
      [params.day, params.cutOff, params.periodStart, params.position.transactionId.toString(),
        params.position.globalPosition.toString(), params.base?.day ?? null, missed, frozenAt, body, sha256(body)],
    );
    return rowCount === 1;
  }
}

const INSERT = `INSERT INTO daily_mediation_reports (report_day, cut_off, period_start, transaction_id, global_position, base_day, missed,
    frozen_at, body, sha256)
  VALUES ($1, $2, $3, $4::text::xid8, $5, $6, $7, $8, $9, $10) ON CONFLICT (report_day) DO NOTHING`;

/** The same row, with damrong.seal_log 'off' for this statement (set_config local to its transaction, before the row's trigger). */
const INSERT_UNSEALED = `WITH unsealed AS (SELECT set_config('damrong.seal_log', 'off', true) AS seal_log)
  INSERT INTO daily_mediation_reports (report_day, cut_off, period_start, transaction_id, global_position, base_day, missed,
    frozen_at, body, sha256)
  SELECT $1, $2, $3, $4::text::xid8, $5, $6, $7, $8, $9, $10 FROM unsealed WHERE unsealed.seal_log = 'off'
  ON CONFLICT (report_day) DO NOTHING`;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
