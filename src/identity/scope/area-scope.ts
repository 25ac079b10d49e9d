import type { ScopeSettings } from '../../database/request-scope.js';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { coversOffice, type StaffProfile } from './staff-authority.js';
import { districtOf, officeKey, provinceOf, type StaffOffice } from './staff-office.js';

/**
 * The area an account reads and acts in (its scope), as the resolvers check it and as the database's
 * row-level security sees it: a district account its district, a province account the province's office and
 * districts, the centre and auditors the whole country. Out of scope is answered like not found.
 */
type Reader = Pick<StaffProfile, 'accountId' | 'level' | 'office'>;

/** The transaction-local settings the policies read for this reader. */
export function scopeSettingsOf(staff: Reader): ScopeSettings {
  const common = { accountId: staff.accountId, office: officeKey(staff.office) };
  switch (staff.level) {
    case 'DISTRICT': return { level: 'DISTRICT', district: staff.office.code, ...common };
    case 'PROVINCE': return { level: 'PROVINCE', province: staff.office.code, ...common };
    case 'CENTRAL': return { level: 'CENTRAL', ...common };
    case 'AUDITOR': return { level: 'AUDITOR', ...common };
    case 'TAMBON_TEAM': return { level: 'TAMBON_TEAM', district: districtOf(staff.office), subdistrict: staff.office.code, ...common };
  }
}

/** The centre and auditors: the whole country, history and logs included. */
export const overseesAll = (staff: Pick<StaffProfile, 'level'>): boolean => staff.level === 'CENTRAL' || staff.level === 'AUDITOR';

/** A central administrator: the holidays, the projections. */
export const isCentralAdministrator = (staff: Pick<StaffProfile, 'level' | 'administrator'>): boolean =>
  staff.level === 'CENTRAL' && staff.administrator;

/** Who checks the frozen reports against the event log: central administrators and auditors. */
export const verifiesFrozenReports = (staff: Pick<StaffProfile, 'level' | 'administrator'>): boolean =>
  isCentralAdministrator(staff) || staff.level === 'AUDITOR';

export const coversDistrict = (staff: Pick<StaffProfile, 'level' | 'office'>, districtCode: string): boolean =>
  coversOffice(staff, { kind: 'DISTRICT', code: districtCode });

/** A whole province: its office and every district of it (a district account covers none). */
export const coversProvince = (staff: Pick<StaffProfile, 'level' | 'office'>, provinceCode: string): boolean =>
  coversOffice(staff, { kind: 'PROVINCE', code: provinceCode });

/** Where a list may look: a district, a province, or everywhere (both null). */
export interface Area {
  district: string | null;
  province: string | null;
}

/**
 * The part of the area asked for (codes as typed, Thai digits accepted; a bad code is refused as the lists
 * refuse it) that lies in the reader's scope: a district account's own district, a province account's
 * province, or what was asked for at the centre; a tambon team's district (row-level security then shows it the
 * complaints assigned to its team only). Undefined when the two do not meet: the list is empty.
 */
export function areaWithin(
  staff: Pick<StaffProfile, 'level' | 'office'>, asked: { district?: string | null; province?: string | null },
  fields = { district: 'district', province: 'province' },
): Area | undefined {
  const district = asked.district ? requireDistrict(asked.district, fields.district) : undefined;
  const province = asked.province ? requireProvince(asked.province, fields.province).code : null;
  if (district && province && district.provinceCode !== province) return undefined;
  const wanted: Area = { district: district?.code ?? null, province: province ?? district?.provinceCode ?? null };
  if (overseesAll(staff)) return wanted;
  const own: StaffOffice = staff.office;
  if (staff.level === 'PROVINCE') {
    if (wanted.province !== null && wanted.province !== own.code) return undefined;
    return { district: wanted.district, province: own.code };
  }
  const ownDistrict = districtOf(own) ?? own.code;
  if (wanted.district !== null && wanted.district !== ownDistrict) return undefined;
  if (wanted.province !== null && wanted.province !== provinceOf(own)) return undefined;
  return { district: ownDistrict, province: provinceOf(own) ?? null };
}
