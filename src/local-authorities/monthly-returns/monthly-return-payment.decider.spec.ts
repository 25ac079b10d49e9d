import { describe, expect, it } from '@jest/globals';
import { given } from '../../../test/support/decider-spec.js';
import { fold } from '../../shared/decider.js';
import type { AuthorityTerms } from '../authority-terms.decider.js';
import { monthlyReturnDecider as decider } from './monthly-return.decider.js';
import type { AmendMonthlyReturn, FileMonthlyReturn, RecordReturnPaid } from './monthly-return.commands.js';
import type { MonthlyReturnEvent } from './monthly-return.events.js';

const terms: AuthorityTerms = {
  authorityCode: '2200101', effectiveFrom: '2024-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeeBasisPoints: 50,
  fuelRates: { petrol: 454, diesel: 454, lpg: 454, ngv: null }, tobaccoRate: 930, leafletPermitFeeSatang: null, leafletDecisionDays: null,
  filingDeadlineDay: 13, surchargeBasisPointsPerMonth: 200, surchargeCapBasisPoints: 10000,
};
const parties = {
  authorityCode: '2200101', authorityNameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', provinceCode: '20', districtCode: null, billerCode: '80141',
  businessNo: 17, businessName: 'โรงแรมทะเลงาม', businessDistrictCode: '2004', ownerCitizenId: null,
};
const fileCommand: FileMonthlyReturn = {
  type: 'FileMonthlyReturn', returnId: '17-HOTEL-2025-03', kind: 'HOTEL', period: '2025-03', parties,
  figures: { roomRent: '1,000,000.00' }, filer: { name: 'นางสมใจ ใจดี', position: 'ผู้จัดการ' }, channel: 'PAPER',
  receivedOn: '2568-04-16', terms, holidays: ['2025-04-14', '2025-04-15'], at: '2025-04-20T03:00:00.000Z',
};
const amendCommand: AmendMonthlyReturn = {
  type: 'AmendMonthlyReturn', returnId: '17-HOTEL-2025-03', figures: { roomRent: '1200000' }, filer: { name: 'นางสมใจ ใจดี' },
  channel: 'PAPER', receivedOn: null, reason: 'ค่าห้องพักตกหล่น', at: '2025-06-10T03:00:00.000Z',
};
const DIGEST = 'a'.repeat(64);
const pay = (over: Partial<RecordReturnPaid> = {}): RecordReturnPaid => ({
  type: 'RecordReturnPaid', ref1: '22001011256803', ref2: '00000017019', amountSatang: 500_000, paidAt: '2025-04-16T10:15:00+07:00',
  fileDigest: DIGEST, line: 2, receipt: { fiscalYear: 2568, number: 1 }, at: '2025-04-22T01:00:00.000Z', ...over,
});
const filed = decider.decide(fileCommand, null);
const afterFiled = (...more: MonthlyReturnEvent[]) => [...filed, ...more];

