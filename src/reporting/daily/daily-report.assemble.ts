import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { addMeasures, type Measures, zeroMeasures } from '../ledger/report-measures.js';
import type { Correction, DailyReportBody, DailyReportParams, DistrictFigures } from './daily-report.body.js';

/** Frozen reports up to the base, oldest first: a late fact corrects the first of them that should have had it. */
export interface CutOffChain {
  days: CalendarDay[];
  cutOffs: number[];
}

/** The day of the first frozen report whose cut-off lies after the instant (the chain must reach past it). */
export function periodDayIn(chain: CutOffChain, eff: number): CalendarDay {
  let low = 0;
  let high = chain.cutOffs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (chain.cutOffs[mid] > eff) high = mid;
    else low = mid + 1;
  }
  return chain.days[low];
}

export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  return a.globalPosition === b.globalPosition ? 0 : a.globalPosition < b.globalPosition ? -1 : 1;
}

/** Running sums by district, and corrections by district and report day. */
export class ReportSums {
  readonly districts = new Map<string, DistrictFigures>();
  readonly corrections = new Map<string, Correction>();

  district(districtCode: string, provinceCode: string): DistrictFigures {
    let figures = this.districts.get(districtCode);
    if (!figures) {
      figures = { districtCode, provinceCode, period: zeroMeasures(), cumulative: zeroMeasures() };
      this.districts.set(districtCode, figures);
    }
    return figures;
  }

  /** A late fact: into the correction line and into the cumulative figures. */
  correct(districtCode: string, provinceCode: string, periodDay: CalendarDay, measures: Partial<Measures>): void {
    const key = `${districtCode}|${periodDay}`;
    let line = this.corrections.get(key);
    if (!line) {
      line = { districtCode, provinceCode, periodDay, measures: zeroMeasures() };
      this.corrections.set(key, line);
    }
    addMeasures(line.measures, measures);
    addMeasures(this.district(districtCode, provinceCode).cumulative, measures);
  }

  body(params: DailyReportParams): DailyReportBody {
    return { ...params, districts: [...this.districts.values()], corrections: [...this.corrections.values()] };
  }
}
