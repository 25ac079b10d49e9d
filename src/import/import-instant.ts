import { parseDateInput } from '../shared/date-input.js';
import { DomainError } from '../shared/domain-error.js';
import { toArabicDigits } from '../shared/thai-digits.js';

/**
 * An instant as an earlier system's export writes it: an ISO instant with its zone, or a date (D/M/YYYY,
 * Buddhist Era and Thai digits accepted, or YYYY-MM-DD) with an optional time HH:MM[:SS], taken as
 * Asia/Bangkok time.
 */
export function parseExportInstant(input: string, field: string): string {
  const text = toArabicDigits(input).trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:\d{2})$/.test(text)) return text;
  const match = /^(\S+?)(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*น\.?)?)?$/.exec(text);
  const [, day = text, hours = '0', minutes = '00', seconds = '00'] = match ?? [];
  const date = parseDateInput(day, field);
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    throw new DomainError('TIME_MALFORMED', `เวลาไม่ถูกต้อง (ได้รับ "${input}")`, `The time of day is not valid (got "${input}")`, field);
  }
  return `${date}T${hours.padStart(2, '0')}:${minutes}:${seconds}+07:00`;
}
