import { areaWithin, coversDistrict } from '../identity/scope/area-scope.js';
import type { StaffProfile } from '../identity/scope/staff-authority.js';

/**
 * Who reads and who keeps a PAO's businesses and monthly returns, by where the business lies: a district account
 * those in its district, a province account those of its province, the centre and auditors all. Central
 * administrators and province and district staff register businesses and key paper filings; auditors only read.
 */
type Staff = Pick<StaffProfile, 'level' | 'office' | 'administrator'>;

export const readsBusinessIn = (staff: Staff, districtCode: string): boolean => coversDistrict(staff, districtCode);

export const keepsBusinessesIn = (staff: Staff, districtCode: string): boolean =>
  (staff.level === 'CENTRAL' ? staff.administrator : staff.level === 'PROVINCE' || staff.level === 'DISTRICT')
  && coversDistrict(staff, districtCode);

/** The district of the authority's province the reader's lists stop at (null: all of it); undefined when it reads none of it. */
export function districtOfReader(staff: Staff, provinceCode: string): { district: string | null } | undefined {
  if (staff.level === 'TAMBON_TEAM') return undefined;
  const area = areaWithin(staff, { province: provinceCode });
  return area && { district: area.district };
}
