import type pg from 'pg';
import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { LogPosition } from '../../eventstore/event-store.port.js';

/** A frozen daily report a monthly report is pinned to: its day, position, freeze and SHA-256. */
export interface DailyPin {
  day: CalendarDay;
  cutOff: Date;
  position: LogPosition;
  frozenAt: Date;
  sha256: string;
}

const SELECT = `SELECT to_char(report_day, 'YYYY-MM-DD') AS day, cut_off, transaction_id::text AS xid, global_position, frozen_at, sha256
  FROM daily_mediation_reports`;

const toPin = (row: any): DailyPin | null => row ? {
  day: row.day, cutOff: row.cut_off, frozenAt: row.frozen_at, sha256: row.sha256,
  position: { transactionId: BigInt(row.xid), globalPosition: BigInt(row.global_position) },
} : null;

/** The latest frozen daily report: the log position every monthly report is computed at. */
export async function latestPin(db: Pick<pg.Pool, 'query'>): Promise<DailyPin | null> {
  return toPin((await db.query(`${SELECT} ORDER BY cut_off DESC LIMIT 1`)).rows[0]);
}

/** The first frozen daily report with a cut-off at or after the instant: the one that made a month complete. */
export async function firstPinFrom(db: Pick<pg.Pool, 'query'>, cutOff: Date): Promise<DailyPin | null> {
  return toPin((await db.query(`${SELECT} WHERE cut_off >= $1 ORDER BY cut_off LIMIT 1`, [cutOff])).rows[0]);
}
