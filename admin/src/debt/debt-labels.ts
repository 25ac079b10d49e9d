import type { CreditorKind, DebtChannel, HelpKind } from './register/register.graphql';
import type { DebtCaseStatus, HandoverKind } from './list/debt-list.graphql';

/** The Thai names of the informal-debt codes, as district staff say them (src/cases/debt/debt-vocabulary.th.ts). */

export const CHANNEL_TH: Record<DebtChannel, string> = {
  SELF_QR_THAID: 'ลงทะเบียนด้วยตนเองผ่าน QR Code (ThaiD)',
  THAID_APP: 'ลงทะเบียนผ่านแอปพลิเคชัน ThaiD',
  COUNTER: 'ลงทะเบียน ณ จุดรับลงทะเบียน',
  PAPER: 'ลงทะเบียนด้วยแบบฟอร์มกระดาษ',
};

export const STATUS_TH: Record<DebtCaseStatus, string> = {
  REGISTERED: 'ลงทะเบียนแล้ว',
  CONTACTED: 'ติดต่อลูกหนี้แล้ว',
  MEDIATION_SCHEDULED: 'นัดไกล่เกลี่ยแล้ว',
  AGREED: 'ไกล่เกลี่ยสำเร็จ',
  NOT_AGREED: 'ไกล่เกลี่ยไม่สำเร็จ',
  PARTY_ABSENT: 'คู่กรณีไม่มา',
  REFERRED: 'ส่งเรื่องต่อหน่วยงานอื่น',
  CLOSED: 'ยุติเรื่อง',
};

export const CREDITOR_KIND_TH: Record<CreditorKind, string> = { PERSON: 'บุคคลธรรมดา', COMPANY: 'นิติบุคคล' };

export const HELP_KIND_TH: Record<HelpKind, string> = {
  MEDIATION: 'ไกล่เกลี่ยและประนอมข้อพิพาท',
  FORMAL_LOAN: 'สินเชื่อในระบบ',
  LEGAL_ACTION: 'ดำเนินคดีตามกฎหมาย',
  OCCUPATION: 'ส่งเสริมอาชีพ',
  OTHER: 'อื่น ๆ',
};

export const HANDOVER_KIND_TH: Record<HandoverKind, string> = {
  TRANSFERRED: 'ส่งต่อ',
  DISTRICT_CORRECTED: 'แก้ไขอำเภอที่รับผิดชอบ',
  FORWARDED: 'ส่งต่อเรื่องร้องเรียน',
};

/** The options of a select: each code with its Thai name, in the order given. */
export const optionsOf = <T extends string>(names: Record<T, string>) =>
  (Object.entries(names) as [T, string][]).map(([value, label]) => ({ value, label }));
