import { DomainError } from '../../shared/domain-error.js';

/** Refusals about who may file online for a juristic person's business, each with its field. */
export const businessFilerErrors = {
  ownerNotJuristic: () => new DomainError('BUSINESS_FILER_OWNER_NOT_JURISTIC',
    'สถานประกอบการนี้เป็นของบุคคลธรรมดา เจ้าของยื่นแบบออนไลน์ได้เอง ไม่ต้องกำหนดผู้ยื่นแบบแทน',
    'This business is owned by a natural person, who files online themselves: only a juristic person\'s business takes authorised filers', 'businessNo'),
  alreadyAuthorised: (filerNo: number) => new DomainError('BUSINESS_FILER_ALREADY_AUTHORISED',
    `ผู้นี้มีสิทธิ์ยื่นแบบแทนสถานประกอบการนี้อยู่แล้ว (ลำดับที่ ${filerNo})`,
    `This citizen is already authorised to file for this business (number ${filerNo})`, 'citizenId'),
  notFound: () => new DomainError('BUSINESS_FILER_NOT_FOUND', 'ไม่พบผู้มีสิทธิ์ยื่นแบบแทนลำดับนี้', 'No such authorised filer of this business', 'filerNo'),
  notActive: () => new DomainError('BUSINESS_FILER_NOT_ACTIVE', 'สิทธิ์ยื่นแบบแทนนี้ถูกยกเลิกไปแล้ว', 'This authorisation has been revoked already', 'filerNo'),
  evidenceAfterToday: () => new DomainError('BUSINESS_FILER_EVIDENCE_DATE_AHEAD', 'วันที่ของหนังสือมอบอำนาจต้องไม่เลยวันนี้',
    'The date of the authorising document cannot be after today', 'evidenceDate'),
  localStaffOnly: () => new DomainError('BUSINESS_FILER_LOCAL_STAFF_ONLY', 'เฉพาะเจ้าหน้าที่ของ อบจ. เจ้าของทะเบียนเท่านั้นที่กำหนดผู้ยื่นแบบแทนได้',
    'Only the PAO\'s own staff record who may file for a business', 'businessNo'),
};
