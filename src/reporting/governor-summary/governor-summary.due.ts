import type { CalendarDay } from '../../calendar/calendar-day.js';
import { type HolidayLookup, isWorkingDay, nextWorkingDay } from '../../calendar/working-days.js';

/** The first day of the month after `month` (YYYY-MM). */
export function firstOfNextMonth(month: string): CalendarDay {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * ภายในวันที่ ๑ ของเดือนถัดไป (seed 004): the 1st of the next month; when the offices are closed that day (a weekend or
 * a government holiday of the calendar), the next working day, as the calendar moves any deadline that falls on one.
 */
export function governorSummaryDueOn(month: string, holidays: HolidayLookup): CalendarDay {
  const first = firstOfNextMonth(month);
  return isWorkingDay(first, holidays) ? first : nextWorkingDay(first, holidays);
}
