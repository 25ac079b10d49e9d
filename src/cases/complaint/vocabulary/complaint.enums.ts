import { enumType } from '../../../graphql/enum-type.js';
import type { ComplaintAction } from '../lifecycle/complaint-actions.js';
import type { OfficeLevel } from '../complaint-office.js';
import type { Assignee, CloseReason, ComplaintChannel, ComplaintStatus, DuplicateReason, PartyKind } from '../complaint.events.js';

/**
 * The closed code lists of the complaint (complaint.events.ts, complaint-office.ts) as GraphQL enums, named as
 * their unions; the complaint list, statistics and public status (projections) answer with the same ones.
 */

export const ComplaintChannelEnum = enumType<ComplaintChannel>('ComplaintChannel', 'ช่องทางการร้องเรียน: how the complaint came in', {
  WALK_IN: 'ยื่นด้วยตนเอง — in person at the centre',
  HOTLINE_1567: 'สายด่วน 1567 — the 1567 hotline',
  LETTER: 'หนังสือ/ไปรษณีย์ — a letter',
  WEBSITE: 'เว็บไซต์ — the website',
  MOBILE: 'แอปพลิเคชันมือถือ — the mobile application',
  OTHER: 'ช่องทางอื่น — another channel',
});

export const ComplaintStatusEnum = enumType<ComplaintStatus>('ComplaintStatus', 'สถานะเรื่องร้องเรียน: where a complaint stands', {
  RECEIVED: 'รับเรื่องแล้ว — received (or forwarded here), not yet assigned',
  ASSIGNED: 'มอบหมายผู้รับผิดชอบแล้ว — assigned to a tambon team or an agency',
  IN_PROGRESS: 'อยู่ระหว่างดำเนินการ — progress recorded, or reopened',
  RESOLVED: 'แก้ไขปัญหาแล้ว — resolved, not yet closed',
  CLOSED: 'ยุติเรื่องแล้ว — closed',
});

export const CloseReasonEnum = enumType<CloseReason>('CloseReason', 'เหตุที่ยุติเรื่องร้องเรียน: why a complaint is closed', {
  RESOLVED: 'แก้ไขปัญหาได้ — resolved (only once resolved)',
  UNRESOLVABLE: 'ไม่สามารถแก้ไขได้ — cannot be resolved (a note is required)',
  WITHDRAWN: 'ผู้ร้องถอนเรื่อง — withdrawn by the complainant',
  DUPLICATE: 'ซ้ำกับเรื่องอื่น — a duplicate (once marked with markComplaintDuplicate)',
});

export const PartyKindEnum = enumType<PartyKind>('PartyKind', 'ประเภทผู้ถูกร้องเรียน: what kind of party is complained about', {
  PERSON: 'บุคคล — a private person',
  STATE_OFFICIAL: 'เจ้าหน้าที่ของรัฐ — a state official',
  ORGANISATION: 'องค์กรเอกชน — a private organisation',
  STATE_AGENCY: 'หน่วยงานของรัฐ — a state agency',
});

export const OfficeLevelEnum = enumType<OfficeLevel>('OfficeLevel', 'ระดับของศูนย์ดำรงธรรม: district, province or the central centre', {
  DISTRICT: 'ศูนย์ดำรงธรรมอำเภอ/เขต — a district office (4-digit code)',
  PROVINCE: 'ศูนย์ดำรงธรรมจังหวัด — a province office (2-digit code)',
  CENTRAL: 'ศูนย์ดำรงธรรมส่วนกลาง — the central centre (code CENTRAL)',
});

export const AssigneeKindEnum = enumType<Assignee['kind']>('AssigneeKind', 'ผู้รับผิดชอบ: a tambon team (ชปต.) or a named agency', {
  TAMBON_TEAM: 'ชุดปฏิบัติการประจำตำบล (ชปต.) — the tambon team of a subdistrict of the owning district',
  AGENCY: 'หน่วยงาน — a named agency',
});

export const DuplicateReasonEnum = enumType<DuplicateReason>('DuplicateReason', 'เหตุที่อาจซ้ำ: why the duplicate check listed a complaint', {
  SAME_COMPLAINANT: 'ผู้ร้องคนเดียวกัน — the same complainant citizen id',
  SAME_ACCUSED_SIMILAR_SUBJECT: 'ผู้ถูกร้องเดียวกันและเรื่องคล้ายกัน — the same accused and a similar subject',
});

export const ComplaintActionEnum = enumType<ComplaintAction>('ComplaintAction', 'What the signed-in account may do to a complaint now', {
  ASSIGN: 'มอบหมายผู้รับผิดชอบ — assignComplaint',
  RECORD_PROGRESS: 'บันทึกความคืบหน้า — recordComplaintProgress',
  FORWARD: 'ส่งต่อเรื่อง — forwardComplaint',
  RESOLVE: 'บันทึกผลการแก้ไข — resolveComplaint',
  CLOSE: 'ยุติเรื่อง — closeComplaint',
  REOPEN: 'เปิดเรื่องใหม่ — reopenComplaint',
  MARK_DUPLICATE: 'ระบุว่าเป็นเรื่องซ้ำ — markComplaintDuplicate',
});
