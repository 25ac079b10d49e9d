import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../shared/domain-error.js';
import { refusalsOf } from '../shared/field-errors.js';
import { decideAuthority, decideEdit, type AuthorityForm } from './local-authority.decider.js';

const refusals = (form: AuthorityForm) => {
  try {
    decideAuthority(form);
  } catch (error) {
    return refusalsOf(error as DomainError).map((e) => [e.code, e.field]);
  }
  throw new Error('accepted');
};

const pao: AuthorityForm = { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' };
const sao: AuthorityForm = { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' };

describe('an authority as a central administrator registers it', () => {
  it('accepts a PAO without a district, codes typed in Thai digits', () => {
    expect(decideAuthority({ ...pao, code: '๒๒๐๐๑๐๑', provinceCode: '๒๐', billerCode: '๘๐๑๔๑' })).toEqual({
      code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', municipalityClass: null,
      provinceCode: '20', districtCode: null, billerCode: '80141',
    });
  });

  it('places an SAO in a district of its province, and a municipality with its class', () => {
    expect(decideAuthority(sao)).toMatchObject({ kind: 'SAO', districtCode: '2004', municipalityClass: null });
    expect(decideAuthority({ ...sao, kind: 'MUNICIPALITY', municipalityClass: 'CITY' })).toMatchObject({ municipalityClass: 'CITY' });
  });

  it('refuses a district for a PAO, none for an SAO, one outside the province, and a municipality without its class', () => {
    expect(refusals({ ...pao, districtCode: '2001' })).toEqual([['AUTHORITY_PAO_HAS_NO_DISTRICT', 'districtCode']]);
    expect(refusals({ ...sao, districtCode: null })).toEqual([['AUTHORITY_DISTRICT_REQUIRED', 'districtCode']]);
    expect(refusals({ ...sao, districtCode: '1001' })).toEqual([['AUTHORITY_DISTRICT_OUTSIDE_PROVINCE', 'districtCode']]);
    expect(refusals({ ...sao, kind: 'MUNICIPALITY' })).toEqual([['AUTHORITY_MUNICIPALITY_CLASS_REQUIRED', 'municipalityClass']]);
    expect(refusals({ ...sao, municipalityClass: 'TOWN' })).toEqual([['AUTHORITY_MUNICIPALITY_CLASS_NOT_APPLICABLE', 'municipalityClass']]);
  });

  it('refuses every bad field at once: code, name, province, company code', () => {
    expect(refusals({ ...sao, code: '12', nameTh: ' ', provinceCode: '99', billerCode: 'KTB1' })).toEqual([
      ['AUTHORITY_CODE_MALFORMED', 'code'], ['TEXT_REQUIRED', 'nameTh'], ['GEOGRAPHY_UNKNOWN_PROVINCE', 'provinceCode'],
      ['AUTHORITY_BILLER_CODE_MALFORMED', 'billerCode'],
    ]);
  });

  it('lets a PAO become another kind only while no terms are enacted for it', () => {
    const before = decideAuthority(pao);
    const municipality = decideAuthority({ ...pao, kind: 'MUNICIPALITY', municipalityClass: 'TOWN', districtCode: '2001' });
    expect(decideEdit(before, municipality, false)).toBe(municipality);
    expect(refusals({ ...pao, nameTh: '' })).toEqual([['TEXT_REQUIRED', 'nameTh']]);
    expect(() => decideEdit(before, municipality, true)).toThrow(expect.objectContaining({ code: 'AUTHORITY_KIND_FIXED_BY_TERMS', field: 'kind' }));
    const renamed = decideAuthority({ ...pao, nameTh: 'อบจ.ชลบุรี' });
    expect(decideEdit(before, renamed, true)).toBe(renamed);
  });
});
