/** The Thai names of the complaint codes, as the Damrongdhama centres say them. */

export type ComplaintStatus = 'RECEIVED' | 'ASSIGNED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';
export type ComplaintChannel = 'WALK_IN' | 'HOTLINE_1567' | 'LETTER' | 'WEBSITE' | 'MOBILE' | 'OTHER';
export type PartyKind = 'PERSON' | 'STATE_OFFICIAL' | 'ORGANISATION' | 'STATE_AGENCY';
export type CloseReason = 'RESOLVED' | 'UNRESOLVABLE' | 'WITHDRAWN' | 'DUPLICATE';
export type OfficeLevel = 'DISTRICT' | 'PROVINCE' | 'CENTRAL';
export type ComplaintAction = 'ASSIGN' | 'RECORD_PROGRESS' | 'FORWARD' | 'RESOLVE' | 'CLOSE' | 'REOPEN' | 'MARK_DUPLICATE';

export const STATUS_TH: Record<ComplaintStatus, string> = {
  RECEIVED: 'รับเรื่องแล้ว', ASSIGNED: 'มอบหมายแล้ว', IN_PROGRESS: 'อยู่ระหว่างดำเนินการ', RESOLVED: 'แก้ไขแล้ว', CLOSED: 'ยุติเรื่อง',
};

/** The dot of a status badge (its text stays in the text colour: coloured text on a tint falls below 4.5:1). */
export const STATUS_COLOUR: Record<ComplaintStatus, string> = {
  RECEIVED: 'blue', ASSIGNED: 'violet', IN_PROGRESS: 'orange', RESOLVED: 'green', CLOSED: 'gray',
};

export const CHANNEL_TH: Record<ComplaintChannel, string> = {
  WALK_IN: 'มาด้วยตนเอง', HOTLINE_1567: 'สายด่วน 1567', LETTER: 'หนังสือ/จดหมาย', WEBSITE: 'เว็บไซต์', MOBILE: 'แอปพลิเคชันบนมือถือ',
  OTHER: 'ช่องทางอื่น',
};

export const PARTY_KIND_TH: Record<PartyKind, string> = {
  PERSON: 'บุคคล', STATE_OFFICIAL: 'เจ้าหน้าที่ของรัฐ', ORGANISATION: 'องค์กรหรือนิติบุคคล', STATE_AGENCY: 'หน่วยงานของรัฐ',
};

export const CLOSE_REASON_TH: Record<CloseReason, string> = {
  RESOLVED: 'แก้ไขแล้ว', UNRESOLVABLE: 'ไม่สามารถแก้ไขได้', WITHDRAWN: 'ผู้ร้องขอถอนเรื่อง', DUPLICATE: 'เรื่องซ้ำ',
};

export const DUPLICATE_REASON_TH: Record<'SAME_COMPLAINANT' | 'SAME_ACCUSED_SIMILAR_SUBJECT', string> = {
  SAME_COMPLAINANT: 'ผู้ร้องรายเดียวกัน', SAME_ACCUSED_SIMILAR_SUBJECT: 'ผู้ถูกร้องเดียวกันและเรื่องคล้ายกัน',
};

export const OFFICE_LEVEL_TH: Record<OfficeLevel, string> = {
  DISTRICT: 'ศูนย์ดำรงธรรมอำเภอ/เขต', PROVINCE: 'ศูนย์ดำรงธรรมจังหวัด', CENTRAL: 'ศูนย์ดำรงธรรมส่วนกลาง',
};

export const ACTION_TH: Record<ComplaintAction, string> = {
  ASSIGN: 'มอบหมายผู้รับผิดชอบ', RECORD_PROGRESS: 'บันทึกความคืบหน้า', FORWARD: 'ส่งต่อเรื่อง', RESOLVE: 'บันทึกผลการแก้ไข',
  CLOSE: 'ยุติเรื่อง', REOPEN: 'เปิดเรื่องใหม่', MARK_DUPLICATE: 'ระบุว่าเป็นเรื่องซ้ำ',
};

/** Options of a NativeSelect from a table of names, with an empty first choice when `empty` is given. */
export const optionsOf = <T extends string>(names: Record<T, string>, empty?: string) => [
  ...(empty === undefined ? [] : [{ value: '', label: empty }]),
  ...(Object.entries(names) as [T, string][]).map(([value, label]) => ({ value, label })),
];
