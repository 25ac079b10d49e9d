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
