import { addDays, type CalendarDay, isWeekend, toCalendarDay } from './calendar-day.js';

/** One government holiday: the day and its name in Thai and (where known) English. */
export interface Holiday {
  readonly date: CalendarDay;
  readonly nameTh: string;
  readonly nameEn: string | null;
}

/** The holiday days to count with: a Set of CalendarDay will do. */
export interface HolidayLookup {
  has(day: CalendarDay): boolean;
}

/** Monday to Friday and not a government holiday. A Date counts as its Bangkok day. */
export function isWorkingDay(date: CalendarDay | Date, holidays: HolidayLookup): boolean {
  const day = toCalendarDay(date);
  return !isWeekend(day) && !holidays.has(day);
}

/** The first working day after the given day (never the day itself). */
export function nextWorkingDay(date: CalendarDay | Date, holidays: HolidayLookup): CalendarDay {
  return stepToWorkingDay(toCalendarDay(date), 1, holidays);
}

/** The last working day before the given day (never the day itself). */
export function previousWorkingDay(date: CalendarDay | Date, holidays: HolidayLookup): CalendarDay {
  return stepToWorkingDay(toCalendarDay(date), -1, holidays);
}

function stepToWorkingDay(from: CalendarDay, step: 1 | -1, holidays: HolidayLookup): CalendarDay {
  let day = addDays(from, step);
  while (isWeekend(day) || holidays.has(day)) day = addDays(day, step);
  return day;
}
