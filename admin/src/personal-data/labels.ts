/** The Thai names of the records and roles of a data subject's copy. */
export const RECORD_TH: Record<string, string> = {
  DEBT_CASE: 'เรื่องหนี้นอกระบบ', COMPLAINT: 'เรื่องร้องเรียน', STAFF_ACCOUNT: 'บัญชีเจ้าหน้าที่', BUSINESS: 'สถานประกอบการ', STREAM: 'บันทึก',
};

export const ROLE_TH: Record<string, string> = {
  DEBTOR: 'ลูกหนี้', CREDITOR: 'เจ้าหนี้', COMPLAINANT: 'ผู้ร้องเรียน', PERMIT_APPLICANT: 'ผู้ขออนุญาต', STAFF_MEMBER: 'เจ้าหน้าที่',
};
