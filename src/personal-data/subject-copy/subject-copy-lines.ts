import type { SubjectCopy } from './subject-copy.js';

const RECORD_TH: Record<string, string> = {
  debt_case: 'เรื่องหนี้นอกระบบ', complaint: 'เรื่องร้องเรียน', staff_account: 'บัญชีเจ้าหน้าที่', business: 'สถานประกอบการ', stream: 'บันทึก',
};
const ROLE_TH: Record<string, string> = {
  DEBTOR: 'ลูกหนี้', CREDITOR: 'เจ้าหนี้', COMPLAINANT: 'ผู้ร้องเรียน', PERMIT_APPLICANT: 'ผู้ขออนุญาต', AUTHORISED_FILER: 'ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล',
  RETURN_OWNER: 'เจ้าของสถานประกอบการผู้ยื่นแบบ', RETURN_FILER: 'ผู้ยื่นแบบออนไลน์', STAFF_MEMBER: 'เจ้าหน้าที่',
};

export const COPY_HEADING = 'สำเนาข้อมูลส่วนบุคคลของเจ้าของข้อมูล';

/** A block of the printed copy: a bold heading and its lines. */
export interface CopyBlock {
  heading: string;
  lines: string[];
}

/** `debtor.address.line: 12/3` for every leaf of an event's data, in the order stored; `[]` and `{}` as such. */
export function leafLines(value: unknown, path = ''): string[] {
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, inner]) => leafLines(inner, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key));
  }
  const text = value === null ? '(ไม่มี)' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return [path ? `${path}: ${text}` : text];
}

/**
 * The copy as a person reads it on paper, pure: who asked and on what basis, each record with its events (Bangkok
 * time, Buddhist Era; who acted; every field of the data), the businesses, and the read log.
 */
export function copyBlocks(copy: SubjectCopy): CopyBlock[] {
  const intro: CopyBlock = {
    heading: 'คำขอ',
    lines: [
      `เจ้าของข้อมูล เลขประจำตัวประชาชน ${copy.citizenId}`,
      `เลขที่หนังสือคำขอ ${copy.requestReference}  รหัสคำขอ ${copy.requestId}`,
      `จัดทำโดย ${copy.requestedBy.accountId} (${copy.requestedBy.office}) เมื่อ ${copy.requestedAtTh}`,
      `บันทึก ${copy.records.length} รายการ สถานประกอบการ ${copy.businesses.length} แห่ง การเข้าดูข้อมูล ${copy.reads.length} ครั้ง`,
    ],
  };
  const records = copy.records.map((record): CopyBlock => ({
    heading: `${RECORD_TH[record.recordType] ?? record.recordType} ${record.recordId} (${record.roles.map((r) => ROLE_TH[r] ?? r).join(', ')})`,
    lines: record.events.flatMap((e) => [
      `ฉบับที่ ${e.version}  ${e.typeLabelTh}  ${e.recordedAtTh}  ผู้ดำเนินการ ${e.actorTh}`,
      ...leafLines(e.data).map((line) => `    ${line}`),
    ]),
  }));
  const businesses: CopyBlock[] = copy.businesses.length === 0 ? [] : [{
    heading: 'สถานประกอบการที่เป็นเจ้าของ',
    lines: copy.businesses.map((b) => `ทะเบียนเลขที่ ${b.businessNo} ${b.nameTh} (อปท. ${b.authorityCode}) ${b.addressLine} ${b.kinds.join(', ')} จดทะเบียน ${b.registeredAtTh}`),
  }];
  const reads: CopyBlock = {
    heading: 'ผู้เข้าดูข้อมูลส่วนบุคคล (บันทึกการเข้าถึง)',
    lines: copy.reads.length === 0 ? ['ไม่มี'] : copy.reads.map((r) =>
      `${r.readAtTh}  ${r.readerTh}  ${RECORD_TH[r.recordType] ?? r.recordType} ${r.recordId}: ${r.fields.join(', ')}`),
  };
  return [intro, ...records, ...businesses, reads];
}