describe('monthly return decider: bills paid from the bank file, and receipts', () => {
  it('records the bill paid for its exact amount with the receipt numbered in the book, and the return is PAID', () => {
    const events = given(decider, filed).when(pay()).then([
      {
        type: 'MonthlyReturnPaid',
        data: {
          returnId: '17-HOTEL-2025-03', returnVersion: 1, ref1: '22001011256803', ref2: '00000017019', amountSatang: 500_000,
          paidAt: '2025-04-16T03:15:00.000Z', source: { fileDigest: DIGEST, line: 2 }, at: '2025-04-22T01:00:00.000Z',
        },
      },
      {
        type: 'MonthlyReturnReceiptIssued',
        data: { returnId: '17-HOTEL-2025-03', returnVersion: 1, authorityCode: '2200101', fiscalYear: 2568, receiptNumber: 1, amountSatang: 500_000, at: '2025-04-22T01:00:00.000Z' },
      },
    ]);
    expect(fold(decider, afterFiled(...events))).toMatchObject({ status: 'PAID', bills: { '00000017019': { paid: true, amountSatang: 500_000 } } });
  });

  it('refuses an underpayment and an overpayment: never a silent match', () => {
    given(decider, filed).when(pay({ amountSatang: 499_999 })).thenRejects('RETURN_PAYMENT_AMOUNT_WRONG', 'amount');
    given(decider, filed).when(pay({ amountSatang: 500_001 })).thenRejects('RETURN_PAYMENT_AMOUNT_WRONG', 'amount');
  });

  it('refuses a bill paid twice', () => {
    const paid = decider.decide(pay(), fold(decider, filed));
    given(decider, afterFiled(...paid)).when(pay({ line: 3, receipt: { fiscalYear: 2568, number: 2 } })).thenRejects('RETURN_BILL_ALREADY_PAID', 'ref2');
  });

  it('refuses a reference the return never billed, and a return never filed', () => {
    given(decider, filed).when(pay({ ref2: '00000017027' })).thenRejects('RETURN_BILL_NOT_FOUND', 'ref2');
    given(decider, filed).when(pay({ ref1: '22001012256803' })).thenRejects('RETURN_BILL_NOT_FOUND', 'ref2');
    given(decider, []).when(pay()).thenRejects('RETURN_NOT_FOUND');
  });

  it('bounds the payment record: amount, digest, line, instant and receipt number', () => {
    given(decider, filed).when(pay({ amountSatang: 0 })).thenRejects('RETURN_PAYMENT_MALFORMED', 'amount');
    given(decider, filed).when(pay({ fileDigest: 'xyz' })).thenRejects('RETURN_PAYMENT_MALFORMED', 'fileDigest');
    given(decider, filed).when(pay({ line: 0 })).thenRejects('RETURN_PAYMENT_MALFORMED', 'line');
    given(decider, filed).when(pay({ paidAt: 'yesterday' })).thenRejects('RETURN_PAYMENT_MALFORMED', 'paidAt');
    given(decider, filed).when(pay({ receipt: { fiscalYear: 2568, number: 0 } })).thenRejects('RETURN_PAYMENT_MALFORMED', 'receipt');
  });

  it("pays an amended return's second bill (the difference) on its own, before or after the first", () => {
    const amended = decider.decide(amendCommand, fold(decider, filed));
    const second = pay({ ref2: '00000017027', amountSatang: 104_000, line: 5, receipt: { fiscalYear: 2568, number: 7 } });
    // The whole new levy is not the second bill: 600,000 satang is refused against Ref2 …027.
    given(decider, afterFiled(...amended)).when({ ...second, amountSatang: 600_000 }).thenRejects('RETURN_PAYMENT_AMOUNT_WRONG', 'amount');
    const paidSecond = decider.decide(second, fold(decider, afterFiled(...amended)));
    expect(paidSecond[0].data).toMatchObject({ returnVersion: 2, amountSatang: 104_000 });
    expect(fold(decider, afterFiled(...amended, ...paidSecond))).toMatchObject({ status: 'PAID', bills: { '00000017019': { paid: false } } });
    // The first bill is still open: paid on its own, for its own amount.
    const paidFirst = decider.decide(pay({ receipt: { fiscalYear: 2568, number: 8 } }), fold(decider, afterFiled(...amended, ...paidSecond)));
    expect(paidFirst.map((e) => [e.type, e.data.returnVersion])).toEqual([['MonthlyReturnPaid', 1], ['MonthlyReturnReceiptIssued', 1]]);
  });

  it('keeps the status BILLED when only the first bill of an amended return is paid', () => {
    const amended = decider.decide(amendCommand, fold(decider, filed));
    const paidFirst = decider.decide(pay(), fold(decider, afterFiled(...amended)));
    expect(fold(decider, afterFiled(...amended, ...paidFirst))).toMatchObject({ status: 'BILLED', version: 2 });
  });
});
