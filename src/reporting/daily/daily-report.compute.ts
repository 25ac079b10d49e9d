import type pg from 'pg';
import type { CalendarDay } from '../../calendar/calendar-day.js';
import { type LogPosition, START_OF_LOG } from '../../eventstore/event-store.port.js';
import { REPORT_LEDGER_PROJECTION } from '../ledger/report-ledger.projection.js';
import { addMeasures, columnOf, MEASURES, type Measure, measuresFromRow } from '../ledger/report-measures.js';
import type { ReportPeriod } from './cut-off.js';
import { laterOf, type ReportBase, ReportSums } from './daily-report.assemble.js';
import type { DailyReportParams, ReportReference } from './daily-report.body.js';
import { cumulativeTotals, noTotals, type ReportTotals, totalsAt } from './daily-report.totals.js';

const TRANSFERS: readonly Measure[] = ['transfersIn', 'transfersOut'];
/** One expression per measure, each named `<prefix><column>`. */
const perMeasure = (prefix: string, expression: (column: string, measure: Measure) => string) =>
  MEASURES.map((m) => `${expression(columnOf(m), m)} AS ${prefix}${columnOf(m)}`).join(', ');
/** Sums of every measure, as `<prefix><column>`; with a filter, facts (kind F) only, except the transfer counts. */
export const sums = (prefix: string, filter = '') => perMeasure(prefix, (column, m) =>
  `sum(${column})${filter ? ` FILTER (WHERE ${filter}${TRANSFERS.includes(m) ? '' : " AND kind = 'F'"})` : ''}`);

/** At or below P ($3, $4), or with no P every row the ledger holds (all of it below its checkpoint, in one snapshot). */
const UP_TO_P = '($3::text IS NULL OR (transaction_id, global_position) <= ($3::text::xid8, $4::bigint))';

/**
 * One statement, one snapshot, given the frozen report it builds on ($6, $7 its position, $8 its cut-off;
 * null without one). Its values are parameters, never looked up inside, and the statement is planned for
 * them each time (unnamed: a generic plan would not know them), so that the planner sees how few rows lie
 * after the base's position or cut-off and reads them through the indexes. A header row (H):
 * whether the day is frozen, the base the report must have (the latest with a cut-off before $1: when it
 * is not the one given, the figures are to be computed again) and the ledger's checkpoint. Late rows (L):
 * reached the log after the base's position and count before its cut-off, by district, hour of effect
 * and the first frozen report whose cut-off lies after that hour (cut-offs are whole UTC hours). Recent
 * rows (R): by district, what counts from the base's cut-off (or ever) until $1, period from $2. Total
 * rows (T): the L and R rows summed by province and nationally (province null).
 */
const REPORT = `
WITH late AS (
  SELECT district_code, province_code, to_timestamp(floor(extract(epoch FROM eff) / 3600) * 3600) AS hour, ${sums('c_')}
  FROM mediation_report_ledger
  WHERE (transaction_id, global_position) > ($6::text::xid8, $7::bigint) AND ${UP_TO_P} AND eff < $8
  GROUP BY 1, 2, 3
), figures AS (
  SELECT 'L' AS section, district_code, province_code,
    (SELECT to_char(report_day, 'YYYY-MM-DD') FROM daily_mediation_reports WHERE cut_off > hour ORDER BY cut_off LIMIT 1) AS period_day,
    ${perMeasure('c_', (column) => `c_${column}`)}, ${perMeasure('p_', () => 'NULL')}
  FROM late
  UNION ALL
  SELECT 'R', district_code, province_code, NULL, ${sums('c_')}, ${sums('p_', 'eff >= $2')}
  FROM mediation_report_ledger
  WHERE ${UP_TO_P} AND eff < $1 AND eff >= coalesce($8::timestamptz, '-infinity')
  GROUP BY district_code, province_code
)
SELECT 'H' AS section, NULL AS district_code, NULL AS province_code, NULL AS period_day,
  ${perMeasure('c_', () => 'NULL')}, ${perMeasure('p_', () => 'NULL')},
  json_build_object('frozen', EXISTS (SELECT 1 FROM daily_mediation_reports WHERE cut_off = $1),
    'base', (SELECT json_build_object('day', to_char(report_day, 'YYYY-MM-DD'), 'cutOff', cut_off,
      'xid', transaction_id::text, 'gp', global_position::text)
      FROM daily_mediation_reports WHERE cut_off < $1 ORDER BY cut_off DESC LIMIT 1),
    'xid', c.transaction_id::text, 'gp', c.global_position::text) AS header
FROM (VALUES (1)) AS one(x) LEFT JOIN projection_checkpoints c ON c.name = $5
UNION ALL
SELECT *, NULL FROM figures
UNION ALL
SELECT 'T', NULL, province_code, NULL, ${perMeasure('c_', (column) => `sum(c_${column})`)}, ${perMeasure('p_', (column) => `sum(p_${column})`)}, NULL
FROM figures GROUP BY ROLLUP (province_code)`;

