import { DomainError } from './domain-error.js';
import { toArabicDigits } from './thai-digits.js';

/** True when the 13 digits carry the right check digit: d13 = (11 − Σ d_i·(14−i) mod 11) mod 10. */
export function hasValidCheckDigit(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

/**
 * A Thai citizen id as staff type it (Thai or Arabic digits, spaces or dashes between groups), returned as
 * 13 Arabic digits; a wrong length or check digit is a typed rejection naming the field.
 */
export function parseCitizenId(input: string, field = 'citizenId'): string {
  const digits = toArabicDigits(String(input ?? '')).replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) {
    throw new DomainError(
      'CITIZEN_ID_FORMAT',
      'เลขประจำตัวประชาชนต้องมี 13 หลัก',
      'A citizen id has 13 digits',
      field,
    );
  }
  if (!hasValidCheckDigit(digits)) {
    throw new DomainError(
      'CITIZEN_ID_CHECK_DIGIT',
      'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง',
      'The citizen id fails its check digit; check it for a typo',
      field,
    );
  }
  return digits;
}
