import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { addMeasures, type Measures, zeroMeasures } from '../ledger/report-measures.js';
import {
  type Correction, CURRENT_FORMAT, type DailyReportBody, type DailyReportParams, type DistrictFigures, type Flows, netOf, parseBody,
} from './daily-report.body.js';
import { type ReportTotals, totalsOf } from './daily-report.totals.js';

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

/** The later of two log positions; `b` may be missing. */
export const laterOf = (a: LogPosition, b: LogPosition | undefined): LogPosition => (b && comparePositions(b, a) > 0 ? b : a);

/** The frozen report a report builds on: its figures and their province and national sums. */
export interface ReportBase {
  body: DailyReportBody;
  totals: ReportTotals;
}

/** A frozen report's stored text as a base. */
export function reportBaseOf(text: string): ReportBase {
  const body = parseBody(text);
  return { body, totals: totalsOf(body) };
}

/** The period of a district this report has not changed: nothing (frozen, so that nobody adds to it). */
const NO_FIGURES: Measures = Object.freeze(zeroMeasures());

/**
 * Running sums by district, and corrections by district and report day. From a base, each district
 * starts with the base's cumulative figures, shared with the base (never written) until it changes, so
 * that a report that changes few districts costs little more than those districts.
 */
export class ReportSums {
  readonly districts = new Map<string, DistrictFigures>();
  readonly corrections = new Map<string, Correction>();
  /** The districts this report has changed, each a figures object of its own. */
  private readonly changed = new Set<string>();

  constructor(base: ReportBase | null = null) {
    for (const d of base?.body.districts ?? []) {
      this.districts.set(d.districtCode, { ...d, period: NO_FIGURES, movedIn: NO_FIGURES, movedOut: NO_FIGURES });
    }
  }

  district(districtCode: string, provinceCode: string): DistrictFigures {
    const figures = this.districts.get(districtCode);
    if (figures && this.changed.has(districtCode)) return figures;
    const own = {
      districtCode, provinceCode, period: zeroMeasures(), movedIn: zeroMeasures(), movedOut: zeroMeasures(),
      cumulative: figures ? { ...figures.cumulative } : zeroMeasures(),
    };
    this.districts.set(districtCode, own);
    this.changed.add(districtCode);
    return own;
  }

  /** Late figures: into the correction line, facts and moved figures apart, and into the cumulative figures. */
  correct(districtCode: string, provinceCode: string, periodDay: CalendarDay, late: Flows): void {
    const key = `${districtCode}|${periodDay}`;
    let line = this.corrections.get(key);
    if (!line) {
      line = { districtCode, provinceCode, periodDay, measures: zeroMeasures(), movedIn: zeroMeasures(), movedOut: zeroMeasures() };
      this.corrections.set(key, line);
    }
    addMeasures(line.measures, late.period);
    addMeasures(line.movedIn, late.movedIn);
    addMeasures(line.movedOut, late.movedOut);
    addMeasures(this.district(districtCode, provinceCode).cumulative, netOf(late.period, late.movedIn, late.movedOut));
  }

  body(params: DailyReportParams): DailyReportBody {
    return { format: CURRENT_FORMAT, ...params, districts: [...this.districts.values()], corrections: [...this.corrections.values()] };
  }
}
