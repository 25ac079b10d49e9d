import { DomainError } from '../shared/domain-error.js';

/**
 * Every rejection of the identity slice: a stable code (part of the API), Thai and English text, the field
 * at fault. Sign-in failures never say whether the citizen id has an account.
 */
const error = (code: string, th: string, en: string, field?: string) => new DomainError(code, th, en, field);

export const identityErrors = {
  officeCodeRequired: (field: string) =>
    error('OFFICE_CODE_REQUIRED', 'กรุณาระบุรหัสอำเภอหรือจังหวัดของหน่วยงาน', 'A district or province account needs its office code', field),
  officeCodeMalformed: (code: string, field: string) =>
    error('OFFICE_CODE_MALFORMED', `รหัสหน่วยงาน "${code}" ไม่ถูกต้อง (อปท. 7 หลัก ตำบล 6 หลัก อำเภอ 4 หลัก จังหวัด 2 หลัก หรือ CENTRAL)`,
      `Office code "${code}" is not a 7-digit authority, a 6-digit subdistrict, a 4-digit district, a 2-digit province or CENTRAL`, field),
  authorityUnknown: (code: string, field = 'officeCode') =>
    error('OFFICE_AUTHORITY_NOT_FOUND', `ไม่พบองค์กรปกครองส่วนท้องถิ่นรหัส ${code} ในทะเบียน อปท.`,
      `No local administrative organisation ${code} is registered`, field),
  accountNotFound: (field = 'accountId') => error('ACCOUNT_NOT_FOUND', 'ไม่พบบัญชีผู้ใช้งานนี้', 'There is no such account', field),
  accountAlreadyCreated: () =>
    error('ACCOUNT_ALREADY_CREATED', 'สร้างบัญชีนี้ไว้แล้ว', 'This account has been created already', 'accountId'),
  citizenIdTaken: () =>
    error('ACCOUNT_CITIZEN_ID_TAKEN', 'เลขประจำตัวประชาชนนี้มีบัญชีผู้ใช้งานอยู่แล้ว', 'This citizen id already has an account', 'citizenId'),
  teamOutsideDistrict: (field = 'officeCode') =>
    error('TEAM_SUBDISTRICT_OUTSIDE_DISTRICT', 'ตำบลของชุดปฏิบัติการประจำตำบลต้องอยู่ในอำเภอของท่าน',
      "A tambon team's subdistrict must lie in your district", field),
  forbidden: () => error('FORBIDDEN', 'ท่านไม่มีสิทธิดำเนินการนี้', 'Your account may not do this'),
  positionNotAtLevel: () =>
    error('POSITION_NOT_AT_LEVEL', 'ตำแหน่งนายอำเภอ/ผู้ว่าราชการจังหวัด ใช้ได้เฉพาะระดับอำเภอหรือจังหวัด',
      'The chief position exists only at district and province level', 'position'),
  positionNotLocal: () =>
    error('POSITION_NOT_OF_AUTHORITY', 'เจ้าหน้าที่จัดเก็บรายได้ อปท. ต้องมีตำแหน่งของ อปท. (เช่น นักวิชาการจัดเก็บรายได้ เจ้าพนักงานจัดเก็บรายได้ ผู้อำนวยการกองคลัง) ไม่ใช่ตำแหน่งของกรมการปกครอง',
      "An authority's revenue staff hold one of the authority's positions (e.g. revenue technical officer, revenue collection officer, finance director), not a position of the department", 'position'),
  positionOfAuthorityOnly: () =>
    error('POSITION_OF_AUTHORITY_ONLY', 'ตำแหน่งนี้เป็นตำแหน่งของ อปท. ใช้ได้เฉพาะบัญชีเจ้าหน้าที่จัดเก็บรายได้ อปท.',
      "This is a position of a local authority's revenue staff: only a LOCAL account holds it", 'position'),
  administratorNotAtLevel: () =>
    error('ADMINISTRATOR_NOT_AT_LEVEL', 'ผู้ดูแลระบบมีได้เฉพาะระดับอำเภอ จังหวัด และส่วนกลาง',
      'Only district, province and central accounts can be administrators', 'administrator'),
  administratorExists: () =>
    error('ADMINISTRATOR_EXISTS', 'มีผู้ดูแลระบบส่วนกลางอยู่แล้ว ให้ผู้ดูแลระบบสร้างบัญชีผ่านระบบ',
      'A central administrator exists already; accounts are now created by administrators'),
  bootstrapCentralOnly: () =>
    error('BOOTSTRAP_CENTRAL_ONLY', 'บัญชีแรกต้องเป็นผู้ดูแลระบบส่วนกลาง', 'The first account must be a central administrator', 'level'),
  assignedOnInFuture: () =>
    error('ASSIGNED_ON_IN_FUTURE', 'วันที่ได้รับมอบหมายต้องไม่เป็นวันในอนาคต', 'The date of assignment cannot be in the future', 'assignedOn'),
  suspended: () => error('ACCOUNT_SUSPENDED', 'บัญชีผู้ใช้งานนี้ถูกระงับ', 'The account is suspended'),
  accountErased: () =>
    error('ACCOUNT_ERASED', 'ข้อมูลส่วนบุคคลของบัญชีนี้ถูกลบตามคำขอแล้ว จึงใช้งานหรือแก้ไขบัญชีนี้ไม่ได้',
      "The account's personal data was erased on request: it can no longer be used or changed", 'accountId'),
  notSuspended: () => error('ACCOUNT_NOT_SUSPENDED', 'บัญชีนี้ไม่ได้ถูกระงับ', 'The account is not suspended'),
  ownAccount: () =>
    error('OWN_ACCOUNT', 'ไม่สามารถระงับ ย้าย หรือตั้งรหัสผ่านใหม่ให้บัญชีของตนเองได้',
      'You cannot suspend, move or reset your own account', 'accountId'),
  unchanged: () => error('ACCOUNT_OFFICE_UNCHANGED', 'บัญชีอยู่ที่หน่วยงานและระดับนี้อยู่แล้ว', 'The account already has this office and level', 'officeCode'),
  unauthenticated: () =>
    error('UNAUTHENTICATED', 'กรุณาเข้าสู่ระบบ (ไม่มีหรือหมดอายุการเข้าใช้งาน)', 'Sign in first: the session is missing, expired or ended'),
  sessionRevoked: () =>
    error('SESSION_REVOKED', 'หน่วยงานหรือระดับสิทธิของบัญชีเปลี่ยนไป กรุณาเข้าสู่ระบบใหม่',
      "The account's office or level has changed; sign in again"),
  passwordChangeRequired: () =>
    error('PASSWORD_CHANGE_REQUIRED', 'กรุณาเปลี่ยนรหัสผ่านครั้งแรกก่อนใช้งาน', 'Change your one-time password before anything else'),
  signInFailed: () =>
    error('SIGN_IN_FAILED', 'เลขประจำตัวประชาชนหรือรหัสผ่านไม่ถูกต้อง', 'The citizen id or the password is wrong'),
  signInDelayed: (seconds: number) =>
    error('SIGN_IN_DELAYED', `ใส่รหัสผ่านผิดหลายครั้ง กรุณารอ ${seconds} วินาทีแล้วลองใหม่`,
      `Too many wrong passwords: try again in ${seconds} s`),
  locked: (minutes: number) =>
    error('ACCOUNT_LOCKED', `ใส่รหัสผ่านผิดหลายครั้งจากเครือข่ายนี้ จึงระงับการเข้าสู่ระบบด้วยเลขประจำตัวนี้จากเครือข่ายนี้ชั่วคราว กรุณารอ ${minutes} นาที`,
      `Repeated wrong passwords for this citizen id from this network: sign-in from here is locked for ${minutes} min`),
  rateLimited: (seconds: number) =>
    error('RATE_LIMITED', `มีการเข้าสู่ระบบถี่เกินไป กรุณารอ ${seconds} วินาที`, `Too many sign-in attempts: wait ${seconds} s`),
  currentPasswordWrong: () =>
    error('PASSWORD_CURRENT_WRONG', 'รหัสผ่านปัจจุบันไม่ถูกต้อง', 'The current password is wrong', 'currentPassword'),
  passwordRule: (code: string, th: string, en: string) => error(code, th, en, 'newPassword'),
  reportersNotTwo: () =>
    error('REPORTERS_NOT_TWO', 'ต้องระบุผู้รับผิดชอบการรายงาน 2 ราย ไม่ซ้ำกัน', 'Name exactly two different responsible reporters', 'accountIds'),
  reportersOfficeKind: () =>
    error('REPORTERS_OFFICE_KIND', 'ผู้รับผิดชอบการรายงานกำหนดได้เฉพาะอำเภอและจังหวัด',
      'Only districts and provinces name responsible reporters', 'officeCode'),
  reporterNotEligible: (accountId: string, th: string, en: string) =>
    error('REPORTER_NOT_ELIGIBLE', `บัญชี ${accountId} ${th}`, `Account ${accountId} ${en}`, 'accountIds'),
};
