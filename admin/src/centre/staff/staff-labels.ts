import type { StaffLevel, StaffPosition } from './staff.graphql';

const CASE_WORKING: StaffPosition[] = ['ADMINISTRATIVE_OFFICER', 'DEPUTY_DISTRICT_CHIEF', 'LEGAL_OFFICER'];
/** An authority's revenue staff (กองคลัง): the positions a LOCAL account holds, and only it. */
const LOCAL_REVENUE: StaffPosition[] = [
  'REVENUE_TECHNICAL_OFFICER', 'REVENUE_COLLECTION_OFFICER', 'REVENUE_SECTION_HEAD', 'FINANCE_DIRECTOR', 'FINANCE_ACCOUNTING_OFFICER',
];

/** The positions an account of this level may hold: an authority's own for LOCAL; the chief heads only a district or a province office. */
export function positionsAt(level: StaffLevel): StaffPosition[] {
  if (level === 'LOCAL') return LOCAL_REVENUE;
  return level === 'DISTRICT' || level === 'PROVINCE' ? [...CASE_WORKING, 'CHIEF'] : CASE_WORKING;
}

/** A position's name on the registration form; the chief's follows the level. */
export function positionLabel(position: StaffPosition, level: StaffLevel): string {
  switch (position) {
    case 'ADMINISTRATIVE_OFFICER': return 'เจ้าพนักงานปกครอง';
    case 'DEPUTY_DISTRICT_CHIEF': return 'ปลัดอำเภอ';
    case 'LEGAL_OFFICER': return 'นิติกร';
    case 'CHIEF': return level === 'PROVINCE' ? 'ผู้ว่าราชการจังหวัด' : 'นายอำเภอ/ผู้อำนวยการเขต';
    case 'REVENUE_TECHNICAL_OFFICER': return 'นักวิชาการจัดเก็บรายได้';
    case 'REVENUE_COLLECTION_OFFICER': return 'เจ้าพนักงานจัดเก็บรายได้';
    case 'REVENUE_SECTION_HEAD': return 'หัวหน้าฝ่ายพัฒนารายได้';
    case 'FINANCE_DIRECTOR': return 'ผู้อำนวยการกองคลัง';
    case 'FINANCE_ACCOUNTING_OFFICER': return 'นักวิชาการเงินและบัญชี';
  }
}

/** District, province and central accounts may be their office's administrators (a district's over its tambon teams). */
export const mayBeAdministrator = (level: StaffLevel): boolean => level === 'DISTRICT' || level === 'PROVINCE' || level === 'CENTRAL';

/** The office code an account of this level is registered or moved with: none for the centre and auditors. */
export const officeCodeFor = (level: StaffLevel, officeCode: string): string | null =>
  level === 'CENTRAL' || level === 'AUDITOR' ? null : officeCode;
