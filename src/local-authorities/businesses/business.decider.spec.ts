import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../../shared/domain-error.js';
import { refusalsOf } from '../../shared/field-errors.js';
import type { LocalAuthority } from '../local-authority.decider.js';
import { type BusinessForm, decideBusiness } from './business.decider.js';

const pao: LocalAuthority = { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', municipalityClass: null, provinceCode: '20', districtCode: null, billerCode: '80141' };
/** 0105556000017 is a company registration number with a valid check digit. */
const form: BusinessForm = {
  authorityCode: '2200101', nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL', 'TOBACCO', 'HOTEL'], addressLine: '99 ถนนเลียบหาด',
  subdistrictCode: '๒๐๐๔๐๑', ownerKind: 'JURISTIC', ownerId: '0-1055-56000-01-7', ownerName: 'บริษัท ทะเลงาม จำกัด',
};
const refusals = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return refusalsOf(error as DomainError).map((e) => [e.code, e.field]);
  }
  throw new Error('not refused');
};

describe('business registration', () => {
  it('registers a business of a PAO in its province, Thai digits and separators read, kinds once each in order', () => {
    expect(decideBusiness(pao, form)).toEqual({
      authorityCode: '2200101', nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL', 'TOBACCO'], addressLine: '99 ถนนเลียบหาด',
      subdistrictCode: '200401', districtCode: '2004', provinceCode: '20', ownerKind: 'JURISTIC', ownerId: '0105556000017', ownerName: 'บริษัท ทะเลงาม จำกัด',
    });
  });

  it('verifies the check digit of a citizen id and of a juristic id alike', () => {
    expect(refusals(() => decideBusiness(pao, { ...form, ownerId: '0105556000011' }))).toEqual([['COMPANY_ID_CHECK_DIGIT', 'ownerIdNumber']]);
    expect(refusals(() => decideBusiness(pao, { ...form, ownerKind: 'CITIZEN', ownerId: '1101700230701' }))).toEqual([['CITIZEN_ID_CHECK_DIGIT', 'ownerIdNumber']]);
    expect(decideBusiness(pao, { ...form, ownerKind: 'CITIZEN', ownerId: '1101700230708' }).ownerId).toBe('1101700230708');
  });

  it('refuses an authority that is not a PAO, a place outside its province, no kinds and no name, all at once', () => {
    expect(refusals(() => decideBusiness({ ...pao, kind: 'SAO', districtCode: '2004' }, { ...form, nameTh: ' ', kinds: [], subdistrictCode: '100101' }))).toEqual([
      ['BUSINESS_AUTHORITY_NOT_PAO', 'authorityCode'], ['TEXT_REQUIRED', 'nameTh'], ['BUSINESS_KINDS_REQUIRED', 'kinds'],
      ['BUSINESS_OUTSIDE_PROVINCE', 'subdistrictCode'],
    ]);
  });
});
