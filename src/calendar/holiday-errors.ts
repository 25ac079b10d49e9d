import { DomainError } from '../shared/domain-error.js';
import { formatThaiDate } from './thai-date-text.js';

/** Refusals of a change to the government holidays; the Thai messages write the day in the Buddhist Era. */

export function holidayOnWeekend(date: string, field: string): DomainError {
  return new DomainError(
    'HOLIDAY_ON_WEEKEND',
    `วันที่ ${formatThaiDate(date)} ตรงกับวันเสาร์หรือวันอาทิตย์ซึ่งเป็นวันหยุดอยู่แล้ว`,
    `${date} is a Saturday or Sunday, which is no working day anyway`,
    field,
  );
}

export function alreadyHoliday(date: string, name: string, field: string): DomainError {
  return new DomainError(
    'HOLIDAY_ALREADY_EXISTS',
    `วันที่ ${formatThaiDate(date)} เป็นวันหยุดราชการอยู่แล้ว (${name})`,
    `${date} is already a government holiday (${name})`,
    field,
  );
}

export function notHoliday(date: string, field: string): DomainError {
  return new DomainError(
    'HOLIDAY_NOT_FOUND',
    `วันที่ ${formatThaiDate(date)} ไม่ใช่วันหยุดราชการ`,
    `${date} is not a government holiday`,
    field,
  );
}

export function holidayNameRequired(field: string, maxLength: number): DomainError {
  return new DomainError(
    'HOLIDAY_NAME_REQUIRED',
    `กรุณาระบุชื่อวันหยุด ความยาวไม่เกิน ${maxLength} ตัวอักษร`,
    `Give the holiday a name of at most ${maxLength} characters`,
    field,
  );
}
