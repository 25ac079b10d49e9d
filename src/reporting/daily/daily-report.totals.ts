import { addMeasures, type Measures, zeroMeasures } from '../ledger/report-measures.js';
import type { DailyReportBody } from './daily-report.body.js';

export interface PeriodAndCumulativeSums {
  period: Measures;
  cumulative: Measures;
}

export interface ReportTotals {
  byProvince: Map<string, PeriodAndCumulativeSums>;
  national: PeriodAndCumulativeSums;
}

const zero = (): PeriodAndCumulativeSums => ({ period: zeroMeasures(), cumulative: zeroMeasures() });

/** Province and national sums of a report, computed once per report. */
export function totalsOf(body: DailyReportBody): ReportTotals {
  const byProvince = new Map<string, PeriodAndCumulativeSums>();
  const national = zero();
  for (const d of body.districts) {
    let province = byProvince.get(d.provinceCode);
    if (!province) byProvince.set(d.provinceCode, (province = zero()));
    for (const sum of [province, national]) {
      addMeasures(sum.period, d.period);
      addMeasures(sum.cumulative, d.cumulative);
    }
  }
  return { byProvince, national };
}
