import type pg from 'pg';
import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { cutOffOf } from '../daily/cut-off.js';
import { ledgerPosition } from '../daily/report-ledger-position.js';
import { movedSums, sums } from '../ledger/ledger-sums.sql.js';
import { type Measures, measuresFromRow } from '../ledger/report-measures.js';
import { parseMonth } from '../reporting-errors.js';
import { type DailyPin, firstPinFrom, latestPin } from './monthly-report.pins.js';

export interface MonthlyDistrictSums {
  districtCode: string;
  provinceCode: string;
  /** Facts of the month, credited to the district holding the case then, and the transfers made. */
  month: Measures;
  /** The figures cases moved in (out) during the month carried. */
  movedIn: Measures;
  movedOut: Measures;
  /** Facts since 1 October, credited as the month's. */
  fiscalYearToDate: Measures;
  /** Everything until `until`, each case at the district holding it then. */
  cumulative: Measures;
}

export interface MonthlyReport {
  year: number;
  month: number;
  /** The month's periods: from the cut-off of the last working day before it to that of its own last working day. */
  monthStart: Date;
  monthEnd: Date;
  fiscalYearStart: Date;
  /** The figures run until here: the month's end, or the latest frozen daily report's cut-off if earlier. */
  until: Date;
  /** The latest frozen daily report, whose log position the figures are pinned to; null before the first freeze. */
  asOfDay: CalendarDay | null;
  /** That report's freeze and SHA-256: the file's date and verification code. */
  asOf: DailyPin | null;
  position: LogPosition;
  complete: boolean;
  /** The frozen daily report that made the month complete (its cut-off at or after the month's end). */
  completedBy: DailyPin | null;
  /** What reached the log after `completedBy` and counts in the month: by district, net; empty while unchanged. */
  revisions: MonthlyDistrictSums[];
  districts: MonthlyDistrictSums[];
}

/** Sums at or below P ($1, $2) and, with $6, above that position (what changed since it), counting before $3. */
const QUERY = `
SELECT district_code, province_code, ${sums('m_', 'eff >= $4')}, ${movedSums('i_', 'in', 'eff >= $4')}, ${movedSums('o_', 'out', 'eff >= $4')},
  ${sums('y_', 'eff >= $5')}, ${sums('c_')}
FROM mediation_report_ledger
WHERE (transaction_id, global_position) <= ($1::text::xid8, $2::bigint) AND eff < $3
  AND ($6::text IS NULL OR (transaction_id, global_position) > ($6::text::xid8, $7::bigint))
GROUP BY district_code, province_code`;

const toSums = (row: any): MonthlyDistrictSums => ({
  districtCode: row.district_code,
  provinceCode: row.province_code,
  month: measuresFromRow(row, 'm_'),
  movedIn: measuresFromRow(row, 'i_'),
  movedOut: measuresFromRow(row, 'o_'),
  fiscalYearToDate: measuresFromRow(row, 'y_'),
  cumulative: measuresFromRow(row, 'c_'),
});

/**
 * The monthly report (seed 002): the daily periods of a month added up, and the fiscal year to date
 * (from 1 October), as the log stood at the latest frozen daily report; for a complete month, also what
 * changed since the daily report that completed it. The month and the fiscal year credit the district that
 * did the work; the cumulative figures the district holding each case at the end.
 */
export class MonthlyReportService {
  constructor(private readonly pool: pg.Pool, private readonly calendar: HolidayCalendar) {}

  async report(monthInput: string): Promise<MonthlyReport> {
    const { year, month } = parseMonth(monthInput);
    const monthEnd = await this.lastCutOffOfMonth(year, month);
    const monthStart = await this.lastCutOffOfMonth(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1);
    const fiscalYearStart = await this.lastCutOffOfMonth(month >= 10 ? year : year - 1, 9);
    const latest = await latestPin(this.pool);
    const position = latest?.position ?? (await ledgerPosition(this.pool)).position;
    const until = latest && latest.cutOff < monthEnd ? latest.cutOff : monthEnd;
    const complete = latest !== null && latest.cutOff >= monthEnd;
    const completedBy = complete ? await firstPinFrom(this.pool, monthEnd) : null;
    const sumsSince = async (since: LogPosition | null) => (await this.pool.query(QUERY, [
      position.transactionId.toString(), position.globalPosition.toString(), until, monthStart, fiscalYearStart,
      since?.transactionId.toString() ?? null, since?.globalPosition.toString() ?? null,
    ])).rows.map(toSums);
    return {
      year, month, monthStart, monthEnd, fiscalYearStart, until, position, complete, completedBy,
      asOfDay: latest?.day ?? null,
      asOf: latest,
      revisions: completedBy && completedBy.day !== latest!.day ? await sumsSince(completedBy.position) : [],
      districts: await sumsSince(null),
    };
  }

  private async lastCutOffOfMonth(year: number, month: number): Promise<Date> {
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    return cutOffOf((await this.calendar.isWorkingDay(last)) ? last : await this.calendar.previousWorkingDay(last));
  }
}
