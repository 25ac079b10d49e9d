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
    case 'LOCAL': return { level: 'LOCAL', authority: staff.office.code, ...common };
  }
}

/** The 7-digit code of the local authority a LOCAL account works for; undefined for every other level. */
export const authorityOf = (staff: Pick<StaffProfile, 'level' | 'office'>): string | undefined =>
  (staff.level === 'LOCAL' && staff.office.kind === 'AUTHORITY' ? staff.office.code : undefined);

/** Where a local authority lies, as its reference row says. */
export interface AuthorityPlace {
  code: string;
  provinceCode: string;
  /** Null for a PAO (the whole province). */
  districtCode: string | null;
}

/**
 * Reads a local authority's records (its details, terms, filings): its own revenue staff (LOCAL), and the
 * department's accounts whose area holds it (a district its authorities and its province's PAO, a province all
 * of its own, the centre and auditors every one). Nobody else: out of scope reads as not found.
 */
export function canReadAuthority(staff: Pick<StaffProfile, 'level' | 'office'>, authority: AuthorityPlace): boolean {
  if (staff.level === 'LOCAL') return authorityOf(staff) === authority.code;
  return areaWithin(staff, { province: authority.provinceCode, district: authority.districtCode }) !== undefined;
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
 * complaints assigned to its team only). Undefined when the two do not meet: the list is empty; always for an
 * authority's revenue staff (LOCAL), whose area is their authority, no district or province (canReadAuthority).
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
  if (staff.level === 'LOCAL') return undefined;
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
