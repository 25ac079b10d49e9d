import { DomainError } from './domain-error.js';
import { toArabicDigits } from './thai-digits.js';

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const BUDDHIST_ERA_OFFSET = 543;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A calendar date as staff type it: YYYY-MM-DD or D/M/YYYY, Thai or Arabic digits; a year of 2400 or more
 * is a Buddhist Era year (พ.ศ.). Returned as an ISO date YYYY-MM-DD in the Common Era.
 */
export function parseDateInput(input: string, field: string): string {
  const text = toArabicDigits(String(input ?? '')).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (year !== undefined) {
    const ce = Number(year) >= 2400 ? Number(year) - BUDDHIST_ERA_OFFSET : Number(year);
    const date = new Date(Date.UTC(ce, Number(month) - 1, Number(day)));
    if (ce >= 1900 && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) {
      return date.toISOString().slice(0, 10);
    }
  }
  throw new DomainError(
    'DATE_MALFORMED',
    `วันที่ไม่ถูกต้อง ให้กรอกเป็น วัน/เดือน/ปี เช่น 15/12/2566 (ได้รับ "${input}")`,
    `A date is DD/MM/YYYY or YYYY-MM-DD, Buddhist or Common Era (got "${input}")`,
    field,
  );
}

/** A time of day as staff type it ("9:30", "๐๙.๓๐ น."), as HH:MM. */
export function parseTimeInput(input: string, field: string): string {
  const match = /^(\d{1,2})[:.](\d{2})(?:\s*น\.?)?$/.exec(toArabicDigits(String(input ?? '')).trim());
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
  const ms = INSTANT.test(String(input)) && isCalendarDate(input.slice(0, 10)) ? Date.parse(input) : NaN;
  if (Number.isFinite(ms)) return new Date(ms).toISOString();
  throw new DomainError(
    'INSTANT_MALFORMED',
    `เวลาที่บันทึกไม่ถูกต้อง (ได้รับ "${input}")`,
    `An instant is ISO 8601 with a zone, e.g. 2024-01-05T10:00:00+07:00 (got "${input}")`,
    field,
  );
}

/** True for a YYYY-MM-DD that names a real day (Date.parse would roll 2024-02-30 over to March). */
function isCalendarDate(date: string): boolean {
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === date;
}

/** The calendar date in Asia/Bangkok (UTC+7, no daylight saving) of an instant. */
export function bangkokDateOf(instant: string): string {
  return new Date(Date.parse(instant) + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a calendar date begins in Asia/Bangkok. */
export function bangkokStartOf(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - BANGKOK_OFFSET_MS).toISOString();
}
