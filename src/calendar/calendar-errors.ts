import { DomainError } from '../shared/domain-error.js';

export function malformedDate(input: unknown, field: string): DomainError {
  return new DomainError(
    'CALENDAR_MALFORMED_DATE',
    `วันที่ "${String(input)}" ไม่ถูกต้อง ต้องเป็นวันที่ที่มีอยู่จริงในรูปแบบ ปปปป-ดด-วว เช่น 2024-12-15 หรือ 2567-12-15`,
    `"${String(input)}" is not a date: write an existing day as YYYY-MM-DD, e.g. 2024-12-15 (or 2567-12-15 in the Buddhist Era)`,
    field,
  );
}

export function malformedYear(input: unknown, field: string): DomainError {
  return new DomainError(
    'CALENDAR_MALFORMED_YEAR',
    `ปี "${String(input)}" ไม่ถูกต้อง ต้องเป็นปี ค.ศ. หรือ พ.ศ. 4 หลัก เช่น 2025 หรือ 2568`,
    `"${String(input)}" is not a year: write 4 digits, CE or Buddhist Era, e.g. 2025 or 2568`,
    field,
  );
}

export function holidayOnWeekend(date: string, field: string): DomainError {
  return new DomainError(
    'HOLIDAY_ON_WEEKEND',
    `วันที่ ${date} ตรงกับวันเสาร์หรือวันอาทิตย์ซึ่งเป็นวันหยุดอยู่แล้ว`,
    `${date} is a Saturday or Sunday, which is no working day anyway`,
    field,
  );
}

export function alreadyHoliday(date: string, name: string, field: string): DomainError {
  return new DomainError(
    'HOLIDAY_ALREADY_EXISTS',
    `วันที่ ${date} เป็นวันหยุดราชการอยู่แล้ว (${name})`,
    `${date} is already a government holiday (${name})`,
    field,
  );
}

export function notHoliday(date: string, field: string): DomainError {
  return new DomainError(
    'HOLIDAY_NOT_FOUND',
    `วันที่ ${date} ไม่ใช่วันหยุดราชการ`,
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
