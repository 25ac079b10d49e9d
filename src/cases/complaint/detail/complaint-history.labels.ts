import type { FieldLabels, Label } from '../../../audit/field-changes.js';
import {
  codeNames, districtName, officeName, provinceName, subdistrictName, thaiDate, thaiInstant, yesNo,
} from '../../../audit/value-text.js';
import type { ComplaintEventType } from '../complaint.events.js';
import {
  ASSIGNEE_KINDS_TH, CLOSE_REASONS_TH, COMPLAINT_CHANNELS_TH, COMPLAINT_STATUSES_TH, DUPLICATE_REASONS_TH, MAIN_CATEGORIES_TH,
  OFFICE_LEVELS_TH, PARTY_KINDS_TH, SUB_CATEGORIES_TH,
} from '../vocabulary/complaint-vocabulary.th.js';
import { formatTrackingCode } from '../receipt/tracking-code.js';

/** The names of a complaint's events and fields in its history (complaint-history.ts), in Thai and English. */

export const COMPLAINT_EVENT_LABELS: Readonly<Record<ComplaintEventType, Label>> = {
  ComplaintReceived: { th: 'รับเรื่องร้องเรียนร้องทุกข์', en: 'Complaint received' },
  ComplaintAssigned: { th: 'มอบหมายผู้รับผิดชอบ', en: 'Complaint assigned' },
  ComplaintProgressRecorded: { th: 'บันทึกความคืบหน้า', en: 'Progress recorded' },
  ComplaintForwarded: { th: 'ส่งต่อเรื่อง', en: 'Complaint forwarded' },
  ComplaintResolved: { th: 'บันทึกผลการแก้ไข', en: 'Complaint resolved' },
  ComplaintClosed: { th: 'ยุติเรื่อง', en: 'Complaint closed' },
  ComplaintReopened: { th: 'เปิดเรื่องใหม่', en: 'Complaint reopened' },
  ComplaintMarkedDuplicate: { th: 'ระบุว่าเป็นเรื่องซ้ำ', en: 'Marked as a duplicate' },
  ComplaintDocumentAttached: { th: 'แนบเอกสาร', en: 'Document attached' },
  ComplaintDocumentTextRead: { th: 'อ่านข้อความในเอกสาร (OCR)', en: 'Document text read (OCR)' },
  ComplaintDocumentTextUnread: { th: 'อ่านข้อความในเอกสารไม่ได้', en: 'Document text not read' },
};

const P = { personal: true } as const;
const level = codeNames(OFFICE_LEVELS_TH);

