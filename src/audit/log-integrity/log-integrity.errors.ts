import { DomainError } from '../../shared/domain-error.js';

/** The code typed names no frozen report: mistyped, not a code of this service, or of a report that was removed. */
export class UnknownVerificationCodeError extends DomainError {
  constructor() {
    super(
      'UNKNOWN_VERIFICATION_CODE',
      'ไม่พบรายงานที่มีรหัสตรวจสอบนี้ ตรวจดูว่ากรอกรหัส 10 ตัวอักษรตรงกับที่พิมพ์ในรายงาน (เช่น ABCDE-FGH23)',
      'No frozen report has this verification code; check the 10 characters printed on the report (e.g. ABCDE-FGH23)',
      'code',
    );
  }
}
