import { DomainError } from '../../shared/domain-error.js';

/** Refusals of a reconciliation run, each with its field. */
export const reconcileErrors = {
  alreadyReconciled: (ranAt: string) => new DomainError('PAYMENT_FILE_ALREADY_RECONCILED',
    `ไฟล์นี้ (ค่า SHA-256 เดียวกัน) กระทบยอดไปแล้วเมื่อ ${ranAt} จะไม่บันทึกการชำระซ้ำ`,
    `This file (the same SHA-256) was reconciled at ${ranAt}: nothing is paid twice`, 'file'),
  fileTooLarge: (maxBytes: number) => new DomainError('PAYMENT_FILE_TOO_LARGE',
    `ไฟล์รายการรับชำระต้องไม่เกิน ${maxBytes} ไบต์`, `A bill-payment file has at most ${maxBytes} bytes`, 'file'),
  fileNotBase64: () => new DomainError('PAYMENT_FILE_NOT_BASE64',
    'เนื้อไฟล์ต้องเข้ารหัส base64', "The file's content must be base64", 'file'),
  fileNameTooLong: () => new DomainError('PAYMENT_FILE_NAME_TOO_LONG',
    'ชื่อไฟล์ยาวได้ไม่เกิน 255 ตัวอักษร', 'A file name has at most 255 characters', 'fileName'),
  runNotFound: (field = 'id') => new DomainError('PAYMENT_RUN_NOT_FOUND', 'ไม่พบการกระทบยอดนี้', 'No such reconciliation run', field),
  outsideArea: () => new DomainError('PAYMENT_RUN_OUTSIDE_AREA',
    'การกระทบยอดรับชำระของ อบจ. นี้อยู่นอกอำนาจของท่าน (เฉพาะเจ้าหน้าที่จังหวัดนั้นและส่วนกลาง)',
    "This authority's payment reconciliation is outside your area (its province's staff and the centre only)", 'authorityCode'),
};

/** Each outcome of a line in Thai and English, for the CLI, the API and the admin page. */
export const OUTCOME_TEXT = {
  MATCHED: ['ชำระตรงยอด ออกใบเสร็จแล้ว', 'paid in full, receipt issued'],
  UNMATCHED: ['ไม่พบใบแจ้งชำระตาม Ref1/Ref2', 'no bill of the authority has these references'],
  UNDERPAID: ['ชำระขาด ต่ำกว่ายอดในใบแจ้งชำระ', 'underpaid: less than the bill'],
  OVERPAID: ['ชำระเกิน สูงกว่ายอดในใบแจ้งชำระ', 'overpaid: more than the bill'],
  PAID_AFTER_PAY_BY: ['ชำระหลังวันที่ต้องชำระภายใน เงินเพิ่มเพิ่มขึ้นแล้ว', "paid after the bill's pay-by date: the surcharge has grown since"],
  ALREADY_PAID: ['ใบแจ้งชำระนี้ชำระแล้ว', 'the bill was already paid'],
  REVERSAL: ['ธนาคารยกเลิกรายการ', 'a reversal from the bank'],
  REVERSED_IN_FILE: ['รายการนี้ถูกยกเลิกในไฟล์เดียวกัน', 'reversed later in the same file'],
} as const;
export type LineOutcome = keyof typeof OUTCOME_TEXT;
