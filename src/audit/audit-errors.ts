import { DomainError } from '../shared/domain-error.js';

/** The refusals of replay and export: a stable code, Thai and English text, the field at fault. */
const error = (code: string, th: string, en: string, field?: string) => new DomainError(code, th, en, field);

export const auditErrors = {
  pointRequired: () => error(
    'REPLAY_POINT_REQUIRED', 'ระบุวันเวลาหรือฉบับที่อย่างใดอย่างหนึ่ง', 'Give either an instant (asOf) or a version, one of them', 'asOf',
  ),
  versionOutOfRange: (versions: number) => error(
    'REPLAY_VERSION_OUT_OF_RANGE', `ฉบับที่ต้องอยู่ระหว่าง 0 ถึง ${versions}`, `The version must be from 0 to ${versions}`, 'version',
  ),
  districtNotInArea: () => error(
    'DISTRICT_NOT_IN_YOUR_AREA', 'อำเภอ/เขตนี้อยู่นอกพื้นที่ของท่าน', 'That district is outside your area', 'districtCode',
  ),
  accountNotFound: () => error('STAFF_ACCOUNT_NOT_FOUND', 'ไม่พบบัญชีเจ้าหน้าที่นี้', 'There is no such staff account', 'accountId'),
};
