import { DomainError } from './domain-error.js';
import { toArabicDigits } from './thai-digits.js';

/**
 * A Thai phone number as staff type it (Thai or Arabic digits, spaces, dashes, brackets, +66), returned as
 * the national form of 9 digits (landline) or 10 digits (mobile) starting with 0.
 */
export function parsePhone(input: string, field = 'phone'): string {
  let digits = toArabicDigits(String(input ?? '')).replace(/[\s\-().]/g, '');
  if (digits.startsWith('+66')) digits = `0${digits.slice(3)}`;
  if (/^0\d{8,9}$/.test(digits)) return digits;
  throw new DomainError(
    'PHONE_MALFORMED',
    'หมายเลขโทรศัพท์ไม่ถูกต้อง ต้องเป็นตัวเลข 9 หรือ 10 หลักขึ้นต้นด้วย 0',
    'A phone number has 9 or 10 digits starting with 0 (or +66)',
    field,
  );
}
