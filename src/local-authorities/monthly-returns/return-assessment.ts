import { addDays, partsOf } from '../../calendar/calendar-day.js';
import { type HolidayLookup, isWorkingDay } from '../../calendar/working-days.js';
import type { AuthorityTerms } from '../authority-terms.decider.js';
import type { AssessmentLine, ReturnFigures } from './monthly-return.events.js';

/**
 * The assessment of a monthly return: pure arithmetic in whole units, never floating point.
 *
 * - Levy: hotel = room rent (satang) × fee (basis points); fuel = hundredths of a litre or kilogram × rate
 *   (hundredths of a satang) per fuel kind; tobacco = pieces × rate (hundredths of a satang). Each line is exact in
 *   ten-thousandths of a satang; the return's levy is their sum with the fraction of a satang dropped
 *   (เศษของสตางค์ปัดทิ้ง), once, on the total.
 * - Deadline: the ordinance's day of the month after the period, moved on to the next working day when it falls on a
 *   weekend or a government holiday.
 * - Surcharge (เงินเพิ่ม): per month or part of a month from the deadline to the day filed, the ordinance's share of
 *   the amount owed late, never more than the cap's share of it; the fraction of a satang dropped.
 * - Pay-by date (ชำระภายใน): the last day the bill's amount holds. On time: the deadline. Late: the last day of the
 *   month (or part of a month) of surcharge the bill counts, the same day of the month as the deadline; from the
 *   next day another month's เงินเพิ่ม is owed, so a payment then no longer settles the return.
 */

const UNITS_PER_SATANG = 10_000n;

/** The lines of the figures at the terms; a rate the ordinance does not levy counts nothing. */
export function assessmentLines(figures: ReturnFigures, terms: AuthorityTerms): AssessmentLine[] {
  const line = (item: AssessmentLine['item'], quantity: number, rate: number | null, scale: bigint): AssessmentLine => ({
    item, quantity, rate, tenThousandthsOfSatang: String(BigInt(quantity) * BigInt(rate ?? 0) * scale),
  });
  switch (figures.kind) {
    case 'HOTEL': return [line('ROOM_RENT', figures.roomRentSatang, terms.hotelFeeBasisPoints, 1n)];
    case 'FUEL': return (['petrol', 'diesel', 'lpg', 'ngv'] as const).map((fuel) => line(fuel, figures.hundredths[fuel], terms.fuelRates[fuel], 1n));
    case 'TOBACCO': return [line('CIGARETTES', figures.cigarettes, terms.tobaccoRate, 100n)];
  }
}

/** The levy of the lines in satang, the fraction of a satang dropped. */
export function levyOf(lines: readonly AssessmentLine[]): number {
  return Number(lines.reduce((sum, l) => sum + BigInt(l.tenThousandthsOfSatang), 0n) / UNITS_PER_SATANG);
}

/** YYYY-MM of the month after `period`, and its `day`, as a CalendarDay. */
function dayOfNextMonth(period: string, day: number): string {
  const [year, month] = period.split('-').map(Number);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return `${next.year}-${String(next.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The deadline of a period: the day of the next month, or the first working day after it when it is none. */
export function filingDeadline(period: string, deadlineDay: number, holidays: HolidayLookup): string {
  let day = dayOfNextMonth(period, deadlineDay);
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}

/** The same day `months` later, on the month's last day when it has no such day. */
function monthsAfter(day: string, months: number): string {
  const { year, month, day: d } = partsOf(day);
  const index = year * 12 + (month - 1) + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Months or parts of a month from the deadline to the day filed: 0 on or before it, 1 from the next day for a month, … */
export function monthsLate(dueOn: string, filedOn: string): number {
  if (filedOn <= dueOn) return 0;
  let months = 1;
  while (monthsAfter(dueOn, months) < filedOn) months++;
  return months;
}

/** The last day a bill assessed `monthsLate` months after the deadline `dueOn` is owed as billed (the deadline when 0). */
export const payByOf = (dueOn: string, monthsLate: number): string => monthsAfter(dueOn, monthsLate);

/** เงินเพิ่ม on `owedSatang`: its share per month late, within the cap's share, the fraction of a satang dropped. */
export function surchargeOf(owedSatang: number, months: number, perMonthBasisPoints: number, capBasisPoints: number): number {
  if (owedSatang <= 0 || months === 0) return 0;
  const owed = BigInt(owedSatang);
  const rate = BigInt(Math.min(perMonthBasisPoints * months, capBasisPoints));
  return Number((owed * rate) / 10_000n);
}
