import { toThaiDigits } from '../shared/thai-digits.js';
import { bangkokTime, type CalendarDay, partsOf, toCalendarDay } from './calendar-day.js';
import { buddhistEraYear } from './thai-years.js';

const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

export interface ThaiTextOptions {
  /** Write the digits as ๐–๙, as official letters often do. */
  thaiDigits?: boolean;
}

/** `15 ธันวาคม 2566`: day, Thai month name, Buddhist Era year; a Date counts as its Bangkok day. */
export function formatThaiDate(date: CalendarDay | Date, options: ThaiTextOptions = {}): string {
  const { year, month, day } = partsOf(toCalendarDay(date));
  return digits(`${day} ${THAI_MONTHS[month - 1]} ${buddhistEraYear(year)}`, options);
}

/** `15 ธันวาคม 2566 15:00 น.`: the Bangkok date and time of an instant. */
export function formatThaiDateTime(instant: Date, options: ThaiTextOptions = {}): string {
  const { hours, minutes } = bangkokTime(instant);
  const time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')} น.`;
  return `${formatThaiDate(instant, options)} ${digits(time, options)}`;
}

function digits(text: string, { thaiDigits }: ThaiTextOptions): string {
  return thaiDigits ? toThaiDigits(text) : text;
}
