import { DomainError } from '../../shared/domain-error.js';

/** The refusals of the data subject's copy: a stable code, Thai and English text, the field at fault. */
const error = (code: string, th: string, en: string, field?: string) => new DomainError(code, th, en, field);

export const subjectCopyErrors = {
  referenceMissing: () => error(
    'SUBJECT_COPY_REFERENCE_REQUIRED', 'กรุณาระบุเลขที่หนังสือคำขอของเจ้าของข้อมูล',
    "Give the reference of the data subject's request (e.g. the letter's number)", 'requestReference',
  ),
  referenceTooLong: (limit: number) => error(
    'SUBJECT_COPY_REFERENCE_TOO_LONG', `เลขที่หนังสือคำขอยาวได้ไม่เกิน ${limit} ตัวอักษร`,
    `The request reference has at most ${limit} characters`, 'requestReference',
  ),
  referenceCharacters: () => error(
    'SUBJECT_COPY_REFERENCE_CHARACTERS', 'เลขที่หนังสือคำขอมีอักขระที่ใช้ไม่ได้ (เช่น ขึ้นบรรทัดใหม่)',
    'The request reference holds characters it may not (such as line breaks)', 'requestReference',
  ),
  unknownCopy: () => error(
    'SUBJECT_COPY_NOT_FOUND', 'ไม่พบสำเนานี้ หรือหมดอายุการดาวน์โหลดแล้ว (30 นาที) กรุณาขอสำเนาใหม่',
    'There is no such copy, or its download has expired (30 minutes): produce the copy again', 'requestId',
  ),
  unknownFile: (file: string) => error(
    'SUBJECT_COPY_UNKNOWN_FILE', `ไม่รู้จักไฟล์ "${file}" ใช้ได้เฉพาะ .pdf หรือ .json`,
    `Unknown file "${file}": ask for <requestId>.pdf or <requestId>.json`, 'file',
  ),
};
