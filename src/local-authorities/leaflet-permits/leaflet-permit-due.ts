import { addDays, type CalendarDay, isWeekend } from '../../calendar/calendar-day.js';
import type { HolidayLookup } from '../../calendar/working-days.js';

/**
 * The last day to decide on a leaflet permit. The Licensing Facilitation Act B.E. 2558 (พ.ร.บ. การอำนวยความสะดวกใน
 * การพิจารณาอนุญาตของทางราชการ) has the authority state in its public service manual (คู่มือสำหรับประชาชน) how long it
 * takes to decide; those manuals count the time in working days (วันทำการ). So the due day is the `days`-th working day
 * after the request day (the request day itself never counts, even when it is a working day): Monday to Friday, less
 * the government holidays of the holiday table as it stood on the request day.
 */
export function decisionDueOn(requestedOn: CalendarDay, days: number, holidays: HolidayLookup): CalendarDay {
  let day = requestedOn;
  for (let counted = 0; counted < days;) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !holidays.has(day)) counted++;
  }
  return day;
}