export const COMPLAINT_FIELD_LABELS: FieldLabels = {
  status: { th: 'สถานะ', en: 'Status', text: codeNames(COMPLAINT_STATUSES_TH) },
  trackingCode: { th: 'รหัสติดตามเรื่อง', en: 'Tracking code', text: formatTrackingCode },
  'owningOffice.level': { th: 'ระดับหน่วยงานที่รับผิดชอบ', en: 'Level of the office handling it', text: level },
  'owningOffice.code': { th: 'หน่วยงานที่รับผิดชอบ', en: 'Office handling it', text: officeName },
  receivedAt: { th: 'วันเวลาที่รับเรื่อง', en: 'Received at', text: thaiInstant },
  'location.subdistrictCode': { th: 'ตำบล/แขวงที่เกิดเหตุ', en: 'Subdistrict where it happened', text: subdistrictName },
  'location.districtCode': { th: 'อำเภอ/เขตที่เกิดเหตุ', en: 'District where it happened', text: districtName },
  'location.provinceCode': { th: 'จังหวัดที่เกิดเหตุ', en: 'Province where it happened', text: provinceName },
  'location.point.lat': { th: 'ละติจูด', en: 'Latitude' },
  'location.point.lng': { th: 'ลองจิจูด', en: 'Longitude' },
  'category.mainCode': { th: 'ประเภทเรื่อง', en: 'Category', text: codeNames(MAIN_CATEGORIES_TH) },
  'category.subCode': { th: 'ประเภทย่อย', en: 'Sub category', text: codeNames(SUB_CATEGORIES_TH) },
  'category.otherText': { th: 'ประเภทย่อย (ระบุ)', en: 'Sub category, written in' },
  'assignee.kind': { th: 'ผู้รับผิดชอบ', en: 'Assigned to', text: codeNames(ASSIGNEE_KINDS_TH) },
  'assignee.subdistrictCode': { th: 'ชปต. ประจำตำบล/แขวง', en: 'Tambon team of', text: subdistrictName },
  'assignee.name': { th: 'หน่วยงานที่ได้รับมอบหมาย', en: 'Agency assigned' },
  resolution: { th: 'ผลการแก้ไข', en: 'Result', ...P },
  closedReason: { th: 'เหตุที่ยุติเรื่อง', en: 'Reason closed', text: codeNames(CLOSE_REASONS_TH) },
  duplicateOf: { th: 'ซ้ำกับเรื่อง', en: 'Duplicate of' },
  // What events record beside the state (complaint-history.ts).
  channel: { th: 'ช่องทางการร้องเรียน', en: 'Channel', text: codeNames(COMPLAINT_CHANNELS_TH) },
  'complainant.anonymous': { th: 'ไม่ประสงค์ออกนาม', en: 'Anonymous', text: yesNo },
  'complainant.citizenId': { th: 'เลขประจำตัวประชาชนผู้ร้อง', en: 'Complainant citizen id', ...P },
  'complainant.title': { th: 'คำนำหน้านามผู้ร้อง', en: 'Complainant title', ...P },
  'complainant.firstName': { th: 'ชื่อผู้ร้อง', en: 'Complainant first name', ...P },
  'complainant.lastName': { th: 'นามสกุลผู้ร้อง', en: 'Complainant last name', ...P },
  'complainant.phone': { th: 'โทรศัพท์ผู้ร้อง', en: 'Complainant phone', ...P },
  'complainant.address.line': { th: 'ที่อยู่ผู้ร้อง', en: 'Complainant address', ...P },
  'complainant.address.subdistrictCode': { th: 'ตำบล/แขวงผู้ร้อง', en: 'Complainant subdistrict', text: subdistrictName, ...P },
  'complainant.address.districtCode': { th: 'อำเภอ/เขตผู้ร้อง', en: 'Complainant district', text: districtName, ...P },
  'complainant.address.provinceCode': { th: 'จังหวัดผู้ร้อง', en: 'Complainant province', text: provinceName, ...P },
  subject: { th: 'เรื่อง', en: 'Subject' },
  description: { th: 'รายละเอียด', en: 'Description', ...P },
  'accused.kind': { th: 'ประเภทผู้ถูกร้องเรียน', en: 'Kind of party complained about', text: codeNames(PARTY_KINDS_TH), ...P },
  'accused.name': { th: 'ผู้ถูกร้องเรียน', en: 'Party complained about', ...P },
  'accused.position': { th: 'ตำแหน่งผู้ถูกร้องเรียน', en: 'Their position', ...P },
  'accused.agency': { th: 'สังกัดผู้ถูกร้องเรียน', en: 'Their agency', ...P },
  'possibleDuplicates.*.complaintId': { th: 'เรื่องที่อาจซ้ำ', en: 'Possible duplicate' },
  'possibleDuplicates.*.reason': { th: 'เหตุที่อาจซ้ำ', en: 'Why it may be a duplicate', text: codeNames(DUPLICATE_REASONS_TH) },
  'possibleDuplicates.*.heldBy.level': { th: 'ระดับหน่วยงานที่ถือเรื่องที่อาจซ้ำ', en: 'Level of the office holding it', text: level },
  'possibleDuplicates.*.heldBy.code': { th: 'หน่วยงานที่ถือเรื่องที่อาจซ้ำ', en: 'Office holding it', text: officeName },
  'possibleDuplicates.*.since': { th: 'วันที่รับเรื่องที่อาจซ้ำ', en: 'Received on', text: thaiDate },
  note: { th: 'บันทึก', en: 'Note', ...P },
  reason: { th: 'เหตุผล', en: 'Reason', ...P },
  'document.documentId': { th: 'รหัสเอกสาร', en: 'Document id' },
  'document.fileName': { th: 'ชื่อไฟล์เอกสาร', en: 'Document file name', ...P },
  'document.contentType': { th: 'ชนิดไฟล์เอกสาร', en: 'Document type' },
  'document.size': { th: 'ขนาดเอกสาร (ไบต์)', en: 'Document size (bytes)' },
  'document.pages': { th: 'จำนวนหน้า', en: 'Pages' },
  'document.engine': { th: 'โปรแกรมอ่านข้อความ', en: 'OCR engine' },
  'document.pagesRead': { th: 'จำนวนหน้าที่อ่าน', en: 'Pages read' },
};
