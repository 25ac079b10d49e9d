/** The Thai names of the records and roles of a data subject's copy. */
export const RECORD_TH: Record<string, string> = {
  DEBT_CASE: 'เรื่องหนี้นอกระบบ', COMPLAINT: 'เรื่องร้องเรียน', STAFF_ACCOUNT: 'บัญชีเจ้าหน้าที่', BUSINESS: 'สถานประกอบการ', STREAM: 'บันทึก',
};

export const ROLE_TH: Record<string, string> = {
  DEBTOR: 'ลูกหนี้', CREDITOR: 'เจ้าหนี้', COMPLAINANT: 'ผู้ร้องเรียน', PERMIT_APPLICANT: 'ผู้ขออนุญาต', AUTHORISED_FILER: 'ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล',
  RETURN_OWNER: 'เจ้าของสถานประกอบการผู้ยื่นแบบ', RETURN_FILER: 'ผู้ยื่นแบบออนไลน์', STAFF_MEMBER: 'เจ้าหน้าที่',
};

/** Who asked for an erasure, and the grounds of PDPA section 33, in Thai. */
export const REQUESTER_TH: Record<string, string> = { DATA_SUBJECT: 'เจ้าของข้อมูล', REPRESENTATIVE: 'ผู้แทนโดยชอบธรรม / ผู้รับมอบอำนาจ' };

export const BASIS_TH: Record<string, string> = {
  NO_LONGER_NECESSARY: 'ม.33 (1) ข้อมูลหมดความจำเป็นตามวัตถุประสงค์',
  CONSENT_WITHDRAWN: 'ม.33 (2) ถอนความยินยอม',
  OBJECTION: 'ม.33 (3) คัดค้านตามมาตรา 32',
  UNLAWFUL_PROCESSING: 'ม.33 (4) เก็บ ใช้ หรือเปิดเผยโดยไม่ชอบด้วยกฎหมาย',
};

export const CASE_TYPE_TH: Record<string, string> = { DEBT: 'เรื่องหนี้นอกระบบ', COMPLAINT: 'เรื่องร้องเรียน', LEAFLET_PERMIT: 'คำขออนุญาตแจกใบปลิว' };
