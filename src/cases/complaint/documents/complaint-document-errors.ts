import { DomainError } from '../../../shared/domain-error.js';

/** The refusals of scanned documents: a stable code, Thai and English text, and the field at fault. */
const error = (code: string, th: string, en: string, field: string) => new DomainError(code, th, en, field);

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export const documentErrors = {
  tooLarge: (maxBytes: number) => error(
    'COMPLAINT_DOCUMENT_TOO_LARGE', `เอกสารมีขนาดเกิน ${megabytes(maxBytes)}`, `A document is at most ${maxBytes} bytes (${megabytes(maxBytes)})`, 'document',
  ),
  tooManyPages: (maxPages: number) => error(
    'COMPLAINT_DOCUMENT_TOO_MANY_PAGES', `เอกสารมีได้ไม่เกิน ${maxPages} หน้า`, `A document has at most ${maxPages} pages`, 'document',
  ),
  unsupportedType: () => error(
    'COMPLAINT_DOCUMENT_TYPE_UNSUPPORTED', 'เอกสารต้องเป็นไฟล์ PDF, JPEG, PNG หรือ TIFF',
    'A document is a PDF, JPEG, PNG or TIFF file (judged by its content, not its name)', 'document',
  ),
  unreadable: () => error(
    'COMPLAINT_DOCUMENT_UNREADABLE', 'อ่านจำนวนหน้าของเอกสารไม่ได้ ไฟล์อาจเสียหาย', 'The document\'s pages cannot be read: the file may be damaged', 'document',
  ),
  empty: () => error('COMPLAINT_DOCUMENT_EMPTY', 'ไฟล์เอกสารว่างเปล่า', 'The document file is empty', 'document'),
  notUploaded: (field: string) => error(
    'COMPLAINT_DOCUMENT_NOT_UPLOADED', 'ไม่พบเอกสารที่อัปโหลดนี้ ให้อัปโหลดใหม่', 'No such uploaded document: upload it again', field,
  ),
  notAttached: (field: string) => error(
    'COMPLAINT_DOCUMENT_NOT_FOUND', 'ไม่พบเอกสารนี้ในเรื่องร้องเรียน', 'The complaint has no such document', field,
  ),
  erased: () => error(
    'COMPLAINT_DOCUMENT_ERASED', 'เอกสารนี้ถูกลบแล้วตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล (คำขอของเจ้าของข้อมูลหรือครบระยะเวลาเก็บ) เปิดไม่ได้อีก',
    'This document was erased under the PDPA (its data subject\'s request or the end of its retention): it can no longer be opened', 'documentId',
  ),
  alreadyAttached: () => error(
    'COMPLAINT_DOCUMENT_ALREADY_ATTACHED', 'แนบเอกสารนี้ไว้กับเรื่องนี้แล้ว', 'This document is already attached to the complaint', 'documentId',
  ),
};
