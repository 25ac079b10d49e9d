import { COMPLAINT_CATEGORIES } from '../categories/complaint-categories.enums.js';
import type { OfficeLevel } from '../complaint-office.js';
import type { Assignee, CloseReason, ComplaintChannel, ComplaintStatus, DuplicateReason, PartyKind } from '../complaint.events.js';

/** The Thai names of the complaint codes, as the Damrongdhama centres say them. */

export const COMPLAINT_CHANNELS_TH: Readonly<Record<ComplaintChannel, string>> = {
  WALK_IN: 'มาด้วยตนเอง', HOTLINE_1567: 'สายด่วน 1567', LETTER: 'หนังสือ/จดหมาย', WEBSITE: 'เว็บไซต์', MOBILE: 'แอปพลิเคชันบนมือถือ',
  OTHER: 'ช่องทางอื่น',
};

export const PARTY_KINDS_TH: Readonly<Record<PartyKind, string>> = {
  PERSON: 'บุคคล', STATE_OFFICIAL: 'เจ้าหน้าที่ของรัฐ', ORGANISATION: 'องค์กรหรือนิติบุคคล', STATE_AGENCY: 'หน่วยงานของรัฐ',
};

export const CLOSE_REASONS_TH: Readonly<Record<CloseReason, string>> = {
  RESOLVED: 'แก้ไขแล้ว', UNRESOLVABLE: 'ไม่สามารถแก้ไขได้', WITHDRAWN: 'ผู้ร้องขอถอนเรื่อง', DUPLICATE: 'เรื่องซ้ำ',
};

export const COMPLAINT_STATUSES_TH: Readonly<Record<ComplaintStatus, string>> = {
  RECEIVED: 'รับเรื่องแล้ว', ASSIGNED: 'มอบหมายแล้ว', IN_PROGRESS: 'อยู่ระหว่างดำเนินการ', RESOLVED: 'แก้ไขแล้ว', CLOSED: 'ยุติเรื่อง',
};

export const ASSIGNEE_KINDS_TH: Readonly<Record<Assignee['kind'], string>> = {
  TAMBON_TEAM: 'ชุดปฏิบัติการประจำตำบล (ชปต.)', AGENCY: 'หน่วยงาน',
};

export const OFFICE_LEVELS_TH: Readonly<Record<OfficeLevel, string>> = { DISTRICT: 'อำเภอ/เขต', PROVINCE: 'จังหวัด', CENTRAL: 'ส่วนกลาง' };

export const DUPLICATE_REASONS_TH: Readonly<Record<DuplicateReason, string>> = {
  SAME_COMPLAINANT: 'ผู้ร้องรายเดียวกัน', SAME_ACCUSED_SIMILAR_SUBJECT: 'ผู้ถูกร้องเดียวกันและเรื่องคล้ายกัน',
};

/** Main and sub categories by code (sub codes are unique across the table). */
export const MAIN_CATEGORIES_TH: Readonly<Record<string, string>> =
  Object.fromEntries(COMPLAINT_CATEGORIES.map((main) => [main.code, main.nameTh]));
export const SUB_CATEGORIES_TH: Readonly<Record<string, string>> =
  Object.fromEntries(COMPLAINT_CATEGORIES.flatMap((main) => main.subs.map((sub) => [sub.code, sub.nameTh])));
