import { addDays, bangkokDay, bangkokTime, type CalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { reportingErrors } from '../reporting-errors.js';

/** The daily report is due at 15:00 Asia/Bangkok (UTC+7 all year), i.e. 08:00 UTC, every working day. */
export const CUT_OFF_UTC_HOUR = 8;

/** Working day D's cut-off: D at 15:00 Asia/Bangkok. */
export function cutOffOf(day: CalendarDay): Date {
  return new Date(`${day}T0${CUT_OFF_UTC_HOUR}:00:00.000Z`);
}

export interface ReportPeriod {
  day: CalendarDay;
  cutOff: Date;
  /** The previous working day's cut-off: the period is [periodStart, cutOff). */
  periodStart: Date;
}

/** The period of working day D; a weekend day or holiday has no report (REPORT_NOT_WORKING_DAY). */
export async function periodOf(day: CalendarDay, calendar: HolidayCalendar): Promise<ReportPeriod> {
  if (!(await calendar.isWorkingDay(day))) throw reportingErrors.notWorkingDay(day, await calendar.nextWorkingDay(day));
  return { day, cutOff: cutOffOf(day), periodStart: cutOffOf(await calendar.previousWorkingDay(day)) };
}

/** The working day whose period holds the instant: an instant at or after 15:00, or on a day off, goes on. */
export async function reportDayOf(instant: Date, calendar: HolidayCalendar): Promise<CalendarDay> {
  const day = bangkokDay(instant);
  const beforeCutOff = bangkokTime(instant).hours < 15;
  if (beforeCutOff && (await calendar.isWorkingDay(day))) return day;
  return calendar.nextWorkingDay(day);
}

/** The last working day whose cut-off is at or before `now`. */
export async function lastCutOffDay(now: Date, calendar: HolidayCalendar): Promise<CalendarDay> {
  const today = bangkokDay(now);
  if (now >= cutOffOf(today) && (await calendar.isWorkingDay(today))) return today;
  return calendar.previousWorkingDay(today);
}

/** The working days after `after` up to and including `until`, oldest first, at most `limit` (the latest). */
export async function workingDaysBetween(after: CalendarDay, until: CalendarDay, calendar: HolidayCalendar, limit: number): Promise<CalendarDay[]> {
  const days: CalendarDay[] = [];
  for (let day = addDays(after, 1); day <= until; day = addDays(day, 1)) {
    if (await calendar.isWorkingDay(day)) days.push(day);
  }
  return days.slice(-limit);
}
