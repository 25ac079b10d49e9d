import { describe, expect, it } from '@jest/globals';
import { foldMonthlyReturnRow, type MonthlyReturnRow } from '../../projections/monthly-returns/monthly-return-row.js';
import { given } from '../../../test/support/decider-spec.js';
import { fold, foldRecorded, type RecordedFact } from '../../shared/decider.js';
import type { AuthorityTerms } from '../authority-terms.decider.js';
import { foldReturnDetail } from './monthly-return-detail.js';
import type { FiledReturn } from './monthly-return-state.js';
import { monthlyReturnDecider as decider } from './monthly-return.decider.js';
import type { AmendMonthlyReturn, FileMonthlyReturn, RecordReturnPaid } from './monthly-return.commands.js';
import { MONTHLY_RETURN_SCHEMA_VERSIONS, type MonthlyReturnEvent, readMonthlyReturnEvent } from './monthly-return.events.js';
import { payByOf } from './return-assessment.js';

/**
 * ชำระภายใน: each bill's pay-by date. On time, the filing deadline; late, the last day of the month (or part) of
 * surcharge the bill counts; a bill recorded before the date was kept (schema 1) takes it from its assessment.
 */
const terms: AuthorityTerms = {
  authorityCode: '2200101', effectiveFrom: '2024-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeeBasisPoints: 50,
  fuelRates: { petrol: 454, diesel: 454, lpg: 454, ngv: null }, tobaccoRate: 930, leafletPermitFeeSatang: null, leafletDecisionDays: null,
  filingDeadlineDay: 13, surchargeBasisPointsPerMonth: 200, surchargeCapBasisPoints: 10000,
};
const parties = {
  authorityCode: '2200101', authorityNameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', provinceCode: '20', districtCode: null, billerCode: '80141',
  businessNo: 17, businessName: 'โรงแรมทะเลงาม', businessDistrictCode: '2004', ownerCitizenId: null,
};
/** March 2568 is due on 13 April, a Sunday; Songkran (14–15 April) moves it to Wednesday 16 April. */
const file = (receivedOn: string): FileMonthlyReturn => ({
  type: 'FileMonthlyReturn', returnId: '17-HOTEL-2025-03', kind: 'HOTEL', period: '2025-03', parties, figures: { roomRent: '1000000' },
  filer: { name: 'นางสมใจ ใจดี' }, channel: 'PAPER', receivedOn, terms, holidays: ['2025-04-14', '2025-04-15'], at: '2025-07-20T03:00:00.000Z',
});
const amend: AmendMonthlyReturn = {
  type: 'AmendMonthlyReturn', returnId: '17-HOTEL-2025-03', figures: { roomRent: '1200000' }, filer: { name: 'นางสมใจ ใจดี' },
  channel: 'PAPER', receivedOn: '2025-06-10', reason: 'ค่าห้องพักตกหล่น', at: '2025-07-20T03:00:00.000Z',
};
const pay = (paidAt: string, amountSatang = 500_000, ref2 = '00000017019'): RecordReturnPaid => ({
  type: 'RecordReturnPaid', ref1: '22001011256803', ref2, amountSatang, paidAt, fileDigest: 'b'.repeat(64), line: 2,
  receipt: { fiscalYear: 2568, number: 1 }, at: '2025-07-20T03:00:00.000Z',
});
const billOf = (events: MonthlyReturnEvent[]) => events.find((e) => e.type === 'MonthlyReturnBillIssued')!.data;

