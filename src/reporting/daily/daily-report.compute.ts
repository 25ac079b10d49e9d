import type pg from 'pg';
import { addMeasures, columnOf, MEASURES, type Measure, measuresFromRow } from '../ledger/report-measures.js';
import { type CutOffChain, periodDayIn, ReportSums } from './daily-report.assemble.js';
import type { DailyReportBody, DailyReportParams } from './daily-report.body.js';

const TRANSFERS: readonly Measure[] = ['transfersIn', 'transfersOut'];
/** Sums of every measure, as `<prefix><column>`; with a filter, facts (kind F) only, except the transfer counts. */
export const sums = (prefix: string, filter = '') => MEASURES.map((m) => {
  const kind = TRANSFERS.includes(m) ? '' : " AND kind = 'F'";
  const where = filter ? ` FILTER (WHERE ${filter}${kind})` : '';
  return `sum(${columnOf(m)})${where} AS ${prefix}${columnOf(m)}`;
}).join(', ');

/** Rows at or below P that count from $4 (the base's cut-off, or -infinity) until the cut-off $3. */
const RECENT = `
SELECT district_code, province_code, ${sums('c_')}, ${sums('p_', 'eff >= $5')}
FROM mediation_report_ledger
WHERE (transaction_id, global_position) <= ($1::text::xid8, $2::bigint) AND eff < $3 AND eff >= $4::timestamptz
GROUP BY district_code, province_code`;

/** Rows that reached the log after the base's position and count before its cut-off, by hour of effect. */
const LATE = `
SELECT district_code, province_code, floor(extract(epoch FROM eff) / 3600)::bigint AS hour, ${sums('')}
FROM mediation_report_ledger
WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
  AND (transaction_id, global_position) <= ($3::text::xid8, $4::bigint) AND eff < $5
GROUP BY 1, 2, 3`;

/**
 * A daily report from the report ledger: the base report's cumulative figures, plus the late facts since
 * its position (corrections), plus what counts between its cut-off and this one. Without a base, the sum
 * of the whole ledger. Cut-offs are whole UTC hours, so an hour of effect lies wholly on one side of each.
 */
export async function computeDailyReport(
  db: pg.Pool | pg.ClientBase, params: DailyReportParams, base: DailyReportBody | null, chain: CutOffChain,
): Promise<DailyReportBody> {
  const result = new ReportSums();
  const { position: p, base: b } = params;
  const late = b && base ? db.query(LATE, [
    b.position.transactionId.toString(), b.position.globalPosition.toString(),
    p.transactionId.toString(), p.globalPosition.toString(), b.cutOff,
  ]) : undefined;
  const recent = db.query(RECENT, [
    p.transactionId.toString(), p.globalPosition.toString(), params.cutOff, b ? b.cutOff.toISOString() : '-infinity', params.periodStart,
  ]);
  if (base) for (const d of base.districts) Object.assign(result.district(d.districtCode, d.provinceCode).cumulative, d.cumulative);
  for (const row of late ? (await late).rows : []) {
    result.correct(row.district_code, row.province_code, periodDayIn(chain, Number(row.hour) * 3_600_000), measuresFromRow(row));
  }
  for (const row of (await recent).rows) {
    const district = result.district(row.district_code, row.province_code);
    addMeasures(district.cumulative, measuresFromRow(row, 'c_'));
    district.period = measuresFromRow(row, 'p_');
  }
  return result.body(params);
}
