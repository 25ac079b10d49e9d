import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../shared/domain-error.js';
import { refusalsOf } from '../shared/field-errors.js';
import { decideTerms, termsInForceOn, type TermsForm } from './authority-terms.decider.js';
import type { LocalAuthority } from './local-authority.decider.js';

const pao: LocalAuthority = {
  code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', municipalityClass: null, provinceCode: '20', districtCode: null, billerCode: '80141',
};
const sao: LocalAuthority = { ...pao, code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', districtCode: '2004', billerCode: '81234' };

const paoTerms: TermsForm = {
  effectiveFrom: '2567-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeePercent: '๐.๕',
  fuelRates: { petrol: '4.54', diesel: '4.54', lpg: '4.54', ngv: '' }, tobaccoRate: '9.30',
  filingDeadlineDay: '๒๐', surchargePercentPerMonth: '2', surchargeCapPercent: '100',
};
const saoTerms: TermsForm = {
  effectiveFrom: '2025-01-01', ordinance: 'ข้อบัญญัติ อบต.โป่ง', leafletPermitFee: '๒๐๐', leafletDecisionDays: '15',
  filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50',
};

const refusals = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return refusalsOf(error as DomainError).map((e) => [e.code, e.field]);
  }
  throw new Error('accepted');
};

describe("an authority's ordinance terms", () => {
  it('reads a PAO\'s rates exactly from Thai digits: basis points and hundredths of a satang', () => {
    expect(decideTerms(pao, paoTerms, null)).toEqual({
      authorityCode: '2200101', effectiveFrom: '2024-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeeBasisPoints: 50,
      fuelRates: { petrol: 454, diesel: 454, lpg: 454, ngv: null }, tobaccoRate: 930, leafletPermitFeeSatang: null,
      leafletDecisionDays: null, filingDeadlineDay: 20, surchargeBasisPointsPerMonth: 200, surchargeCapBasisPoints: 10000,
    });
  });

  it('refuses a hotel fee above the legal ceiling of 3 %, and accepts 3 % itself', () => {
    expect(refusals(() => decideTerms(pao, { ...paoTerms, hotelFeePercent: '3.01' }, null)))
      .toEqual([['TERMS_ABOVE_LEGAL_CEILING', 'hotelFeePercent']]);
    expect(decideTerms(pao, { ...paoTerms, hotelFeePercent: '๓.๐๐' }, null).hotelFeeBasisPoints).toBe(300);
  });

  it('refuses the PAO levies for an SAO, and leaflet terms for a PAO', () => {
    expect(refusals(() => decideTerms(sao, { ...saoTerms, hotelFeePercent: '1', fuelRates: { diesel: '4' }, tobaccoRate: '9' }, null))).toEqual([
      ['TERMS_PAO_ONLY', 'hotelFeePercent'], ['TERMS_PAO_ONLY', 'fuelRates.diesel'], ['TERMS_PAO_ONLY', 'tobaccoRate'],
    ]);
    expect(refusals(() => decideTerms(pao, { ...paoTerms, leafletPermitFee: '200' }, null))).toEqual([['TERMS_NOT_FOR_PAO', 'leafletPermitFee']]);
  });

  it('asks an SAO for its leaflet fee and decision period, and refuses bad numbers', () => {
    expect(decideTerms(sao, saoTerms, null)).toMatchObject({ leafletPermitFeeSatang: 20000, leafletDecisionDays: 15, surchargeBasisPointsPerMonth: 150 });
    expect(refusals(() => decideTerms(sao, { ...saoTerms, leafletPermitFee: '', filingDeadlineDay: '29', surchargePercentPerMonth: '1.555' }, null)))
      .toEqual([['TERMS_VALUE_REQUIRED', 'leafletPermitFee'], ['TERMS_NUMBER_OUT_OF_RANGE', 'filingDeadlineDay'],
        ['TERMS_NUMBER_MALFORMED', 'surchargePercentPerMonth']]);
  });

  it('takes a new version only after the latest one\'s day, so no earlier version changes', () => {
    expect(refusals(() => decideTerms(pao, { ...paoTerms, effectiveFrom: '2024-10-01' }, '2024-10-01')))
      .toEqual([['TERMS_NOT_AFTER_LATEST', 'effectiveFrom']]);
    expect(decideTerms(pao, { ...paoTerms, effectiveFrom: '2025-04-01' }, '2024-10-01').effectiveFrom).toBe('2025-04-01');
  });

  it('answers the version in force on a day; a later enactment leaves earlier days as they were', () => {
    const first = decideTerms(pao, paoTerms, null);
    const second = decideTerms(pao, { ...paoTerms, effectiveFrom: '2025-04-01', hotelFeePercent: '2' }, first.effectiveFrom);
    expect(termsInForceOn([first], '2025-05-01')).toBe(first);
    expect(termsInForceOn([first, second], '2024-09-30')).toBeUndefined();
    expect(termsInForceOn([first, second], '2025-03-31')).toEqual(first);
    expect(termsInForceOn([first, second], '2025-03-31')?.hotelFeeBasisPoints).toBe(50);
    expect(termsInForceOn([second, first], '2025-04-01')?.hotelFeeBasisPoints).toBe(200);
  });
});
