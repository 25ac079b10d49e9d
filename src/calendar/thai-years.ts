import { toArabicDigits } from '../shared/thai-digits.js';
import {
  BUDDHIST_ERA_OFFSET, type CalendarDay, FIRST_BUDDHIST_ERA_YEAR_TYPED, partsOf, toCalendarDay,
} from './calendar-day.js';
import { malformedYear } from './calendar-errors.js';

/** พ.ศ. of a CE year: 2024 → 2567. */
export function buddhistEraYear(ceYear: number): number {
  return ceYear + BUDDHIST_ERA_OFFSET;
}

/**
 * A year as staff type it, CE or Buddhist Era (2568 means 2025), Arabic or Thai digits; returned as CE.
 * Anything but 4 digits is CALENDAR_MALFORMED_YEAR naming `field`.
 */
export function parseYear(input: string | number, field = 'year'): number {
  const text = toArabicDigits(String(input ?? '')).trim();
  if (!/^\d{4}$/.test(text) || Number(text) < 1000) throw malformedYear(input, field);
  const year = Number(text);
  return year >= FIRST_BUDDHIST_ERA_YEAR_TYPED ? year - BUDDHIST_ERA_OFFSET : year;
}

/** ปีงบประมาณ (Buddhist Era) of a day: the fiscal year runs 1 October to 30 September, named by its end. */
export function fiscalYearOf(date: CalendarDay | Date): number {
  const { year, month } = partsOf(toCalendarDay(date));
  return buddhistEraYear(month >= 10 ? year + 1 : year);
}

export interface FiscalYearRange {
  /** Buddhist Era, e.g. 2568 */
  fiscalYear: number;
  start: CalendarDay;
  end: CalendarDay;
}

/** First and last day of a fiscal year given CE or BE: 2568 (or 2025) → 2024-10-01 to 2025-09-30. */
export function fiscalYearRange(fiscalYear: string | number, field = 'fiscalYear'): FiscalYearRange {
  const endYear = parseYear(fiscalYear, field);
  return { fiscalYear: buddhistEraYear(endYear), start: `${endYear - 1}-10-01`, end: `${endYear}-09-30` };
}
