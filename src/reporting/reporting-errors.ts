import { formatThaiDate } from '../calendar/thai-date-text.js';
import { DomainError } from '../shared/domain-error.js';
import { toArabicDigits } from '../shared/thai-digits.js';

/** Typed rejections of the reporting queries and downloads; dates in the Thai messages in the Buddhist Era. */
export const reportingErrors = {
  notWorkingDay: (day: string, next: string) => new DomainError(
    'REPORT_NOT_WORKING_DAY',
    `วันที่ ${formatThaiDate(day)} ไม่ใช่วันทำการ จึงไม่มีรายงานประจำวัน เรื่องที่บันทึกในวันนั้นรวมอยู่ในรายงานวันที่ ${formatThaiDate(next)}`,
    `${day} is no working day and has no daily report; what was recorded that day is in the report of ${next}`,
    'date',
  ),
  malformedMonth: (input: unknown) => new DomainError(
    'REPORT_MALFORMED_MONTH',
    `เดือน "${String(input)}" ไม่ถูกต้อง ให้กรอกเป็น ปปปป-ดด เช่น 2568-01 หรือ 2025-01`,
    `"${String(input)}" is not a month: write YYYY-MM, e.g. 2025-01 (or 2568-01 in the Buddhist Era)`,
    'month',
  ),
  unknownFormat: (input: string) => new DomainError(
    'REPORT_UNKNOWN_FORMAT',
    `ไม่รู้จักรูปแบบไฟล์ "${input}" ใช้ได้เฉพาะ .xlsx หรือ .pdf`,
    `Unknown file type "${input}": ask for .xlsx or .pdf`,
    'format',
  ),
};

/** "2568-01", "2025-1", "๒๕๖๘-๐๑" → { year (CE), month }. */
export function parseMonth(input: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{1,2})$/.exec(toArabicDigits(String(input ?? '')).trim());
  if (!match) throw reportingErrors.malformedMonth(input);
  const typed = Number(match[1]);
  const year = typed >= 2400 ? typed - 543 : typed;
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 2000) throw reportingErrors.malformedMonth(input);
  return { year, month };
}
