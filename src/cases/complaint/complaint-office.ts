import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { complaintErrors } from './complaint-errors.js';

/**
 * An office of the Damrongdhama network that can own a complaint: a district (4-digit code, Bangkok khet
 * included), a province (2-digit code) or the central centre (ศูนย์ดำรงธรรมส่วนกลาง, code CENTRAL).
 */
export type OfficeLevel = 'DISTRICT' | 'PROVINCE' | 'CENTRAL';

export interface Office {
  level: OfficeLevel;
  code: string;
}

export const CENTRAL_OFFICE: Readonly<Office> = Object.freeze({ level: 'CENTRAL', code: 'CENTRAL' });

/** The office with its code checked against the geography and normalised (Thai digits become Arabic). */
export function parseOffice(office: Office | undefined | null, field: string): Office {
  if (!office) throw complaintErrors.required(field);
  switch (office.level) {
    case 'DISTRICT':
      return { level: 'DISTRICT', code: requireDistrict(office.code, `${field}.code`).code };
    case 'PROVINCE':
      return { level: 'PROVINCE', code: requireProvince(office.code, `${field}.code`).code };
    case 'CENTRAL':
      if (office.code !== CENTRAL_OFFICE.code) throw complaintErrors.unknownValue(`${field}.code`, office.code);
      return { ...CENTRAL_OFFICE };
    default:
      throw complaintErrors.unknownValue(`${field}.level`, (office as { level: unknown }).level);
  }
}

export function sameOffice(a: Office, b: Office): boolean {
  return a.level === b.level && a.code === b.code;
}
