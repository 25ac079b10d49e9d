import { addMeasures, type Measures, zeroMeasures } from '../ledger/report-measures.js';
import type { DailyReportBody, Flows } from './daily-report.body.js';

export interface PeriodAndCumulativeSums extends Flows {
  cumulative: Measures;
}

export interface ReportTotals {
  byProvince: Map<string, PeriodAndCumulativeSums>;
  national: PeriodAndCumulativeSums;
}

const zero = (): PeriodAndCumulativeSums => ({ period: zeroMeasures(), movedIn: zeroMeasures(), movedOut: zeroMeasures(), cumulative: zeroMeasures() });
export const noTotals = (): ReportTotals => ({ byProvince: new Map(), national: zero() });

/** The sums of a province (made on first use), or with null the national ones. */
export function totalsAt(totals: ReportTotals, provinceCode: string | null): PeriodAndCumulativeSums {
  if (provinceCode === null) return totals.national;
  let province = totals.byProvince.get(provinceCode);
  if (!province) totals.byProvince.set(provinceCode, (province = zero()));
  return province;
}

/** Province and national sums of a report, computed once per report. */
export function totalsOf(body: DailyReportBody): ReportTotals {
  const totals = noTotals();
  for (const d of body.districts) {
    for (const sum of [totalsAt(totals, d.provinceCode), totals.national]) {
      addMeasures(sum.period, d.period);
      addMeasures(sum.movedIn, d.movedIn);
      addMeasures(sum.movedOut, d.movedOut);
      addMeasures(sum.cumulative, d.cumulative);
    }
  }
  return totals;
}

/** A copy of the cumulative sums, with every period at zero: where a following report's totals start. */
export function cumulativeTotals(totals: ReportTotals): ReportTotals {
  const only = (sums: PeriodAndCumulativeSums) => ({ ...zero(), cumulative: { ...sums.cumulative } });
  return {
    byProvince: new Map([...totals.byProvince].map(([code, sums]) => [code, only(sums)])),
    national: only(totals.national),
  };
}
