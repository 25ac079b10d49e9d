import { DomainError } from '../../shared/domain-error.js';

/** Refusals of legal holds: a stable code, Thai and English text, the field at fault. */
export const legalHoldErrors = {
  caseIdFormat: () => new DomainError('LEGAL_HOLD_CASE_ID_FORMAT', 'เลขที่เรื่องไม่ถูกต้อง (ตัวอักษรอังกฤษ ตัวเลข - _ . ไม่เกิน 100 ตัว)',
    'The case id is not valid (letters, digits, - _ . up to 100 characters)', 'caseId'),
  unknownCase: () => new DomainError('LEGAL_HOLD_CASE_NOT_FOUND', 'ไม่พบเรื่องนี้ในระบบ กรุณาตรวจสอบประเภทและเลขที่เรื่อง',
    'There is no such case: check its type and id', 'caseId'),
  alreadyHeld: (holdNo: number) => new DomainError('LEGAL_HOLD_ALREADY_HELD', `เรื่องนี้ถูกระงับการลบข้อมูลตามคำสั่งอยู่แล้ว (ครั้งที่ ${holdNo})`,
    `This case is under a legal hold already (hold ${holdNo})`, 'caseId'),
  notHeld: () => new DomainError('LEGAL_HOLD_NOT_HELD', 'เรื่องนี้ไม่มีการระงับการลบข้อมูลที่ยังมีผลอยู่',
    'This case has no active legal hold to lift', 'caseId'),
};
