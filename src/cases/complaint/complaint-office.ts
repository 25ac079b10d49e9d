import { findSubdistrict, requireDistrict, requireProvince } from '../../geography/geography.js';
import { coversOffice } from '../../identity/scope/staff-authority.js';
import { requireChoice } from '../../shared/choice.js';
import { complaintErrors } from './complaint-errors.js';
import type { Assignee } from './complaint.events.js';

/**
 * An office of the Damrongdhama network that can own a complaint: a district (4-digit code, Bangkok khet
 * included), a province (2-digit code) or the central centre (ศูนย์ดำรงธรรมส่วนกลาง, code CENTRAL).
 */
export const OFFICE_LEVELS = ['DISTRICT', 'PROVINCE', 'CENTRAL'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

export interface Office {
  level: OfficeLevel;
  code: string;
}

export const CENTRAL_OFFICE: Readonly<Office> = Object.freeze({ level: 'CENTRAL', code: 'CENTRAL' });

/** The office with its code checked against the geography and normalised (Thai digits become Arabic). */
export function parseOffice(office: Office | undefined | null, field: string): Office {
  if (!office) throw complaintErrors.required(field);
  switch (requireChoice(office.level, OFFICE_LEVELS, `${field}.level`)) {
    case 'DISTRICT':
      return { level: 'DISTRICT', code: requireDistrict(office.code, `${field}.code`).code };
    case 'PROVINCE':
      return { level: 'PROVINCE', code: requireProvince(office.code, `${field}.code`).code };
    case 'CENTRAL':
      return { level: 'CENTRAL', code: requireChoice(office.code, [CENTRAL_OFFICE.code], `${field}.code`) };
  }
}

export function sameOffice(a: Office, b: Office): boolean {
  return a.level === b.level && a.code === b.code;
}

/** Whether the complaint is assigned now to the tambon team of this subdistrict (its district owning it). */
export function assignedToTeam(complaint: { owningOffice: Office; assignee: Assignee | null }, subdistrictCode: string): boolean {
  const { owningOffice, assignee } = complaint;
  return assignee?.kind === 'TAMBON_TEAM' && assignee.subdistrictCode === subdistrictCode
    && owningOffice.level === 'DISTRICT' && findSubdistrict(subdistrictCode)?.districtCode === owningOffice.code;
}

/**
 * Whether the accounts of `office` read complaints `other` holds (the area scope's coversOffice): a district its
 * own, a province its own and its districts', the centre all.
 */
export function officeCovers(office: Office, other: Office): boolean {
  return coversOffice({ level: office.level, office: { kind: office.level, code: office.code } }, { kind: other.level, code: other.code });
}