describe('the pay-by date of a bill (ชำระภายใน)', () => {
  it('is the filing deadline for a return filed on time, the day it moved on to', () => {
    expect(billOf(decider.decide(file('2025-04-16'), null))).toMatchObject({ amountSatang: 500_000, payBy: '2025-04-16' });
  });

  it('is, when late, the last day of the month of surcharge the bill counts: a day later another month is owed', () => {
    // Filed 17 April, a day late: one month of 2 %, owed as billed to 16 May.
    expect(billOf(decider.decide(file('2025-04-17'), null))).toMatchObject({ amountSatang: 510_000, payBy: '2025-05-16' });
    // Filed 16 May, still within that month: the same surcharge, the same pay-by date.
    expect(billOf(decider.decide(file('2025-05-16'), null))).toMatchObject({ amountSatang: 510_000, payBy: '2025-05-16' });
    // Filed 17 May: two months, to 16 June.
    expect(billOf(decider.decide(file('2025-05-17'), null))).toMatchObject({ amountSatang: 520_000, payBy: '2025-06-16' });
  });

  it("gives an amendment's bill its own: the months of surcharge on the increase when it was filed", () => {
    const past = decider.decide(file('2025-04-16'), null);
    const amended = decider.decide(amend, fold(decider, past));
    expect(billOf(amended)).toMatchObject({ ref2: '00000017027', amountSatang: 104_000, payBy: '2025-06-16' });
    const state = fold(decider, [...past, ...amended]) as FiledReturn;
    expect(Object.values(state.bills).map((b) => [b.returnVersion, b.payBy])).toEqual([[1, '2025-04-16'], [2, '2025-06-16']]);
  });

  it('counts a month on the same day, or on the last day of a shorter month', () => {
    expect(payByOf('2025-01-31', 0)).toBe('2025-01-31');
    expect(payByOf('2025-01-31', 1)).toBe('2025-02-28');
    expect(payByOf('2024-01-31', 1)).toBe('2024-02-29');
    expect(payByOf('2025-11-20', 2)).toBe('2026-01-20');
  });

  it("takes a payment on the pay-by date until midnight in Bangkok, and refuses one after it (the surcharge has grown)", () => {
    const filed = decider.decide(file('2025-04-16'), null);
    expect(decider.decide(pay('2025-04-16T23:59:59+07:00'), fold(decider, filed)).map((e) => e.type))
      .toEqual(['MonthlyReturnPaid', 'MonthlyReturnReceiptIssued']);
    given(decider, filed).when(pay('2025-04-16T17:00:01Z')).thenRejects('RETURN_PAID_AFTER_PAY_BY', 'paidAt');
    // Late, whatever the amount: not an underpayment but a bill that no longer settles the return.
    given(decider, filed).when(pay('2025-05-02T10:00:00+07:00', 510_000)).thenRejects('RETURN_PAID_AFTER_PAY_BY', 'paidAt');
  });
});

describe('bills recorded before the pay-by date was kept (MonthlyReturnBillIssued schema 1)', () => {
  /** The stream as an earlier version of the service wrote it: the bill without payBy, at schema version 1. */
  function storedWithoutPayBy(events: MonthlyReturnEvent[]): RecordedFact[] {
    return events.map((e) => {
      if (e.type !== 'MonthlyReturnBillIssued') return { type: e.type, schemaVersion: MONTHLY_RETURN_SCHEMA_VERSIONS[e.type], data: e.data };
      const { payBy: _dropped, ...v1 } = e.data;
      return { type: e.type, schemaVersion: 1, data: v1 };
    });
  }
  const late = decider.decide(file('2025-04-17'), null);
  const stored = storedWithoutPayBy(late);

  it('reads with no pay-by date of its own, and the decider derives it from the assessment before it', () => {
    expect(decider.read!(stored[2])).toEqual({ type: 'MonthlyReturnBillIssued', data: { ...billOf(late), payBy: null } });
    const { state, unreadableAt } = foldRecorded(decider, stored);
    expect(unreadableAt).toBeUndefined();
    expect((state as FiledReturn).bills['00000017019']).toMatchObject({ amountSatang: 510_000, payBy: '2025-05-16', paid: false });
    given(decider, stored.map((r) => decider.read!(r)!)).when(pay('2025-05-17T09:00:00+07:00', 510_000)).thenRejects('RETURN_PAID_AFTER_PAY_BY', 'paidAt');
  });

  it('shows the derived date in the detail and the list, as a bill recorded with it would', () => {
    const read = stored.map((r, i) => readMonthlyReturnEvent({ ...r, streamId: 'monthly-return-17-HOTEL-2025-03', version: i + 1 })!);
    expect(foldReturnDetail(read)!.versions[0].bill).toMatchObject({ payBy: '2025-05-16', payByTh: '16 พฤษภาคม 2568' });
    expect(foldReturnDetail(late)!.versions[0].bill).toMatchObject({ payBy: '2025-05-16', payByTh: '16 พฤษภาคม 2568' });
    const row = (events: MonthlyReturnEvent[]) => events.reduce<MonthlyReturnRow | undefined>(
      (r, e, i) => foldMonthlyReturnRow(r, e, 'monthly-return-17-HOTEL-2025-03', i + 1), undefined);
    expect(row(read)!.lastPayBy).toBe('2025-05-16');
    expect(row(late)!.lastPayBy).toBe('2025-05-16');
  });
});
