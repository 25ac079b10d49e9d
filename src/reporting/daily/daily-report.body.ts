import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import {
  addMeasures, FORMAT_1_MEASURES, isZero, type Measures, measuresFromJson, measuresToJson, zeroMeasures,
} from '../ledger/report-measures.js';

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

/**
 * How a frozen report's text is written. 1: before migration 300, without the standing figures and with the
 * figures moved by a transfer only inside the cumulative ones (a correction line net). 2: with both.
 */
export type BodyFormat = 1 | 2;
export const CURRENT_FORMAT: BodyFormat = 2;

/**
 * What a district did (facts, and the transfers in and out it made), and the figures carried by the cases it
 * received and gave away: cumulative figures change by facts + movedIn − movedOut.
 */
export interface Flows {
  /** Facts credited to the district, and the transfer counts. */
  period: Measures;
  /** Figures of the cases moved in; movedOut: of those moved out (positive). Zero in format 1. */
  movedIn: Measures;
  movedOut: Measures;
}

export interface DistrictFigures extends Flows {
  districtCode: string;
  provinceCode: string;
  /** Everything up to the cut-off, each case at its district as of the cut-off. */
  cumulative: Measures;
}

/** Late facts of one district for one earlier report (periodDay), net, as they reached the log since the base. */
export interface Correction {
  districtCode: string;
  provinceCode: string;
  periodDay: CalendarDay;
  /** The facts; in format 1 everything, moved figures included. */
  measures: Measures;
  movedIn: Measures;
  movedOut: Measures;
}

export interface DailyReportBody extends DailyReportParams {
  format: BodyFormat;
  districts: DistrictFigures[];
  corrections: Correction[];
}

/** facts + movedIn − movedOut: what a correction line or a period adds to the cumulative figures. */
export function netOf(facts: Measures, movedIn: Measures, movedOut: Measures): Measures {
  return addMeasures(addMeasures({ ...facts }, movedIn), movedOut, -1);
}

const position = (p: LogPosition) => ({ transactionId: p.transactionId.toString(), globalPosition: p.globalPosition.toString() });
const toPosition = (p: { transactionId: string; globalPosition: string }): LogPosition =>
  ({ transactionId: BigInt(p.transactionId), globalPosition: BigInt(p.globalPosition) });

const byCode = (a: { districtCode: string }, b: { districtCode: string }) => a.districtCode.localeCompare(b.districtCode);

/** Format 1's districts and corrections: its measures only, a correction line net. */
function format1(body: DailyReportBody) {
  const json = (m: Measures) => measuresToJson(m, FORMAT_1_MEASURES);
  const zero = (m: Measures) => isZero(m, FORMAT_1_MEASURES);
  return {
    districts: body.districts.filter((d) => !zero(d.period) || !zero(d.cumulative)).sort(byCode)
      .map((d) => ({ districtCode: d.districtCode, provinceCode: d.provinceCode, period: json(d.period), cumulative: json(d.cumulative) })),
    corrections: body.corrections.map((c) => ({ ...c, net: netOf(c.measures, c.movedIn, c.movedOut) })).filter((c) => !zero(c.net))
      .sort((a, b) => byCode(a, b) || a.periodDay.localeCompare(b.periodDay))
      .map((c) => ({ districtCode: c.districtCode, provinceCode: c.provinceCode, periodDay: c.periodDay, measures: json(c.net) })),
  };
}

function format2(body: DailyReportBody) {
  const zero = (...all: Measures[]) => all.every((m) => isZero(m));
  const json = (m: Measures) => measuresToJson(m);
  return {
    districts: body.districts.filter((d) => !zero(d.period, d.movedIn, d.movedOut, d.cumulative)).sort(byCode)
      .map((d) => ({
        districtCode: d.districtCode, provinceCode: d.provinceCode,
        period: json(d.period), movedIn: json(d.movedIn), movedOut: json(d.movedOut), cumulative: json(d.cumulative),
      })),
    corrections: body.corrections.filter((c) => !zero(c.measures, c.movedIn, c.movedOut))
      .sort((a, b) => byCode(a, b) || a.periodDay.localeCompare(b.periodDay))
      .map((c) => ({
        districtCode: c.districtCode, provinceCode: c.provinceCode, periodDay: c.periodDay,
        measures: json(c.measures), movedIn: json(c.movedIn), movedOut: json(c.movedOut),
      })),
  };
}

/**
 * The canonical text of a report in its format: fixed key order, districts by code (all-zero ones left out),
 * corrections by district and day (zero ones left out). Freezing and regenerating both end here, so equal
 * figures give equal bytes; format 1 is written exactly as before migration 300, so a report frozen then
 * regenerates to its stored bytes.
 */
export function serialiseBody(body: DailyReportBody): string {
  const { districts, corrections } = body.format === 1 ? format1(body) : format2(body);
  return JSON.stringify({
    ...(body.format === 1 ? {} : { format: body.format }),
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
  const moved = (m: Record<string, number | string> | undefined) => (m ? measuresFromJson(m) : zeroMeasures());
  return {
    format: json.format ?? 1,
    day: json.day,
    cutOff: new Date(json.cutOff),
    periodStart: new Date(json.periodStart),
    position: toPosition(json.position),
    base: json.base && { day: json.base.day, cutOff: new Date(json.base.cutOff), position: toPosition(json.base.position) },
    districts: json.districts.map((d: any) => ({
      ...d, period: measuresFromJson(d.period), movedIn: moved(d.movedIn), movedOut: moved(d.movedOut), cumulative: measuresFromJson(d.cumulative),
    })),
    corrections: json.corrections.map((c: any) => ({ ...c, measures: measuresFromJson(c.measures), movedIn: moved(c.movedIn), movedOut: moved(c.movedOut) })),
  };
}
