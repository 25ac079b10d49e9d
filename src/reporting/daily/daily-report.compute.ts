import type pg from 'pg';
import type { CalendarDay } from '../../calendar/calendar-day.js';
import { type LogPosition, START_OF_LOG } from '../../eventstore/event-store.port.js';
import { REPORT_LEDGER_PROJECTION } from '../ledger/report-ledger.projection.js';
import { movedSums, perMeasure, sums } from '../ledger/ledger-sums.sql.js';
import { addMeasures, measuresFromRow, STANDING_MEASURES } from '../ledger/report-measures.js';
import type { ReportPeriod } from './cut-off.js';
import { laterOf, type ReportBase, ReportSums } from './daily-report.assemble.js';
import type { DailyReportParams, Flows, ReportReference } from './daily-report.body.js';
import { cumulativeTotals, noTotals, type ReportTotals, totalsAt } from './daily-report.totals.js';

/** Each measure as `<prefix><column>`, copied from the same column of a subquery, or NULL. */
const COPY = (prefix: string) => perMeasure(prefix, (column) => `${prefix}${column}`);
const NONE = (prefix: string) => perMeasure(prefix, () => 'NULL');

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
 * rows (R): by district, what counts from the base's cut-off (or ever) until $1, period from $2. Base rows
 * (B), only for a base of format 1 ($9): its standing figures by district. Total rows (T): the L, R and B rows
 * summed by province and nationally (province null), the moved figures of the period (R) only. Each section
 * gives `c_` (all rows: the change of the cumulative figures), `p_` (the period's facts and transfer counts)
 * and `i_`, `o_` (the figures moved in and out with cases; for L rows those of the late rows).
 */
const REPORT = `
WITH late AS (
  SELECT district_code, province_code, to_timestamp(floor(extract(epoch FROM eff) / 3600) * 3600) AS hour, ${sums('c_')},
    ${movedSums('i_', 'in')}, ${movedSums('o_', 'out')}
  FROM mediation_report_ledger
  WHERE (transaction_id, global_position) > ($6::text::xid8, $7::bigint) AND ${UP_TO_P} AND eff < $8
  GROUP BY 1, 2, 3
), figures AS (
  SELECT 'L' AS section, district_code, province_code,
    (SELECT to_char(report_day, 'YYYY-MM-DD') FROM daily_mediation_reports WHERE cut_off > hour ORDER BY cut_off LIMIT 1) AS period_day,
    ${COPY('c_')}, ${NONE('p_')}, ${COPY('i_')}, ${COPY('o_')}
  FROM late
  UNION ALL
  SELECT 'R', district_code, province_code, NULL, ${sums('c_')}, ${sums('p_', 'eff >= $2')},
    ${movedSums('i_', 'in', 'eff >= $2')}, ${movedSums('o_', 'out', 'eff >= $2')}
  FROM mediation_report_ledger
  WHERE ${UP_TO_P} AND eff < $1 AND eff >= coalesce($8::timestamptz, '-infinity')
  GROUP BY district_code, province_code
  UNION ALL
  SELECT 'B', district_code, province_code, NULL,
    ${perMeasure('c_', (column, m) => (STANDING_MEASURES.includes(m) ? `sum(${column})` : 'NULL'))}, ${NONE('p_')}, ${NONE('i_')}, ${NONE('o_')}
  FROM mediation_report_ledger
  WHERE $9::boolean AND (transaction_id, global_position) <= ($6::text::xid8, $7::bigint) AND eff < $8
  GROUP BY district_code, province_code
)
SELECT 'H' AS section, NULL AS district_code, NULL AS province_code, NULL AS period_day,
  ${NONE('c_')}, ${NONE('p_')}, ${NONE('i_')}, ${NONE('o_')},
  json_build_object('frozen', EXISTS (SELECT 1 FROM daily_mediation_reports WHERE cut_off = $1),
    'base', (SELECT json_build_object('day', to_char(report_day, 'YYYY-MM-DD'), 'cutOff', cut_off,
      'xid', transaction_id::text, 'gp', global_position::text)
      FROM daily_mediation_reports WHERE cut_off < $1 ORDER BY cut_off DESC LIMIT 1),
    'xid', c.transaction_id::text, 'gp', c.global_position::text) AS header
FROM (VALUES (1)) AS one(x) LEFT JOIN projection_checkpoints c ON c.name = $5
UNION ALL
SELECT *, NULL FROM figures
UNION ALL
SELECT 'T', NULL, province_code, NULL, ${perMeasure('c_', (column) => `sum(c_${column})`)}, ${perMeasure('p_', (column) => `sum(p_${column})`)},
  ${perMeasure('i_', (column) => `sum(i_${column}) FILTER (WHERE section = 'R')`)},
  ${perMeasure('o_', (column) => `sum(o_${column}) FILTER (WHERE section = 'R')`)}, NULL
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

/** The figures of a row as its section gives them: `c_` everything, `p_` the facts, `i_`/`o_` moved in and out. */
const flowsOf = (row: Record<string, unknown>): Flows =>
  ({ period: measuresFromRow(row, 'p_'), movedIn: measuresFromRow(row, 'i_'), movedOut: measuresFromRow(row, 'o_') });

/**
 * A daily report from the report ledger in one round trip (again, should the base given not be the latest
 * frozen report before the cut-off any more): the base report's cumulative figures, plus the late facts
 * since its position (corrections), plus what counts between its cut-off and this one; without a base,
 * the whole ledger. Province and national totals likewise: the base's plus the database's sums of the
 * same rows. A base frozen in format 1 has no standing figures: they come from the ledger as the base
 * stood, at its position and cut-off (B rows). `position` is P for a freeze; null computes the report
 * provisionally, at what the ledger has applied (never below the base's position). `baseReport` gives the
 * frozen report named as base.
 */
export async function computeDailyReport(
  db: pg.Pool | pg.ClientBase, period: ReportPeriod, position: LogPosition | null, base: ReportReference | null,
  baseReport: (day: CalendarDay) => Promise<ReportBase>,
): Promise<ComputedReport> {
  const frozenBase = base && (await baseReport(base.day));
  const { rows } = await db.query(REPORT, [
    period.cutOff, period.periodStart, position?.transactionId.toString() ?? null, position?.globalPosition.toString() ?? null,
    REPORT_LEDGER_PROJECTION, base?.position.transactionId.toString() ?? null, base?.position.globalPosition.toString() ?? null,
    base?.cutOff ?? null, frozenBase?.body.format === 1,
  ]);
  const head: Header = rows.find((row) => row.section === 'H').header;
  if ((head.base?.day ?? null) !== (base?.day ?? null)) {
    const latest = head.base && { day: head.base.day, cutOff: new Date(head.base.cutOff), position: positionOf(head.base.xid, head.base.gp) };
    return computeDailyReport(db, period, position, latest, baseReport);
  }
  const applied = head.xid === null ? START_OF_LOG : positionOf(head.xid, head.gp!);
  const params: DailyReportParams = { ...period, position: position ?? laterOf(applied, base?.position), base };
  const result = new ReportSums(frozenBase);
  const totals = frozenBase ? cumulativeTotals(frozenBase.totals) : noTotals();
  for (const row of rows) {
    const all = measuresFromRow(row, 'c_');
    if (row.section === 'L') {
      const { movedIn, movedOut } = flowsOf(row);
      const facts = addMeasures(addMeasures({ ...all }, movedIn, -1), movedOut);
      result.correct(row.district_code, row.province_code, row.period_day, { period: facts, movedIn, movedOut });
    }
    if (row.section === 'B') addMeasures(result.district(row.district_code, row.province_code).cumulative, all);
    if (row.section !== 'R' && row.section !== 'T') continue;
    const figures = row.section === 'R' ? result.district(row.district_code, row.province_code) : totalsAt(totals, row.province_code);
    addMeasures(figures.cumulative, all);
    Object.assign(figures, flowsOf(row));
  }
  return { frozen: head.frozen, params, sums: result, totals };
}
