import { DomainError } from './domain-error.js';
import { toArabicDigits } from './thai-digits.js';

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const BUDDHIST_ERA_OFFSET = 543;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?:\s*น\.?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar date as staff type it: YYYY-MM-DD or D/M/YYYY, Thai or Arabic digits; a year of 2400 or more
 * is a Buddhist Era year (พ.ศ.). Returned as an ISO date YYYY-MM-DD in the Common Era.
 */
export function parseDateInput(input: string, field: string): string {
  const text = toArabicDigits(String(input ?? '')).trim();
  const iso = ISO_DATE.exec(text);
  const dmy = iso ? null : DAY_MONTH_YEAR.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : undefined;
  if (parts) {
    const [year, month, day] = parts;
    const ce = Number(year) >= 2400 ? Number(year) - BUDDHIST_ERA_OFFSET : Number(year);
    if (ce >= 1900 && isCalendarDay(ce, Number(month), Number(day))) return `${ce}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  throw new DomainError(
    'DATE_MALFORMED',
    `วันที่ไม่ถูกต้อง ให้กรอกเป็น วัน/เดือน/ปี เช่น 15/12/2566 (ได้รับ "${input}")`,
    `A date is DD/MM/YYYY or YYYY-MM-DD, Buddhist or Common Era (got "${input}")`,
    field,
  );
}

/** A date as Thai staff write it: D/M/YYYY in the Buddhist Era. */
const thaiDate = (date: string) => `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}/${Number(date.slice(0, 4)) + BUDDHIST_ERA_OFFSET}`;

/**
 * An ISO date no earlier than `from` and no later than `to` (either may be left open), else DATE_OUT_OF_RANGE
 * naming the field: the plausible range of a date of the programmes (a complaint cannot be received before the
 * complaint system existed, a mediation cannot be held before the registration).
 */
export function requireDateWithin(date: string, field: string, from: string | null, to: string | null = null): string {
  if ((from === null || date >= from) && (to === null || date <= to)) return date;
  const th = from && to ? `อยู่ระหว่าง ${thaiDate(from)} ถึง ${thaiDate(to)}` : from ? `ไม่ก่อน ${thaiDate(from)}` : `ไม่หลัง ${thaiDate(to!)}`;
  const en = from && to ? `between ${from} and ${to}` : from ? `on or after ${from}` : `on or before ${to}`;
  throw new DomainError('DATE_OUT_OF_RANGE', `วันที่ต้อง${th} (ได้รับ ${thaiDate(date)})`, `The date must be ${en} (got ${date})`, field);
}

/** The same day `years` years after an ISO date (29 February becomes 28 February outside leap years). */
export function yearsAfter(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const day = date.slice(5) === '02-29' && !isCalendarDay(year, 2, 29) ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${day}`;
}

/** A time of day as staff type it ("9:30", "๐๙.๓๐ น."), as HH:MM. */
export function parseTimeInput(input: string, field: string): string {
  const match = TIME.exec(toArabicDigits(String(input ?? '')).trim());
  if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return `${match[1].padStart(2, '0')}:${match[2]}`;
  throw new DomainError(
    'TIME_MALFORMED',
    `เวลาไม่ถูกต้อง ให้กรอกเป็น ชั่วโมง.นาที เช่น 09.30 (ได้รับ "${input}")`,
    `A time is HH:MM, e.g. 09:30 (got "${input}")`,
    field,
  );
}

/** An ISO 8601 instant with a zone, as the canonical UTC form (2024-01-05T03:00:00.000Z). */
export function parseInstant(input: string, field: string): string {
  const valid = INSTANT.test(String(input)) && isCalendarDay(Number(input.slice(0, 4)), Number(input.slice(5, 7)), Number(input.slice(8, 10)));
  const ms = valid ? Date.parse(input) : NaN;
  if (Number.isFinite(ms)) return isoString(new Date(ms));
  throw new DomainError(
    'INSTANT_MALFORMED',
    `เวลาที่บันทึกไม่ถูกต้อง (ได้รับ "${input}")`,
    `An instant is ISO 8601 with a zone, e.g. 2024-01-05T10:00:00+07:00 (got "${input}")`,
    field,
  );
}

/** True for a day that exists in the (proleptic Gregorian) calendar: Date.parse would roll 2024-02-30 over to March. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** The calendar date in Asia/Bangkok (UTC+7, no daylight saving) of an instant. */
export function bangkokDateOf(instant: string): string {
  return isoString(new Date(Date.parse(instant) + BANGKOK_OFFSET_MS)).slice(0, 10);
}

/** The instant a calendar date begins in Asia/Bangkok. */
export function bangkokStartOf(date: string): string {
  return isoString(new Date(Date.parse(`${date}T00:00:00.000Z`) - BANGKOK_OFFSET_MS));
}

/**
 * `date.toISOString()`, written from the date's UTC fields for years 0–9999: Node 20's toISOString takes
 * about 1 µs, several times as long, and the import calls it a few times for every row.
 */
function isoString(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return date.toISOString();
  const ms = date.getUTCMilliseconds();
  return `${String(year).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}T${
    twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}.${ms < 100 ? (ms < 10 ? '00' : '0') : ''}${ms}Z`;
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);
