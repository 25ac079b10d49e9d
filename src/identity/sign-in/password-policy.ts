import { toArabicDigits } from '../../shared/thai-digits.js';
import { identityErrors } from '../identity-errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
const MIN_DISTINCT_CHARACTERS = 5;

/**
 * A password its holder chooses: long rather than composed (NIST SP 800-63B), at least 12 characters of
 * any script, not the password it replaces, not the user name, and not a run of a few characters repeated.
 */
export function checkNewPassword(newPassword: string, { currentPassword, citizenId }: { currentPassword: string; citizenId: string }): void {
  const characters = [...String(newPassword ?? '')];
  if (characters.length < MIN_PASSWORD_LENGTH) {
    throw identityErrors.passwordRule('PASSWORD_TOO_SHORT', `รหัสผ่านต้องยาวอย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร`,
      `A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (characters.length > MAX_PASSWORD_LENGTH) {
    throw identityErrors.passwordRule('PASSWORD_TOO_LONG', `รหัสผ่านต้องยาวไม่เกิน ${MAX_PASSWORD_LENGTH} ตัวอักษร`,
      `A password has at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  if (newPassword === currentPassword) {
    throw identityErrors.passwordRule('PASSWORD_UNCHANGED', 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม', 'The new password must differ from the current one');
  }
  if (toArabicDigits(newPassword).replace(/\D/g, '').includes(citizenId)) {
    throw identityErrors.passwordRule('PASSWORD_CONTAINS_CITIZEN_ID', 'รหัสผ่านต้องไม่มีเลขประจำตัวประชาชน',
      'A password must not contain the citizen id');
  }
  if (new Set(characters.map((c) => c.toLowerCase())).size < MIN_DISTINCT_CHARACTERS) {
    throw identityErrors.passwordRule('PASSWORD_TOO_SIMPLE', 'รหัสผ่านง่ายเกินไป ใช้ตัวอักษรที่หลากหลายกว่านี้',
      `A password has at least ${MIN_DISTINCT_CHARACTERS} different characters`);
  }
}
