import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readBillPaymentFile, requireBiller } from '../../src/local-authorities/bill-payments/bill-payment-file.js';
import { billKey, reconcile, type BillDue } from '../../src/local-authorities/bill-payments/reconciliation.js';
import { DomainError } from '../../src/shared/domain-error.js';
import { billPaymentFile, type PaymentLine } from '../support/bill-payment-records.js';

const SAMPLE = new URL('../fixtures/bill-payments/ktb-bill-payment-sample.txt', import.meta.url);

const refusal = (file: Buffer) => {
  try {
    readBillPaymentFile(file);
  } catch (error) {
    const e = error as DomainError;
    return { code: e.code, th: e.messageTh, en: e.messageEn, field: e.field };
  }
  throw new Error('the file was read');
};

const catchError = (work: () => void): DomainError => {
  try {
    work();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('nothing was refused');
};

const file = (payments: PaymentLine[], totals?: { paymentCount?: number; paymentSatang?: bigint }) =>
  billPaymentFile({ companyAccount: '9860012345', companyCode: '80141', day: '21102025', payments, totals });

describe("the bank's bill-payment file", () => {
  it('reads the sample in test/fixtures: Windows-874 names, Buddhist Era dates, payments and a reversal, totals checked', () => {
    const read = readBillPaymentFile(readFileSync(SAMPLE));
    expect(read.header).toEqual({ bankCode: '006', companyAccount: '9860012345', companyName: 'PAO CHONBURI', effectiveDate: '2025-10-10', serviceCode: '80141', line: 1 });
    expect(read.payments).toHaveLength(5);
    expect(read.payments[0]).toEqual({
      line: 2, sequence: 2, paidAt: '2025-10-10T09:12:04+07:00', customerName: 'โรงแรมบางแสนบีช', ref1: '22001011256809', ref2: '00000001015',
      ref3: '', branch: '0001', teller: '0101', kind: 'PAYMENT', transactionCode: 'CSH', amountSatang: 1250050n,
    });
    expect(read.payments[1].customerName).toBe('หจก. ปั๊มน้ำมันศรีราชา');
    expect(read.payments[4]).toMatchObject({ kind: 'REVERSAL', amountSatang: 500000n, ref2: '00000003018' });
    expect(read.totals).toEqual({ paymentCount: 4, paymentSatang: 2297050n, reversalCount: 1, reversalSatang: 500000n });
  });

  it('accepts LF line ends and records whose trailing spaces were trimmed', () => {
    const trimmed = file([{ ref1: 'A1', ref2: 'B2', satang: 100n }]).toString('latin1').split('\r\n').map((l) => l.trimEnd()).join('\n');
    expect(readBillPaymentFile(Buffer.from(trimmed, 'latin1')).payments[0]).toMatchObject({ ref1: 'A1', ref2: 'B2', amountSatang: 100n });
  });

  it('refuses a file whose totals differ from its details, naming the total line', () => {
    expect(refusal(file([{ ref1: 'A1', ref2: 'B2', satang: 100n }], { paymentSatang: 101n }))).toEqual({
      code: 'PAYMENT_FILE_TOTALS_DIFFER', field: 'file',
      th: 'ไฟล์รายการรับชำระเงิน บรรทัดที่ 3: ยอดรวมในไฟล์ (paymentSatang = 101) ไม่ตรงกับรายการ (100)',
      en: "Bill-payment file, line 3: The file's total (paymentSatang = 101) differs from its details (100)",
    });
  });

  it('refuses a file cut short (no total record) and one with a record missing from the sequence', () => {
    const whole = file([{ ref1: 'A1', ref2: 'B2', satang: 100n }, { ref1: 'A1', ref2: 'B3', satang: 100n }]).toString('latin1').split('\r\n');
    expect(refusal(Buffer.from(whole.slice(0, 3).join('\r\n'), 'latin1')).code).toBe('PAYMENT_FILE_NO_TOTAL');
    expect(refusal(Buffer.from([whole[0], whole[2], whole[3]].join('\r\n'), 'latin1'))).toMatchObject({
      code: 'PAYMENT_FILE_SEQUENCE_BROKEN', en: 'Bill-payment file, line 2: The record is numbered 3 where 2 was due (the file may be incomplete)',
    });
  });

  it('refuses what does not read: no header, a malformed amount, an impossible date, an unknown kind, a record too long', () => {
    const lines = file([{ ref1: 'A1', ref2: 'B2', satang: 100n }]).toString('latin1').split('\r\n');
    const withDetail = (change: (d: string) => string) => Buffer.from([lines[0], change(lines[1]), lines[2]].join('\r\n'), 'latin1');
    expect(refusal(Buffer.from(lines.slice(1).join('\r\n'), 'latin1')).code).toBe('PAYMENT_FILE_NO_HEADER');
    expect(refusal(withDetail((d) => `${d.slice(0, 163)}00000000001x0${d.slice(176)}`)).code).toBe('PAYMENT_FILE_FIELD_MALFORMED');
    expect(refusal(withDetail((d) => `${d.slice(0, 20)}31022025${d.slice(28)}`)).code).toBe('PAYMENT_FILE_DATE_INVALID');
    expect(refusal(withDetail((d) => `${d.slice(0, 152)}X${d.slice(153)}`)).code).toBe('PAYMENT_FILE_KIND_UNKNOWN');
    expect(refusal(withDetail((d) => `${d}  `)).code).toBe('PAYMENT_FILE_RECORD_TOO_LONG');
    expect(refusal(withDetail((d) => `${d.slice(0, 10)}1111111111${d.slice(20)}`)).code).toBe('PAYMENT_FILE_COMPANY_ACCOUNT_DIFFERS');
  });
});

describe("the file's biller", () => {
  it("takes a file whose header's company code is the authority's, as it is or zero-padded, and refuses another biller's naming the line", () => {
    const read = readBillPaymentFile(file([{ ref1: 'A1', ref2: 'B2', satang: 100n }]));
    expect(() => requireBiller(read, '2200101', '80141')).not.toThrow();
    expect(() => requireBiller({ ...read, header: { ...read.header, serviceCode: '00080141' } }, '2200101', '80141')).not.toThrow();
    for (const serviceCode of ['80142', 'BILLPAY', '', '8014']) {
      const refusal = catchError(() => requireBiller({ ...read, header: { ...read.header, serviceCode } }, '2200101', '80141'));
      expect([refusal.code, refusal.field]).toEqual(['PAYMENT_FILE_OTHER_BILLER', 'file']);
      expect(refusal.messageEn).toContain('line 1');
      expect(refusal.messageTh).toContain('80141');
    }
  });
});

describe('reconciling payments with the bills issued', () => {
  /** The file's payments are taken on 21 October 2025 (Bangkok): each bill is payable by then unless told otherwise. */
  const bill = (ref2: string, due: bigint, paid = false, payBy = '2025-10-21'): BillDue => ({ ref1: 'R1', ref2, dueSatang: due, payBy, paid });
  const bills = new Map([bill('01', 10000n), bill('02', 20000n), bill('03', 30000n), bill('04', 40000n, true), bill('05', 500n), bill('06', 600n)]
    .map((b) => [billKey(b.ref1, b.ref2), b]));

  it('matches to the satang, and puts every other payment in unmatched or exceptions with its reason', () => {
    const read = readBillPaymentFile(file([
      { ref1: 'R1', ref2: '01', satang: 10000n },
      { ref1: 'R1', ref2: '02', satang: 19999n },
      { ref1: 'R1', ref2: '03', satang: 30001n },
      { ref1: 'R1', ref2: '04', satang: 40000n },
      { ref1: 'R1', ref2: '99', satang: 100n },
      { ref1: 'R1', ref2: '01', satang: 10000n },
      { ref1: 'R1', ref2: '05', satang: 500n },
      { ref1: 'R1', ref2: '05', satang: 500n, reversal: true },
      { ref1: 'R1', ref2: '06', satang: 600n },
    ]));
    const result = reconcile(read, bills);
    expect(result.matched.map((m) => [m.payment.ref2, m.bill.dueSatang])).toEqual([['01', 10000n], ['06', 600n]]);
    expect(result.unmatched.map((p) => p.ref2)).toEqual(['99']);
    expect(result.exceptions.map((e) => [e.payment.ref2, e.reason, e.dueSatang])).toEqual([
      ['02', 'UNDERPAID', 20000n], ['03', 'OVERPAID', 30000n], ['04', 'ALREADY_PAID', 40000n], ['01', 'ALREADY_PAID', 10000n],
      ['05', 'REVERSED_IN_FILE', 500n], ['05', 'REVERSAL', 500n],
    ]);
    expect(result.matched.length + result.unmatched.length + result.exceptions.length).toBe(read.payments.length);
  });

  it("never matches a payment taken after its bill's pay-by date: an exception, whatever the amount, the surcharge having grown", () => {
    const lateBills = new Map([bill('01', 10000n, false, '2025-10-20'), bill('02', 20000n, false, '2025-10-20'), bill('03', 30000n, true, '2025-10-20'),
      bill('04', 40000n, false, '2025-10-21')].map((b) => [billKey(b.ref1, b.ref2), b]));
    const read = readBillPaymentFile(file([
      { ref1: 'R1', ref2: '01', satang: 10000n },
      { ref1: 'R1', ref2: '02', satang: 20400n },
      { ref1: 'R1', ref2: '03', satang: 30000n },
      { ref1: 'R1', ref2: '04', satang: 40000n, paidTime: '235959' },
      { ref1: 'R1', ref2: '01', satang: 10000n, paidOn: '20102025', paidTime: '235959' },
    ]));
    const result = reconcile(read, lateBills);
    expect(read.payments.map((p) => p.paidAt.slice(0, 10))).toEqual(['2025-10-21', '2025-10-21', '2025-10-21', '2025-10-21', '2025-10-20']);
    // Paid on its pay-by date, to the last second of the day in Bangkok: matched.
    expect(result.matched.map((m) => [m.payment.line, m.bill.ref2])).toEqual([[5, '04'], [6, '01']]);
    expect(result.exceptions.map((e) => [e.payment.ref2, e.reason, e.dueSatang])).toEqual([
      ['01', 'PAID_AFTER_PAY_BY', 10000n], ['02', 'PAID_AFTER_PAY_BY', 20000n], ['03', 'ALREADY_PAID', 30000n],
    ]);
    expect(result.unmatched).toEqual([]);
  });
});
