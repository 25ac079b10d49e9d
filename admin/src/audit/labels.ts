/** Thai names of the codes the auditor's pages show, in the words the API's history entries use for them. */

export const DEBT_STATUS_TH: Record<string, string> = {
  REGISTERED: 'ลงทะเบียนแล้ว',
  CONTACTED: 'ติดต่อลูกหนี้แล้ว',
  MEDIATION_SCHEDULED: 'นัดไกล่เกลี่ยแล้ว',
  AGREED: 'ไกล่เกลี่ยสำเร็จ',
  NOT_AGREED: 'ไกล่เกลี่ยไม่สำเร็จ',
  PARTY_ABSENT: 'คู่กรณีไม่มา',
  REFERRED: 'ส่งเรื่องต่อหน่วยงานอื่น',
  CLOSED: 'ยุติเรื่อง',
};

export const COMPLAINT_STATUS_TH: Record<string, string> = {
  RECEIVED: 'รับเรื่องแล้ว',
  ASSIGNED: 'มอบหมายแล้ว',
  IN_PROGRESS: 'อยู่ระหว่างดำเนินการ',
  RESOLVED: 'แก้ไขแล้ว',
  CLOSED: 'ยุติเรื่อง',
};

export const DEBT_CHANNEL_TH: Record<string, string> = {
  SELF_QR_THAID: 'ลงทะเบียนด้วยตนเองผ่าน QR Code (ThaiD)',
  THAID_APP: 'ลงทะเบียนผ่านแอปพลิเคชัน ThaiD',
  COUNTER: 'ลงทะเบียน ณ จุดรับลงทะเบียน',
  PAPER: 'ลงทะเบียนด้วยแบบฟอร์มกระดาษ',
};

export const COMPLAINT_CHANNEL_TH: Record<string, string> = {
  WALK_IN: 'มาด้วยตนเอง',
  HOTLINE_1567: 'สายด่วน 1567',
  LETTER: 'หนังสือ/จดหมาย',
  WEBSITE: 'เว็บไซต์',
  MOBILE: 'แอปพลิเคชันบนมือถือ',
  OTHER: 'ช่องทางอื่น',
};

export const MEDIATION_WISH_TH: Record<string, string> = {
  YES: 'ประสงค์ไกล่เกลี่ย',
  NO: 'ไม่ประสงค์ไกล่เกลี่ย',
  UNDECIDED: 'ยังไม่แจ้งความประสงค์',
};

export const DEBT_CLOSE_REASON_TH: Record<string, string> = {
  SETTLED: 'ดำเนินการแล้วเสร็จ',
  REFERRED: 'ส่งเรื่องต่อหน่วยงานอื่นแล้ว',
  WITHDRAWN: 'ลูกหนี้ขอถอนเรื่อง',
  UNREACHABLE: 'ติดต่อลูกหนี้ไม่ได้',
  DUPLICATE: 'เรื่องซ้ำ',
  OTHER: 'เหตุอื่น',
};

export const COMPLAINT_CLOSE_REASON_TH: Record<string, string> = {
  RESOLVED: 'แก้ไขแล้ว',
  UNRESOLVABLE: 'ไม่สามารถแก้ไขได้',
  WITHDRAWN: 'ผู้ร้องขอถอนเรื่อง',
  DUPLICATE: 'เรื่องซ้ำ',
};

/** "62500.5" → "62,500.50 บาท" (the API's exact decimal text, grouped without going through a float). */
export function bahtText(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0')} บาท`;
}

/** A district as Thai staff write it: อำเภอเมืองมุกดาหาร, or เขตบางรัก in Bangkok. */
export const districtText = (district: { nameTh: string; isBangkokKhet: boolean }): string =>
  `${district.isBangkokKhet ? 'เขต' : 'อำเภอ'}${district.nameTh}`;

/** A province as written after a district: จังหวัดมุกดาหาร, or กรุงเทพมหานคร itself. */
export const provinceText = (province: { nameTh: string }): string =>
  (province.nameTh === 'กรุงเทพมหานคร' ? province.nameTh : `จังหวัด${province.nameTh}`);
