import { describe, expect, it } from '@jest/globals';
import { given } from '../../../test/support/decider-spec.js';
import { fold } from '../../shared/decider.js';
import type { AuthorityTerms } from '../authority-terms.decider.js';
import { hasValidRef2 } from './bill-payment.js';
import { monthlyReturnDecider as decider, parsePeriod, termsForPeriod } from './monthly-return.decider.js';
import type { AmendMonthlyReturn, FileMonthlyReturn } from './monthly-return.commands.js';
import type { MonthlyReturnEvent } from './monthly-return.events.js';

const chonburi2567: AuthorityTerms = {
  authorityCode: '2200101', effectiveFrom: '2024-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeeBasisPoints: 50,
  fuelRates: { petrol: 454, diesel: 454, lpg: 454, ngv: null }, tobaccoRate: 930, leafletPermitFeeSatang: null, leafletDecisionDays: null,
  filingDeadlineDay: 13, surchargeBasisPointsPerMonth: 200, surchargeCapBasisPoints: 10000,
};
const chonburi2568: AuthorityTerms = { ...chonburi2567, effectiveFrom: '2025-07-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2568', hotelFeeBasisPoints: 100 };
/** Songkran 2568: 13 April is a Sunday, 14 and 15 April are holidays. */
const SONGKRAN = ['2025-04-14', '2025-04-15'];
const parties = {
  authorityCode: '2200101', authorityNameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', provinceCode: '20', districtCode: null, billerCode: '80141',
  businessNo: 17, businessName: 'โรงแรมทะเลงาม', businessDistrictCode: '2004', ownerCitizenId: null,
};
const file = (over: Partial<FileMonthlyReturn> = {}): FileMonthlyReturn => ({
  type: 'FileMonthlyReturn', returnId: '17-HOTEL-2025-03', kind: 'HOTEL', period: '2025-03', parties,
  figures: { roomRent: '1,000,000.00' }, filer: { name: 'นางสมใจ ใจดี', position: 'ผู้จัดการ' }, channel: 'PAPER',
  receivedOn: '2568-04-16', terms: chonburi2567, holidays: SONGKRAN, at: '2025-04-20T03:00:00.000Z', ...over,
});
const amend = (over: Partial<AmendMonthlyReturn> = {}): AmendMonthlyReturn => ({
  type: 'AmendMonthlyReturn', returnId: '17-HOTEL-2025-03', figures: { roomRent: '1200000' }, filer: { name: 'นางสมใจ ใจดี' },
  channel: 'PAPER', receivedOn: null, reason: 'ค่าห้องพักตกหล่น', at: '2025-06-10T03:00:00.000Z', ...over,
});
const decide = (command: FileMonthlyReturn | AmendMonthlyReturn, past: MonthlyReturnEvent[] = []) => decider.decide(command, fold(decider, past));
const assessed = (events: MonthlyReturnEvent[]) => events.find((e) => e.type === 'MonthlyReturnAssessed')!.data as unknown as Record<string, unknown>;

