import { type Area, areaWithin, authorityOf, coversDistrict } from '../identity/scope/area-scope.js';
import type { StaffProfile } from '../identity/scope/staff-authority.js';

/**
 * Who reads and who keeps a PAO's businesses and monthly returns. The PAO's own revenue staff (LOCAL) all of their
 * authority's, and nothing of another's. The department oversees by where the business lies: a district account
 * those in its district, a province account those of its province, the centre and auditors all. The PAO's staff,
 * central administrators and province and district staff register businesses and key paper filings; auditors only read.
 */
type Staff = Pick<StaffProfile, 'level' | 'office' | 'administrator'>;

/** A business (or its return) as access sees it: its PAO and the district it lies in. */
export interface LevyPlace {
  authorityCode: string;
  districtCode: string;
}

export const readsBusinessIn = (staff: Staff, place: LevyPlace): boolean =>
  (staff.level === 'LOCAL' ? authorityOf(staff) === place.authorityCode : coversDistrict(staff, place.districtCode));

export const keepsBusinessesIn = (staff: Staff, place: LevyPlace): boolean => {
  if (staff.level === 'LOCAL') return authorityOf(staff) === place.authorityCode;
  return (staff.level === 'CENTRAL' ? staff.administrator : staff.level === 'PROVINCE' || staff.level === 'DISTRICT')
    && coversDistrict(staff, place.districtCode);
};

/**
 * The district of the PAO's province the reader's lists stop at (null: all of it); undefined when it reads none of
 * it. The PAO's own staff read all of it, another authority's staff none.
 */
export function districtOfReader(staff: Staff, authority: { code: string; provinceCode: string }): { district: string | null } | undefined {
  if (staff.level === 'LOCAL') return authorityOf(staff) === authority.code ? { district: null } : undefined;
  if (staff.level === 'TAMBON_TEAM') return undefined;
  const area = areaWithin(staff, { province: authority.provinceCode });
  return area && { district: area.district };
}

/** Where a return's business lies, from the parties it was filed with. */
export const placeOf = (parties: { authorityCode: string; businessDistrictCode: string }): LevyPlace =>
  ({ authorityCode: parties.authorityCode, districtCode: parties.businessDistrictCode });

/** The area a PAO's return list looks in: the PAO's own staff all of their PAO, the department its area; undefined: none. */
export function returnListArea(staff: Staff, authorityCode: string): Area | undefined {
  if (staff.level === 'LOCAL') return authorityOf(staff) === authorityCode ? { district: null, province: null } : undefined;
  return staff.level === 'TAMBON_TEAM' ? undefined : areaWithin(staff, {});
}
