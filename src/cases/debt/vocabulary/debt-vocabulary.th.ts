import type { AmendedPart, DebtorRegisteredData } from '../debt.events.js';
import type {
  ContactMethod, CreditorKind, DebtCaseStatus, DebtChannel, DebtCloseReason, HelpKind, MediationOutcome, MediationWish,
  ReferralAgency,
} from './debt-vocabulary.js';

/** The Thai names of the informal-debt codes (debt-vocabulary.ts), as district staff say them. */

export const DEBT_CHANNELS_TH: Readonly<Record<DebtChannel, string>> = {
  SELF_QR_THAID: 'ลงทะเบียนด้วยตนเองผ่าน QR Code (ThaiD)',
  THAID_APP: 'ลงทะเบียนผ่านแอปพลิเคชัน ThaiD',
  COUNTER: 'ลงทะเบียน ณ จุดรับลงทะเบียน',
  PAPER: 'ลงทะเบียนด้วยแบบฟอร์มกระดาษ',
};

export const CREDITOR_KINDS_TH: Readonly<Record<CreditorKind, string>> = { PERSON: 'บุคคลธรรมดา', COMPANY: 'นิติบุคคล' };

export const HELP_KINDS_TH: Readonly<Record<HelpKind, string>> = {
  MEDIATION: 'ไกล่เกลี่ยและประนอมข้อพิพาท',
  FORMAL_LOAN: 'สินเชื่อในระบบ',
  LEGAL_ACTION: 'ดำเนินคดีตามกฎหมาย',
  OCCUPATION: 'ส่งเสริมอาชีพ',
  OTHER: 'อื่น ๆ',
};

export const CONTACT_METHODS_TH: Readonly<Record<ContactMethod, string>> = {
  LETTER: 'หนังสือ', PHONE: 'โทรศัพท์', COMMUNITY_LEADER: 'ผ่านผู้นำชุมชน', IN_PERSON: 'พบตัวด้วยตนเอง', OTHER: 'วิธีอื่นที่เหมาะสม',
};

export const MEDIATION_WISHES_TH: Readonly<Record<MediationWish, string>> = {
  YES: 'ประสงค์ไกล่เกลี่ย', NO: 'ไม่ประสงค์ไกล่เกลี่ย', UNDECIDED: 'ยังไม่แจ้งความประสงค์',
};

export const MEDIATION_OUTCOMES_TH: Readonly<Record<MediationOutcome, string>> = {
  AGREED: 'ไกล่เกลี่ยสำเร็จ', NOT_AGREED: 'ไกล่เกลี่ยไม่สำเร็จ', PARTY_ABSENT: 'คู่กรณีไม่มา',
};

export const REFERRAL_AGENCIES_TH: Readonly<Record<ReferralAgency, string>> = {
  POLICE_INVESTIGATOR: 'พนักงานสอบสวน', OTHER_AGENCY: 'หน่วยงานอื่น',
};

export const DEBT_CLOSE_REASONS_TH: Readonly<Record<DebtCloseReason, string>> = {
  SETTLED: 'ดำเนินการแล้วเสร็จ',
  REFERRED: 'ส่งเรื่องต่อหน่วยงานอื่นแล้ว',
  WITHDRAWN: 'ลูกหนี้ขอถอนเรื่อง',
  UNREACHABLE: 'ติดต่อลูกหนี้ไม่ได้',
  DUPLICATE: 'เรื่องซ้ำ',
  OTHER: 'เหตุอื่น',
};

export const DEBT_CASE_STATUSES_TH: Readonly<Record<DebtCaseStatus, string>> = {
  REGISTERED: 'ลงทะเบียนแล้ว',
  CONTACTED: 'ติดต่อลูกหนี้แล้ว',
  MEDIATION_SCHEDULED: 'นัดไกล่เกลี่ยแล้ว',
  AGREED: 'ไกล่เกลี่ยสำเร็จ',
  NOT_AGREED: 'ไกล่เกลี่ยไม่สำเร็จ',
  PARTY_ABSENT: 'คู่กรณีไม่มา',
  REFERRED: 'ส่งเรื่องต่อหน่วยงานอื่น',
  CLOSED: 'ยุติเรื่อง',
};

export const ATTRIBUTIONS_TH: Readonly<Record<DebtorRegisteredData['attribution'], string>> = {
  DOMICILE: 'อำเภอ/เขตตามภูมิลำเนาของลูกหนี้', GIVEN: 'อำเภอ/เขตที่ระบุในการลงทะเบียน',
};

export const AMENDED_PARTS_TH: Readonly<Record<AmendedPart, string>> = {
  debtor: 'ข้อมูลลูกหนี้', creditors: 'ข้อมูลเจ้าหนี้', debts: 'รายการหนี้', helpWanted: 'ความต้องการความช่วยเหลือ',
  district: 'อำเภอ/เขตที่รับผิดชอบ', formDate: 'วันที่ในแบบฟอร์ม',
};
