import type { ImportRow } from '../../../import/import-table.js';

/**
 * The columns of a backlog of complaints (received on paper or in the earlier system since 1 October 2562):
 * one row per complaint. Headers in English or Thai, in any order; other columns are ignored. README.md
 * ("Importing earlier complaints") documents them.
 */
export const COMPLAINT_IMPORT_COLUMNS = {
  reference: { en: 'reference', th: 'เลขที่เรื่องเดิม', required: true },
  receivedAt: { en: 'received_at', th: 'วันที่รับเรื่อง', required: true },
  channel: { en: 'channel', th: 'ช่องทาง', required: true },
  office: { en: 'office_code', th: 'รหัสหน่วยงานที่รับเรื่อง', required: true },
  anonymous: { en: 'anonymous', th: 'ไม่ประสงค์ออกนาม', required: false },
  citizenId: { en: 'citizen_id', th: 'เลขประจำตัวประชาชน', required: false },
  title: { en: 'title', th: 'คำนำหน้า', required: false },
  firstName: { en: 'first_name', th: 'ชื่อ', required: false },
  lastName: { en: 'last_name', th: 'นามสกุล', required: false },
  phone: { en: 'phone', th: 'โทรศัพท์', required: false },
  addressLine: { en: 'address', th: 'ที่อยู่', required: false },
  addressSubdistrictCode: { en: 'address_subdistrict_code', th: 'รหัสตำบลที่อยู่', required: false },
  addressDistrictCode: { en: 'address_district_code', th: 'รหัสอำเภอที่อยู่', required: false },
  categoryMain: { en: 'category_main', th: 'ประเภทเรื่อง', required: true },
  categorySub: { en: 'category_sub', th: 'ประเภทเรื่องย่อย', required: false },
  categoryOther: { en: 'category_other', th: 'ประเภทเรื่องอื่นๆ', required: false },
  subject: { en: 'subject', th: 'เรื่อง', required: true },
  description: { en: 'description', th: 'รายละเอียด', required: true },
  subdistrictCode: { en: 'subdistrict_code', th: 'รหัสตำบลที่เกิดเหตุ', required: true },
  districtCode: { en: 'district_code', th: 'รหัสอำเภอที่เกิดเหตุ', required: true },
  accusedKind: { en: 'accused_kind', th: 'ประเภทผู้ถูกร้อง', required: false },
  accusedName: { en: 'accused_name', th: 'ชื่อผู้ถูกร้อง', required: false },
  accusedPosition: { en: 'accused_position', th: 'ตำแหน่งผู้ถูกร้อง', required: false },
  accusedAgency: { en: 'accused_agency', th: 'สังกัดผู้ถูกร้อง', required: false },
} as const satisfies Record<string, { en: string; th: string; required: boolean }>;

export type ComplaintImportColumn = keyof typeof COMPLAINT_IMPORT_COLUMNS;
export type ComplaintImportRow = ImportRow<ComplaintImportColumn>;
