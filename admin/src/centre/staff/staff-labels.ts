import type { StaffLevel, StaffPosition } from './staff.graphql';

const CASE_WORKING: StaffPosition[] = ['ADMINISTRATIVE_OFFICER', 'DEPUTY_DISTRICT_CHIEF', 'LEGAL_OFFICER'];

/** The positions an account of this level may hold: the chief heads only a district or a province office. */
export const positionsAt = (level: StaffLevel): StaffPosition[] =>
  level === 'DISTRICT' || level === 'PROVINCE' ? [...CASE_WORKING, 'CHIEF'] : CASE_WORKING;

/** A position's name on the registration form; the chief's follows the level. */
export function positionLabel(position: StaffPosition, level: StaffLevel): string {
  switch (position) {
    case 'ADMINISTRATIVE_OFFICER': return 'เจ้าพนักงานปกครอง';
    case 'DEPUTY_DISTRICT_CHIEF': return 'ปลัดอำเภอ';
    case 'LEGAL_OFFICER': return 'นิติกร';
    case 'CHIEF': return level === 'PROVINCE' ? 'ผู้ว่าราชการจังหวัด' : 'นายอำเภอ/ผู้อำนวยการเขต';
  }
}

/** District, province and central accounts may be their office's administrators (a district's over its tambon teams). */
export const mayBeAdministrator = (level: StaffLevel): boolean => level === 'DISTRICT' || level === 'PROVINCE' || level === 'CENTRAL';

/** The office code an account of this level is registered or moved with: none for the centre and auditors. */
export const officeCodeFor = (level: StaffLevel, officeCode: string): string | null =>
  level === 'CENTRAL' || level === 'AUDITOR' ? null : officeCode;
