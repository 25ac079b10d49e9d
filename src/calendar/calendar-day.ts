import { toArabicDigits } from '../shared/thai-digits.js';
import { malformedDate } from './calendar-errors.js';

/** A day of the Gregorian calendar as 'YYYY-MM-DD' (CE year), meant as that day in Asia/Bangkok. */
export type CalendarDay = string;

const DAY_MS = 86_400_000;
/** Asia/Bangkok is UTC+7 all year: Thailand keeps no daylight saving time. */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;
/** A typed year from here on is a Buddhist Era year (CE + 543); no case dates from 2400 CE. */
export const FIRST_BUDDHIST_ERA_YEAR_TYPED = 2400;
export const BUDDHIST_ERA_OFFSET = 543;

/**
 * A day as staff type it: YYYY-MM-DD with Arabic or Thai digits, the year CE or Buddhist Era (2567-12-15
 * is 2024-12-15), month and day with or without a leading zero. Returns the canonical CE form; anything
 * else, including a day that does not exist (2025-02-29), is CALENDAR_MALFORMED_DATE naming `field`.
 */
export function parseCalendarDay(input: string, field = 'date'): CalendarDay {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(toArabicDigits(String(input ?? '')).trim());
  if (!match) throw malformedDate(input, field);
  let year = Number(match[1]);
  if (year >= FIRST_BUDDHIST_ERA_YEAR_TYPED) year -= BUDDHIST_ERA_OFFSET;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    throw malformedDate(input, field);
  }
  return utc.toISOString().slice(0, 10);
}

/** The Bangkok calendar day of an instant: 2024-12-14T18:30:00Z is already 2024-12-15 in Bangkok. */
export function bangkokDay(instant: Date): CalendarDay {
  if (Number.isNaN(instant.getTime())) throw malformedDate(instant, 'date');
  return new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Bangkok wall-clock hours and minutes of an instant. */
export function bangkokTime(instant: Date): { hours: number; minutes: number } {
  const shifted = new Date(instant.getTime() + BANGKOK_OFFSET_MS);
  return { hours: shifted.getUTCHours(), minutes: shifted.getUTCMinutes() };
}

/** A typed day, or the Bangkok day of an instant. */
export function toCalendarDay(value: CalendarDay | Date, field = 'date'): CalendarDay {
  return value instanceof Date ? bangkokDay(value) : parseCalendarDay(value, field);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return new Date(utcMidnight(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Sunday to 6 for Saturday. */
export function dayOfWeek(day: CalendarDay): number {
  return new Date(utcMidnight(day)).getUTCDay();
}

export function isWeekend(day: CalendarDay): boolean {
  const weekday = dayOfWeek(day);
  return weekday === 0 || weekday === 6;
}

/** Year, month (1–12) and day of month of a canonical day. */
export function partsOf(day: CalendarDay): { year: number; month: number; day: number } {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return { year, month, day: dayOfMonth };
}

function utcMidnight(day: CalendarDay): number {
  const { year, month, day: dayOfMonth } = partsOf(parseCalendarDay(day));
  return Date.UTC(year, month - 1, dayOfMonth);
}
