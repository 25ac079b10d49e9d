import { toArabicDigits } from './thai-digits';

const ZONE = 'Asia/Bangkok';
const thaiDay = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const thaiDayShort = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: ZONE, day: 'numeric', month: 'short', year: 'numeric' });
const thaiTime = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const thaiMonth = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "2024-05-17" (a LocalDate) → "17 พฤษภาคม 2567". */
export const localDateText = (day: string, short = false): string =>
  (short ? thaiDayShort : thaiDay).format(new Date(`${day}T12:00:00+07:00`));

/** An instant → "17 พ.ค. 2567 14:05 น." in Bangkok time. */
export const instantText = (at: string | Date): string => `${thaiDayShort.format(new Date(at))} ${thaiTime.format(new Date(at))} น.`;

/** "2024-05" → "พฤษภาคม 2567". */
export const monthText = (month: string): string => thaiMonth.format(new Date(`${month}-15T00:00:00Z`));

/** Today in Bangkok as a LocalDate. */
export const todayInBangkok = (now = new Date()): string => isoDay.format(now);

/**
 * A day typed as d/m/yyyy (or d-m-yyyy, d.m.yyyy) in either era, with Thai or Arabic digits: a year above 2400 is
 * Buddhist Era. Answers the LocalDate, or null when it is not a day of the calendar.
 */
export function parseTypedDay(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(toArabicDigits(text));
  if (!match) return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ce = year > 2400 ? year - 543 : year;
  const date = new Date(Date.UTC(ce, month - 1, day));
  if (date.getUTCFullYear() !== ce || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(ce).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A LocalDate as it is typed back: "17/05/2567". */
export const typedDayOf = (day: string): string => {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${Number(y) + 543}`;
};

/**
 * A Bangkok date and time typed as d/m/yyyy hh:mm (the time may be left out: the day's start; hh.mm also read), in
 * either era, Thai or Arabic digits. Answers the instant as ISO text, or null when it is no such moment.
 */
export function parseTypedInstant(text: string): string | null {
  const match = /^\s*(\S+)(?:\s+(\d{1,2})[:.](\d{2})(?:\s*น\.?)?)?\s*$/.exec(toArabicDigits(text));
  const day = match && parseTypedDay(match[1]);
  if (!match || !day) return null;
  const [hour, minute] = [Number(match[2] ?? 0), Number(match[3] ?? 0)];
  if (hour > 23 || minute > 59) return null;
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`).toISOString();
}