describe('monthly return decider', () => {
  it('moves a deadline on a Sunday across Songkran to the next working day: filed that day, no surcharge', () => {
    const events = decide(file());
    expect(events.map((e) => e.type)).toEqual(['MonthlyReturnFiled', 'MonthlyReturnAssessed', 'MonthlyReturnBillIssued']);
    expect(assessed(events)).toMatchObject({ dueOn: '2025-04-16', filedOn: '2025-04-16', monthsLate: 0, levySatang: 500_000, surchargeSatang: 0 });
    expect(events[2].data).toEqual({
      returnId: '17-HOTEL-2025-03', returnVersion: 1, ref1: '22001011256803', ref2: '00000017019', amountSatang: 500_000,
      payload: '|000000008014100\r22001011256803\r00000017019\r500000', payBy: '2025-04-16', at: '2025-04-20T03:00:00.000Z',
    });
    expect(hasValidRef2('00000017019')).toBe(true);
    expect(hasValidRef2('00000017010')).toBe(false);
  });

  it('charges a month of surcharge for a filing one day after the moved deadline', () => {
    const events = decide(file({ receivedOn: '๒๕๖๘-๐๔-๑๗' }));
    expect(assessed(events)).toMatchObject({ dueOn: '2025-04-16', filedOn: '2025-04-17', monthsLate: 1, levySatang: 500_000, surchargeSatang: 10_000, differenceSatang: 510_000 });
    expect(events[2].data).toMatchObject({ amountSatang: 510_000 });
  });

  it('without the holiday table the deadline would have been Monday 14 April: the table decides', () => {
    expect(assessed(decide(file({ holidays: [] })))).toMatchObject({ dueOn: '2025-04-14', monthsLate: 1, surchargeSatang: 10_000 });
  });

  it('assesses each month at the terms in force on its first day: an earlier month keeps the old rate after a change mid-year', () => {
    const versions = [chonburi2568, chonburi2567];
    expect(termsForPeriod(versions, '2025-06')).toBe(chonburi2567);
    expect(termsForPeriod(versions, '2025-07')).toBe(chonburi2568);
    const june = decide(file({ period: '2025-06', returnId: '17-HOTEL-2025-06', receivedOn: null, terms: termsForPeriod(versions, '2025-06')!, at: '2025-07-05T03:00:00.000Z' }));
    expect(assessed(june)).toMatchObject({ levySatang: 500_000, ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567' });
    const july = decide(file({ period: '2025-07', returnId: '17-HOTEL-2025-07', receivedOn: null, terms: termsForPeriod(versions, '2025-07')!, at: '2025-08-05T03:00:00.000Z' }));
    expect(assessed(july)).toMatchObject({ levySatang: 1_000_000, ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2568' });
  });

  it('bills an amended return on its positive difference, with the surcharge on the increase, at the terms first applied', () => {
    const past = decide(file());
    const events = decide(amend(), past);
    expect(events.map((e) => e.type)).toEqual(['MonthlyReturnAmended', 'MonthlyReturnAssessed', 'MonthlyReturnBillIssued']);
    // Due 16 April, filed 10 June: two months or part late; 2 % a month on the 100,000 satang increase.
    expect(assessed(events)).toMatchObject({ returnVersion: 2, levySatang: 600_000, previousLevySatang: 500_000, monthsLate: 2, surchargeSatang: 4_000, differenceSatang: 104_000 });
    expect(events[2].data).toMatchObject({ ref2: '00000017027', amountSatang: 104_000 });
    expect(hasValidRef2('00000017027')).toBe(true);
  });

  it('notes an overpayment for an amended return with a negative difference, and bills nothing', () => {
    const events = decide(amend({ figures: { roomRent: '800000' } }), decide(file()));
    expect(events.map((e) => e.type)).toEqual(['MonthlyReturnAmended', 'MonthlyReturnAssessed', 'MonthlyReturnOverpaymentNoted']);
    expect(assessed(events)).toMatchObject({ levySatang: 400_000, surchargeSatang: 0, differenceSatang: -100_000 });
    expect(events[2].data).toMatchObject({ amountSatang: 100_000 });
    expect(fold(decider, [...decide(file()), ...events])).toMatchObject({ version: 2, status: 'OVERPAID', levySatang: 400_000 });
  });

  it('refuses a duplicate return for the same business, levy and month', () => {
    given(decider, decide(file())).when(file({ receivedOn: '2025-04-18' })).thenRejects('RETURN_DUPLICATE', 'period');
  });

  it('refuses an amendment with the same figures, and one of a return never filed', () => {
    given(decider, decide(file())).when(amend({ figures: { roomRent: '1000000' } })).thenRejects('RETURN_AMENDMENT_UNCHANGED', 'figures');
    given(decider).when(amend()).thenRejects('RETURN_NOT_FOUND', 'returnId');
  });

  it('assesses fuel per kind in exact units, dropping the fraction of a satang once on the total', () => {
    const events = decide(file({ kind: 'FUEL', returnId: '17-FUEL-2025-03', figures: { fuel: { petrol: '1,234.56', diesel: '๑๐๐', lpg: null, ngv: '5' } } }));
    // 123456 × 454 + 10000 × 454 = 60,589,024 ten-thousandths; NGV is not levied.
    expect(assessed(events)).toMatchObject({ levySatang: 6058 });
    expect((assessed(events).lines as unknown[])).toEqual([
      { item: 'petrol', quantity: 123456, rate: 454, tenThousandthsOfSatang: '56049024' },
      { item: 'diesel', quantity: 10000, rate: 454, tenThousandthsOfSatang: '4540000' },
      { item: 'lpg', quantity: 0, rate: 454, tenThousandthsOfSatang: '0' },
      { item: 'ngv', quantity: 500, rate: null, tenThousandthsOfSatang: '0' },
    ]);
  });

  it('assesses tobacco per cigarette: 10,000 at 9.30 satang is 930 baht', () => {
    expect(assessed(decide(file({ kind: 'TOBACCO', figures: { cigarettes: '10000' } })))).toMatchObject({ levySatang: 93_000 });
  });

  it('refuses every bad field at once: negative, too large, of another kind, a future receipt, no filer', () => {
    given(decider).when(file({ figures: { roomRent: '-5', cigarettes: '3' }, filer: { name: ' ' }, receivedOn: '2025-05-01' })).thenRejectsAll([
      ['RETURN_FIGURE_NOT_FOR_KIND', 'figures.cigarettes'], ['RETURN_FIGURE_MALFORMED', 'figures.roomRent'],
      ['TEXT_REQUIRED', 'filer.name'], ['RETURN_RECEIVED_IN_FUTURE', 'receivedOn'],
    ]);
    given(decider).when(file({ figures: { roomRent: '100000001' } })).thenRejects('RETURN_FIGURE_TOO_LARGE', 'figures.roomRent');
  });

  it('refuses a month not yet ended, a month without terms, and a levy the ordinance does not collect', () => {
    given(decider).when(file({ period: '2025-04', receivedOn: null, at: '2025-04-20T03:00:00.000Z' })).thenRejects('RETURN_PERIOD_NOT_ENDED', 'period');
    given(decider).when(file({ terms: null })).thenRejects('RETURN_NO_TERMS_FOR_PERIOD', 'period');
    given(decider).when(file({ terms: { ...chonburi2567, hotelFeeBasisPoints: null } })).thenRejects('RETURN_KIND_NOT_LEVIED', 'kind');
  });

  it('reads a period typed in the Buddhist Era with Thai digits', () => {
    expect(parsePeriod('๒๕๖๘-๐๓')).toBe('2025-03');
    expect(parsePeriod('2025-3')).toBe('2025-03');
    expect(() => parsePeriod('2568-13')).toThrow(expect.objectContaining({ code: 'RETURN_PERIOD_MALFORMED' }));
  });

  it('reads its stored events, and takes none of a schema version it does not know (the stream then takes no command)', () => {
    const [filed] = decide(file());
    expect(decider.read!({ type: filed.type, schemaVersion: 2, data: filed.data })).toEqual(filed);
    // Schema 1 named no citizen ids: it reads with none.
    const { ownerCitizenId: _, ...parties } = filed.type === 'MonthlyReturnFiled' ? filed.data.parties : ({} as never);
    const schema1 = { ...filed.data, parties, filer: { name: 'นางสมใจ ใจดี', position: 'ผู้จัดการ' } };
    expect(decider.read!({ type: filed.type, schemaVersion: 1, data: schema1 })).toEqual(filed);
    expect(decider.read!({ type: filed.type, schemaVersion: 3, data: filed.data })).toBeUndefined();
    expect(decider.read!({ type: 'MonthlyReturnRefunded', schemaVersion: 1, data: {} })).toBeUndefined();
  });
});
