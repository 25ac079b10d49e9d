import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { isZero, type Measures, measuresFromJson, measuresToJson } from '../ledger/report-measures.js';

/** A frozen report as another refers to it: its day, cut-off and position. */
export interface ReportReference {
  day: CalendarDay;
  cutOff: Date;
  position: LogPosition;
}

/** What a daily report is computed from: everything at or below `position` that counts before `cutOff`. */
export interface DailyReportParams extends ReportReference {
  periodStart: Date;
  /** The frozen report this one follows; corrections are what reached the log since its position. */
  base: ReportReference | null;
}

export interface DistrictFigures {
  districtCode: string;
  provinceCode: string;
  /** Facts that counted in the period, and transfers made in it. */
  period: Measures;
  /** Everything up to the cut-off, each case at its district as of the cut-off. */
  cumulative: Measures;
}

/** Late facts of one district for one earlier report (periodDay), net, as they reached the log since the base. */
export interface Correction {
  districtCode: string;
  provinceCode: string;
  periodDay: CalendarDay;
  measures: Measures;
}

export interface DailyReportBody extends DailyReportParams {
  districts: DistrictFigures[];
  corrections: Correction[];
}

const position = (p: LogPosition) => ({ transactionId: p.transactionId.toString(), globalPosition: p.globalPosition.toString() });
const toPosition = (p: { transactionId: string; globalPosition: string }): LogPosition =>
  ({ transactionId: BigInt(p.transactionId), globalPosition: BigInt(p.globalPosition) });

/**
 * The canonical text of a report: fixed key order, districts by code (all-zero ones left out), corrections
 * by district and day (net-zero ones left out). Freezing and regenerating both end here, so equal figures
 * give equal bytes.
 */
export function serialiseBody(body: DailyReportBody): string {
  const districts = body.districts
    .filter((d) => !isZero(d.period) || !isZero(d.cumulative))
    .sort((a, b) => a.districtCode.localeCompare(b.districtCode))
    .map((d) => ({ districtCode: d.districtCode, provinceCode: d.provinceCode, period: measuresToJson(d.period), cumulative: measuresToJson(d.cumulative) }));
  const corrections = body.corrections
    .filter((c) => !isZero(c.measures))
    .sort((a, b) => a.districtCode.localeCompare(b.districtCode) || a.periodDay.localeCompare(b.periodDay))
    .map((c) => ({ districtCode: c.districtCode, provinceCode: c.provinceCode, periodDay: c.periodDay, measures: measuresToJson(c.measures) }));
  return JSON.stringify({
    day: body.day,
    cutOff: body.cutOff.toISOString(),
    periodStart: body.periodStart.toISOString(),
    position: position(body.position),
    base: body.base && { day: body.base.day, cutOff: body.base.cutOff.toISOString(), position: position(body.base.position) },
    districts,
    corrections,
  });
}

export function parseBody(text: string): DailyReportBody {
  const json = JSON.parse(text);
  return {
    day: json.day,
    cutOff: new Date(json.cutOff),
    periodStart: new Date(json.periodStart),
    position: toPosition(json.position),
    base: json.base && { day: json.base.day, cutOff: new Date(json.base.cutOff), position: toPosition(json.base.position) },
    districts: json.districts.map((d: any) => ({ ...d, period: measuresFromJson(d.period), cumulative: measuresFromJson(d.cumulative) })),
    corrections: json.corrections.map((c: any) => ({ ...c, measures: measuresFromJson(c.measures) })),
  };
}
