import { bangkokDay } from '../../calendar/calendar-day.js';
import { parseYear } from '../../calendar/thai-years.js';
import { DomainError } from '../../shared/domain-error.js';
import { toArabicDigits } from '../../shared/thai-digits.js';

const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

/** A month as staff type it: YYYY-MM or MM/YYYY, CE or Buddhist Era year, Thai digits; as its first day. */
export function parseMonth(input: string, field: string): string {
  const text = toArabicDigits(String(input ?? '')).trim();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
  const slashed = /^(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month] = iso ? [iso[1], Number(iso[2])] : slashed ? [slashed[2], Number(slashed[1])] : ['', 0];
  if (month < 1 || month > 12) {
    throw new DomainError(
      'MONTH_MALFORMED',
      `เดือนไม่ถูกต้อง ให้กรอกเป็น เดือน/ปี เช่น 1/2568 (ได้รับ "${input}")`,
      `A month is MM/YYYY or YYYY-MM, Buddhist or Common Era (got "${input}")`,
      field,
    );
  }
  return `${parseYear(year, field)}-${String(month).padStart(2, '0')}-01`;
}

/** `มกราคม 2568` for the month starting on the given day (YYYY-MM-01). */
export function monthTh(firstDay: string): string {
  return `${THAI_MONTHS[Number(firstDay.slice(5, 7)) - 1]} ${Number(firstDay.slice(0, 4)) + 543}`;
}

/** The first day of the Bangkok month of an instant. */
export const monthOf = (instant: string) => `${bangkokDay(new Date(instant)).slice(0, 7)}-01`;

/** The first day of the month `months` after the given one. */
export function addMonths(firstDay: string, months: number): string {
  const date = new Date(`${firstDay}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** The first month (1 October) of the fiscal year the month belongs to. */
export function fiscalYearStart(firstDay: string): string {
  const year = Number(firstDay.slice(0, 4));
  return `${Number(firstDay.slice(5, 7)) >= 10 ? year : year - 1}-10-01`;
}
