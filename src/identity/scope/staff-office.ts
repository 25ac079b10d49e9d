import { requireDistrict, requireProvince, requireSubdistrict } from '../../geography/geography.js';
import { requireChoice } from '../../shared/choice.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { identityErrors } from '../identity-errors.js';

/**
 * What an account may see and do follows its level (ระดับสิทธิการใช้งาน): a district office, a provincial
 * office, the department centre, an auditor of the centre (reads everything, changes nothing), or a member of a
 * tambon operations team (ชุดปฏิบัติการประจำตำบล, ชปต.) of a subdistrict: the complaints assigned to its team only;
 * or the revenue staff of a local administrative organisation (อปท., LOCAL): their own authority's records only.
 */
export const STAFF_LEVELS = ['DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR', 'TAMBON_TEAM', 'LOCAL'] as const;
export type StaffLevel = (typeof STAFF_LEVELS)[number];

export const OFFICE_KINDS = ['DISTRICT', 'PROVINCE', 'CENTRAL', 'SUBDISTRICT', 'AUTHORITY'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/**
 * The office an account works for: a district (4-digit code), a province (2-digit code), the centre, or the tambon
 * team of a subdistrict (6-digit code, SUBDISTRICT), which works for the district the subdistrict lies in, or a local
 * administrative organisation (7-digit code, AUTHORITY), whose existence the reference table holds (OfficeDirectory).
 */
export interface StaffOffice {
  kind: OfficeKind;
  /** The DOPA code; `CENTRAL` for the centre. */
  code: string;
}

export const CENTRAL: Readonly<StaffOffice> = Object.freeze({ kind: 'CENTRAL', code: 'CENTRAL' });

/** The office kind each level works at: auditors belong to the centre, tambon teams to their subdistrict, LOCAL to its authority. */
export function officeKindOf(level: StaffLevel): OfficeKind {
  if (level === 'AUDITOR') return 'CENTRAL';
  if (level === 'LOCAL') return 'AUTHORITY';
  return level === 'TAMBON_TEAM' ? 'SUBDISTRICT' : level;
}

const AUTHORITY_CODE = /^\d{7}$/;

/** A local administrative organisation's office by its 7-digit code (its shape only: OfficeDirectory knows whether it exists). */
function authorityOffice(code: string, typed: string, field: string): StaffOffice {
  if (!AUTHORITY_CODE.test(code)) throw identityErrors.officeCodeMalformed(typed, field);
  return { kind: 'AUTHORITY', code };
}

/** `DISTRICT:1001`, `PROVINCE:10`, `SUBDISTRICT:100101`, `AUTHORITY:1234567` or `CENTRAL`: the office as event metadata and sessions record it. */
export function officeKey(office: StaffOffice): string {
  return office.kind === 'CENTRAL' ? 'CENTRAL' : `${office.kind}:${office.code}`;
}

export function sameOffice(a: StaffOffice, b: StaffOffice): boolean {
  return a.kind === b.kind && a.code === b.code;
}

/** The office of an account of this level: a district or province code checked against the geography. */
export function officeForLevel(level: StaffLevel, officeCode: string | null | undefined, field = 'officeCode'): StaffOffice {
  const kind = officeKindOf(requireChoice(level, STAFF_LEVELS, 'level'));
  if (kind === 'CENTRAL') return CENTRAL;
  const code = toArabicDigits(String(officeCode ?? '')).trim();
  if (!code) throw identityErrors.officeCodeRequired(field);
  if (kind === 'SUBDISTRICT') return { kind, code: requireSubdistrict(code, field).code };
  if (kind === 'AUTHORITY') return authorityOffice(code, String(officeCode), field);
  return kind === 'DISTRICT'
    ? { kind, code: requireDistrict(code, field).code }
    : { kind, code: requireProvince(code, field).code };
}

/** An office named by its code alone: 7 digits a local authority, 6 digits a subdistrict's team, 4 digits a district, 2 digits a province, `CENTRAL` the centre. */
export function officeFromCode(officeCode: string, field = 'officeCode'): StaffOffice {
  const code = toArabicDigits(String(officeCode ?? '')).trim().toUpperCase();
  if (code === 'CENTRAL') return CENTRAL;
  if (AUTHORITY_CODE.test(code)) return authorityOffice(code, officeCode, field);
  if (/^\d{6}$/.test(code)) return { kind: 'SUBDISTRICT', code: requireSubdistrict(code, field).code };
  if (/^\d{4}$/.test(code)) return { kind: 'DISTRICT', code: requireDistrict(code, field).code };
  if (/^\d{2}$/.test(code)) return { kind: 'PROVINCE', code: requireProvince(code, field).code };
  throw identityErrors.officeCodeMalformed(officeCode, field);
}

/** The province an office lies in; undefined for the centre and for an authority (its code does not say). */
export function provinceOf(office: StaffOffice): string | undefined {
  if (office.kind === 'PROVINCE') return office.code;
  if (office.kind === 'SUBDISTRICT') return requireSubdistrict(office.code).provinceCode;
  return office.kind === 'DISTRICT' ? requireDistrict(office.code).provinceCode : undefined;
}

/** The district an office lies in: a district itself, a subdistrict's team its district; undefined above. */
export function districtOf(office: StaffOffice): string | undefined {
  if (office.kind === 'DISTRICT') return office.code;
  return office.kind === 'SUBDISTRICT' ? requireSubdistrict(office.code).districtCode : undefined;
}

/**
 * The office's Thai name as staff write it on the form. An authority's name is the reference table's
 * (OfficeDirectory.nameOf); without it, its code.
 */
export function officeNameTh(office: StaffOffice): string {
  if (office.kind === 'CENTRAL') return 'กรมการปกครอง (ส่วนกลาง)';
  if (office.kind === 'AUTHORITY') return `องค์กรปกครองส่วนท้องถิ่น รหัส ${office.code}`;
  if (office.kind === 'PROVINCE') return `จังหวัด${requireProvince(office.code).nameTh}`;
  if (office.kind === 'SUBDISTRICT') {
    const subdistrict = requireSubdistrict(office.code);
    return `ชุดปฏิบัติการประจำตำบล${subdistrict.nameTh} ${officeNameTh({ kind: 'DISTRICT', code: subdistrict.districtCode })}`;
  }
  const district = requireDistrict(office.code);
  return `${district.isBangkokKhet ? 'เขต' : 'อำเภอ'}${district.nameTh}`;
}
