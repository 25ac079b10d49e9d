import { DomainError } from '../../shared/domain-error.js';

/**
 * The rejections proper to the complaint case type: a stable code, Thai and English text, and the field at
 * fault. Codes are part of the API; messages may be reworded. Text, choices, phone numbers, dates, citizen
 * ids and geography codes are refused by the shared helpers with their own codes.
 */
const error = (code: string, th: string, en: string, field?: string) => new DomainError(code, th, en, field);

export const complaintErrors = {
  notFound: () => error('COMPLAINT_NOT_FOUND', 'ไม่พบเรื่องร้องเรียนนี้', 'There is no such complaint'),
  alreadyReceived: () =>
    error('COMPLAINT_ALREADY_RECEIVED', 'รับเรื่องร้องเรียนนี้ไว้แล้ว', 'This complaint has already been received', 'complaintId'),
  /** The complaint's personal data was erased (the complainant's request, or retention): it cannot be worked on again. */
  personalDataErased: () =>
    error('COMPLAINT_PERSONAL_DATA_ERASED', 'ข้อมูลส่วนบุคคลในเรื่องร้องเรียนนี้ถูกลบแล้ว (ตามคำขอหรือครบระยะเวลาเก็บรักษา) จึงเปิดเรื่องหรือดำเนินการต่อไม่ได้ ให้รับเรื่องใหม่',
      'The personal data of this complaint was erased (on request or at the end of its retention): it cannot be reopened or worked on; receive a new complaint', 'complaintId'),
  closed: () =>
    error('COMPLAINT_CLOSED', 'เรื่องร้องเรียนนี้ยุติแล้ว ต้องเปิดเรื่องใหม่ก่อน', 'The complaint is closed; reopen it first'),
  resolved: () =>
    error('COMPLAINT_RESOLVED', 'เรื่องร้องเรียนนี้แก้ไขแล้ว ให้ยุติเรื่องหรือเปิดเรื่องใหม่', 'The complaint is resolved; close or reopen it'),
  teamRecordsProgressOnly: () =>
    error('TEAM_RECORDS_PROGRESS_ONLY', 'ชุดปฏิบัติการประจำตำบลบันทึกได้เฉพาะความคืบหน้าของเรื่องที่ได้รับมอบหมาย',
      'A tambon team only records progress on the complaints assigned to it'),
  notAssignedToTeam: () =>
    error('COMPLAINT_NOT_ASSIGNED_TO_TEAM', 'เรื่องนี้ไม่ได้มอบหมายให้ชุดปฏิบัติการประจำตำบลของท่าน',
      'This complaint is not assigned to your tambon team'),
  notOwner: () =>
    error('COMPLAINT_NOT_OWNER', 'หน่วยงานของท่านไม่ได้เป็นผู้รับผิดชอบเรื่องนี้', 'Your office does not own this complaint', 'actingOffice'),
  forwardToOwner: () =>
    error('COMPLAINT_FORWARD_TO_OWNER', 'ไม่สามารถส่งต่อเรื่องไปยังหน่วยงานที่รับผิดชอบอยู่แล้ว', 'The complaint is already owned by that office', 'to'),
  duplicateOfItself: () =>
    error('COMPLAINT_DUPLICATE_OF_ITSELF', 'เรื่องร้องเรียนไม่สามารถซ้ำกับตัวเองได้', 'A complaint cannot duplicate itself', 'duplicateOf'),
  notReopenable: () =>
    error('COMPLAINT_NOT_REOPENABLE', 'เปิดเรื่องใหม่ได้เฉพาะเรื่องที่แก้ไขแล้วหรือยุติแล้ว', 'Only a resolved or closed complaint can be reopened'),
  notResolved: () =>
    error('COMPLAINT_NOT_RESOLVED', 'ยังไม่ได้บันทึกผลการแก้ไข จึงยุติเรื่องว่าแก้ไขแล้วไม่ได้', 'Record the resolution before closing as resolved', 'reason'),
  duplicateNotMarked: () =>
    error('COMPLAINT_DUPLICATE_NOT_MARKED', 'ต้องระบุเรื่องที่ซ้ำก่อนยุติเรื่องว่าเป็นเรื่องซ้ำ', 'Mark the complaint as a duplicate before closing it as one', 'reason'),
  teamOutsideDistrict: (field: string) =>
    error('COMPLAINT_TEAM_OUTSIDE_DISTRICT', 'ชุดปฏิบัติการประจำตำบลต้องอยู่ในอำเภอที่รับผิดชอบเรื่อง', 'The tambon team must belong to the district that owns the complaint', field),
  anonymousWithIdentity: (field: string) =>
    error('COMPLAINT_ANONYMOUS_WITH_IDENTITY', 'ผู้ร้องไม่ประสงค์เปิดเผยตัวตน จึงไม่บันทึกข้อมูลส่วนบุคคลของผู้ร้อง', 'An anonymous complaint carries no details of the complainant', field),
  accusedRequired: () =>
    error('COMPLAINT_ACCUSED_REQUIRED', 'เรื่องร้องเรียนเจ้าหน้าที่ของรัฐต้องระบุผู้ถูกร้องเรียน', 'A complaint about a state official names the official', 'accused'),
  categoryUnknown: (code: string) =>
    error('COMPLAINT_CATEGORY_UNKNOWN', `ไม่พบประเภทเรื่องหลัก "${code}"`, `There is no main category "${code}"`, 'category.main'),
  subCategoryUnknown: (code: string) =>
    error('COMPLAINT_SUBCATEGORY_UNKNOWN', `ไม่พบประเภทเรื่องย่อย "${code}" ในประเภทเรื่องหลักนี้`, `There is no sub category "${code}" under this main category`, 'category.sub'),
  otherTextNotAllowed: () =>
    error('COMPLAINT_SUBCATEGORY_TEXT_NOT_ALLOWED', 'ระบุประเภทเรื่องย่อยเป็นข้อความได้เฉพาะประเภท "เรื่องอื่นๆ"', 'A written-in sub category is only for main category OTHER', 'category.otherText'),
  locationOutsideThailand: (field: string) =>
    error('COMPLAINT_LOCATION_OUTSIDE_THAILAND', 'ตำแหน่งบนแผนที่อยู่นอกประเทศไทย', 'The map point lies outside Thailand', field),
  subdistrictNotInDistrict: (field: string) =>
    error('COMPLAINT_SUBDISTRICT_NOT_IN_DISTRICT', 'ตำบลที่ระบุไม่ได้อยู่ในอำเภอที่ระบุ', 'The subdistrict does not belong to the district', field),
  receivedInFuture: () =>
    error('COMPLAINT_RECEIVED_IN_FUTURE', 'วันที่รับเรื่องต้องไม่เป็นวันในอนาคต', 'The received date cannot be in the future', 'receivedAt'),
  /** A missing structure or number; missing text is the shared TEXT_REQUIRED. */
  required: (field: string) =>
    error('COMPLAINT_FIELD_REQUIRED', 'กรุณากรอกข้อมูลนี้', 'This field is required', field),
};
