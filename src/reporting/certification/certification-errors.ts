import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { CalendarDay } from '../../calendar/calendar-day.js';
import { DomainError } from '../../shared/domain-error.js';
import { districtTitle } from '../report-figures.js';

/** Typed rejections of certifying (ยืนยันรายงาน) a district's daily report. */
export const certificationErrors = {
  notResponsible: (districtCode: string) => new DomainError(
    'REPORT_CERTIFIER_NOT_RESPONSIBLE',
    `ท่านไม่ได้เป็นผู้รับผิดชอบการรายงานของ${districtTitle(districtCode)} จึงยืนยันรายงานของอำเภอนี้ไม่ได้`,
    `Only one of the two responsible reporters named for district ${districtCode}, working there, certifies its report`,
    'districtCode',
  ),
  notFrozen: (day: CalendarDay) => new DomainError(
    'REPORT_NOT_FROZEN',
    `รายงานประจำวันที่ ${formatThaiDate(day)} ยังไม่ปิดยอด ยืนยันได้เมื่อปิดยอดเวลา 15:00 น. แล้ว`,
    `The daily report of ${day} is not frozen yet: it can be certified once frozen at its 15:00 cut-off`,
    'date',
  ),
  alreadyCertified: (day: CalendarDay, districtCode: string, certifiedAt: string) => new DomainError(
    'REPORT_ALREADY_CERTIFIED',
    `รายงานประจำวันที่ ${formatThaiDate(day)} ของ${districtTitle(districtCode)} ยืนยันแล้วเมื่อ ${formatThaiDateTime(new Date(certifiedAt))}`,
    `The daily report of ${day} of district ${districtCode} was certified already, at ${certifiedAt}`,
    'date',
  ),
};
