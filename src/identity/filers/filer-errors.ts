import { DomainError } from '../../shared/domain-error.js';

/** Every refusal of a filer's D.DOPA sign-in: a stable code, Thai and English text. */
const error = (code: string, th: string, en: string, field?: string) => new DomainError(code, th, en, field);

export const filerErrors = {
  notConfigured: () =>
    error('FILER_SIGN_IN_NOT_CONFIGURED', 'ยังไม่ได้ตั้งค่าการเข้าสู่ระบบด้วย D.DOPA สำหรับผู้ยื่นแบบ',
      'Filer sign-in with D.DOPA is not configured on this service (DOPA_OIDC_ISSUER and the rest)'),
  issuerUnreachable: () =>
    error('FILER_ISSUER_UNAVAILABLE', 'ติดต่อ D.DOPA ไม่ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง', 'D.DOPA cannot be reached now; try again later'),
  signInExpired: () =>
    error('FILER_SIGN_IN_EXPIRED', 'การเข้าสู่ระบบหมดเวลาหรือไม่ได้เริ่มจากเครื่องนี้ กรุณาเริ่มใหม่',
      'This sign-in has expired or was not started in this browser; start again', 'state'),
  signInRefused: (reason: string) =>
    error('FILER_SIGN_IN_REFUSED', 'D.DOPA ไม่ยืนยันตัวตน กรุณาลองใหม่', `D.DOPA did not confirm the identity: ${reason}`),
  notSignedIn: () =>
    error('FILER_NOT_SIGNED_IN', 'กรุณาเข้าสู่ระบบด้วย D.DOPA ก่อน (หรือการเข้าสู่ระบบหมดเวลาแล้ว)',
      'Sign in with D.DOPA first (or the filer session has ended)'),
  citizenIdMissing: (claim: string) =>
    error('FILER_CITIZEN_ID_MISSING', 'ข้อมูลจาก D.DOPA ไม่มีเลขประจำตัวประชาชน', `The ID token has no citizen id claim "${claim}"`, claim),
};