interface Header {
  frozen: boolean;
  base: { day: CalendarDay; cutOff: string; xid: string; gp: string } | null;
  /** The ledger's checkpoint, null before its first batch. */
  xid: string | null;
  gp: string | null;
}

const positionOf = (xid: string, gp: string): LogPosition => ({ transactionId: BigInt(xid), globalPosition: BigInt(gp) });

export interface ComputedReport {
  /** The day's report was frozen when the statement ran: a provisional caller serves that one instead. */
  frozen: boolean;
  params: DailyReportParams;
  sums: ReportSums;
  totals: ReportTotals;
}

/**
 * A daily report from the report ledger in one round trip (again, should the base given not be the latest
 * frozen report before the cut-off any more): the base report's cumulative figures, plus the late facts
 * since its position (corrections), plus what counts between its cut-off and this one; without a base,
 * the whole ledger. Province and national totals likewise: the base's plus the database's sums of the
 * same rows. `position` is P for a freeze; null computes the report provisionally, at what the ledger has
 * applied (never below the base's position). `baseReport` gives the frozen report named as base.
 */
export async function computeDailyReport(
  db: pg.Pool | pg.ClientBase, period: ReportPeriod, position: LogPosition | null, base: ReportReference | null,
  baseReport: (day: CalendarDay) => Promise<ReportBase>,
): Promise<ComputedReport> {
  const { rows } = await db.query(REPORT, [
    period.cutOff, period.periodStart, position?.transactionId.toString() ?? null, position?.globalPosition.toString() ?? null,
    REPORT_LEDGER_PROJECTION, base?.position.transactionId.toString() ?? null, base?.position.globalPosition.toString() ?? null,
    base?.cutOff ?? null,
  ]);
  const head: Header = rows.find((row) => row.section === 'H').header;
  if ((head.base?.day ?? null) !== (base?.day ?? null)) {
    const latest = head.base && { day: head.base.day, cutOff: new Date(head.base.cutOff), position: positionOf(head.base.xid, head.base.gp) };
    return computeDailyReport(db, period, position, latest, baseReport);
  }
  const applied = head.xid === null ? START_OF_LOG : positionOf(head.xid, head.gp!);
  const params: DailyReportParams = { ...period, position: position ?? laterOf(applied, base?.position), base };
  const frozenBase = base && (await baseReport(base.day));
  const result = new ReportSums(frozenBase);
  const totals = frozenBase ? cumulativeTotals(frozenBase.totals) : noTotals();
  for (const row of rows) {
    if (row.section === 'L') result.correct(row.district_code, row.province_code, row.period_day, measuresFromRow(row, 'c_'));
    if (row.section !== 'R' && row.section !== 'T') continue;
    const figures = row.section === 'R' ? result.district(row.district_code, row.province_code) : totalsAt(totals, row.province_code);
    addMeasures(figures.cumulative, measuresFromRow(row, 'c_'));
    figures.period = measuresFromRow(row, 'p_');
  }
  return { frozen: head.frozen, params, sums: result, totals };
}
