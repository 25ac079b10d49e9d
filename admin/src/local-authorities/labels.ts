import type { AuthorityKind, LocalAuthority, MunicipalityClass } from './local-authorities.graphql';

export const KIND_TH: Record<AuthorityKind, string> = {
  PAO: 'องค์การบริหารส่วนจังหวัด (อบจ.)',
  MUNICIPALITY: 'เทศบาล',
  SAO: 'องค์การบริหารส่วนตำบล (อบต.)',
  PATTAYA: 'เมืองพัทยา',
};

export const CLASS_TH: Record<MunicipalityClass, string> = { CITY: 'เทศบาลนคร', TOWN: 'เทศบาลเมือง', SUBDISTRICT: 'เทศบาลตำบล' };

/** The kind as it is said: a municipality by its class (เทศบาลเมือง). */
export const kindText = (a: Pick<LocalAuthority, 'kind' | 'municipalityClass'>): string =>
  (a.municipalityClass ? CLASS_TH[a.municipalityClass] : KIND_TH[a.kind]);

/** Where it lies: the province, and the district for all but a PAO. */
export const placeText = (a: Pick<LocalAuthority, 'provinceNameTh' | 'districtNameTh'>): string =>
  (a.districtNameTh ? `อำเภอ${a.districtNameTh} จังหวัด${a.provinceNameTh}` : `จังหวัด${a.provinceNameTh}`);

/** The central administrators, who alone register authorities and enact their terms. */
export const mayManage = (account: { level: string; administrator: boolean }): boolean => account.level === 'CENTRAL' && account.administrator;
