import { hasValidCheckDigit } from './citizen-id.js';
import { DomainError } from './domain-error.js';
import { toArabicDigits } from './thai-digits.js';

/**
 * A juristic person's 13-digit registration number (เลขทะเบียนนิติบุคคล), which carries the same check digit
 * as a citizen id; Thai digits and separators accepted, 13 Arabic digits returned.
 */
export function parseCompanyId(input: string, field = 'companyId'): string {
  const digits = toArabicDigits(String(input ?? '')).replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) {
    throw new DomainError('COMPANY_ID_FORMAT', 'เลขทะเบียนนิติบุคคลต้องมี 13 หลัก', 'A company registration number has 13 digits', field);
  }
  if (!hasValidCheckDigit(digits)) {
    throw new DomainError(
      'COMPANY_ID_CHECK_DIGIT',
      'เลขทะเบียนนิติบุคคลไม่ถูกต้อง (หลักตรวจสอบไม่ตรง)',
      'The company registration number fails its check digit; check it for a typo',
      field,
    );
  }
  return digits;
}
