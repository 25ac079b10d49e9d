import type { DebtCaseAction, DebtCaseDetail, DebtCaseStatus } from './case.graphql';

/** The Thai names of the debt case's codes, as district staff say them (the service's debt-vocabulary.th.ts). */

type Codes<K extends string> = Readonly<Record<K, string>>;
type Session = DebtCaseDetail['mediationSessions'][number];

export const STATUS_TH: Codes<DebtCaseStatus> = {
  REGISTERED: 'ลงทะเบียนแล้ว',
  CONTACTED: 'ติดต่อลูกหนี้แล้ว',
  MEDIATION_SCHEDULED: 'นัดไกล่เกลี่ยแล้ว',
  AGREED: 'ไกล่เกลี่ยสำเร็จ',
  NOT_AGREED: 'ไกล่เกลี่ยไม่สำเร็จ',
  PARTY_ABSENT: 'คู่กรณีไม่มา',
  REFERRED: 'ส่งเรื่องต่อหน่วยงานอื่น',
  CLOSED: 'ยุติเรื่อง',
};

export const CHANNEL_TH: Codes<DebtCaseDetail['channel']> = {
  SELF_QR_THAID: 'ลงทะเบียนด้วยตนเองผ่าน QR Code (ThaiD)',
  THAID_APP: 'ลงทะเบียนผ่านแอปพลิเคชัน ThaiD',
  COUNTER: 'ลงทะเบียน ณ จุดรับลงทะเบียน',
  PAPER: 'ลงทะเบียนด้วยแบบฟอร์มกระดาษ',
};

export const CREDITOR_KIND_TH: Codes<DebtCaseDetail['creditors'][number]['kind']> = { PERSON: 'บุคคลธรรมดา', COMPANY: 'นิติบุคคล' };

export const HELP_KIND_TH: Codes<DebtCaseDetail['helpWanted']['kinds'][number]> = {
  MEDIATION: 'ไกล่เกลี่ยและประนอมข้อพิพาท',
  FORMAL_LOAN: 'สินเชื่อในระบบ',
  LEGAL_ACTION: 'ดำเนินคดีตามกฎหมาย',
  OCCUPATION: 'ส่งเสริมอาชีพ',
  OTHER: 'อื่น ๆ',
};

export const CONTACT_METHOD_TH: Codes<DebtCaseDetail['contactAttempts'][number]['method']> = {
  LETTER: 'หนังสือ', PHONE: 'โทรศัพท์', COMMUNITY_LEADER: 'ผ่านผู้นำชุมชน', IN_PERSON: 'พบตัวด้วยตนเอง', OTHER: 'วิธีอื่นที่เหมาะสม',
};

export const WISH_TH: Codes<DebtCaseDetail['wishesMediation']> = {
  YES: 'ประสงค์ไกล่เกลี่ย', NO: 'ไม่ประสงค์ไกล่เกลี่ย', UNDECIDED: 'ยังไม่แจ้งความประสงค์',
};

export const OUTCOME_TH: Codes<NonNullable<Session['outcome']>['outcome']> = {
  AGREED: 'ไกล่เกลี่ยสำเร็จ', NOT_AGREED: 'ไกล่เกลี่ยไม่สำเร็จ', PARTY_ABSENT: 'คู่กรณีไม่มา',
};

export const SESSION_STATE_TH: Codes<Session['state']> = {
  SCHEDULED: 'นัดแล้ว', RESCHEDULED: 'เลื่อนนัด', CANCELLED: 'ยกเลิกเพราะส่งต่อเรื่อง', HELD: 'ไกล่เกลี่ยแล้ว',
};

export const AGENCY_TH: Codes<NonNullable<DebtCaseDetail['referral']>['agency']> = {
  POLICE_INVESTIGATOR: 'พนักงานสอบสวน', OTHER_AGENCY: 'หน่วยงานอื่น',
};

export const CLOSE_REASON_TH: Codes<NonNullable<DebtCaseDetail['closing']>['reason']> = {
  SETTLED: 'ดำเนินการแล้วเสร็จ',
  REFERRED: 'ส่งเรื่องต่อหน่วยงานอื่นแล้ว',
  WITHDRAWN: 'ลูกหนี้ขอถอนเรื่อง',
  UNREACHABLE: 'ติดต่อลูกหนี้ไม่ได้',
  DUPLICATE: 'เรื่องซ้ำ',
  OTHER: 'เหตุอื่น',
};

/** The buttons of the actions the case page offers, in this order. */
export const ACTION_TH: Partial<Codes<DebtCaseAction>> = {
  RECORD_CONTACT_ATTEMPT: 'บันทึกการติดต่อลูกหนี้',
  SCHEDULE_MEDIATION: 'นัดไกล่เกลี่ย',
  RECORD_MEDIATION_OUTCOME: 'บันทึกผลการไกล่เกลี่ย',
  TRANSFER: 'ส่งต่อไปอำเภอ/เขตอื่น',
  REFER: 'ส่งเรื่องต่อหน่วยงานอื่น',
  CLOSE: 'ยุติเรื่อง',
  REOPEN: 'เปิดเรื่องใหม่',
};

/** "62,500.50 บาท" from exact decimal text. */
export const bahtText = (amount: string): string => {
  const [whole, fraction = '00'] = amount.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0').slice(0, 2)} บาท`;
};

/** "อำเภอเมืองมุกดาหาร", "เขตพระนคร". */
export const districtTitle = (district: { nameTh: string; isBangkokKhet: boolean }): string =>
  `${district.isBangkokKhet ? 'เขต' : 'อำเภอ'}${district.nameTh}`;

/** "1-1017-00207-03-0". */
export const citizenIdText = (id: string): string =>
  id.length === 13 ? `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}` : id;

/** An address line with its subdistrict, district and province ("ต./อ./จ.", "แขวง/เขต" in Bangkok). */
export function addressText(address: {
  line: string | null; subdistrict: { nameTh: string } | null; district: { nameTh: string; isBangkokKhet: boolean } | null; province: { nameTh: string };
}): string {
  const khet = address.district?.isBangkokKhet ?? false;
  return [
    address.line,
    address.subdistrict && `${khet ? 'แขวง' : 'ตำบล'}${address.subdistrict.nameTh}`,
    address.district && districtTitle(address.district),
    khet ? address.province.nameTh : `จังหวัด${address.province.nameTh}`,
  ].filter(Boolean).join(' ');
}
