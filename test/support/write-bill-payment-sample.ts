import { writeFileSync } from 'node:fs';
import { ref1Of, ref2Of } from '../../src/local-authorities/monthly-returns/bill-payment.js';
import { billPaymentFile } from './bill-payment-records.js';

/**
 * Writes test/fixtures/bill-payments/ktb-bill-payment-sample.txt: Chonburi PAO's (2200101) file of 10 October 2568
 * for the returns of September 2568 that test/local-authorities/payments-reconcile-cli.spec.ts files (businesses
 * 1–3) that day, paid within their pay-by date (the deadline, 13 October): the hotel's bill paid, the filling station's paid, a tobacco shop's reference no bill has (business 9),
 * and a second hotel's paid and reversed the same day.
 * Run: node --import @swc-node/register/esm-register test/support/write-bill-payment-sample.ts
 */
const period = '2025-09';
const file = billPaymentFile({
  companyAccount: '9860012345', companyCode: '80141', companyName: 'PAO CHONBURI', day: '10102568',
  payments: [
    { ref1: ref1Of('2200101', 'HOTEL', period), ref2: ref2Of(1, 1), satang: 1_250_050n, paidTime: '091204', customerName: 'โรงแรมบางแสนบีช' },
    { ref1: ref1Of('2200101', 'FUEL', period), ref2: ref2Of(2, 1), satang: 454_000n, paidTime: '101530', customerName: 'หจก. ปั๊มน้ำมันศรีราชา' },
    { ref1: ref1Of('2200101', 'TOBACCO', period), ref2: ref2Of(9, 1), satang: 93_000n, paidTime: '133001', customerName: 'ร้านค้ายาสูบพัทยา' },
    { ref1: ref1Of('2200101', 'HOTEL', period), ref2: ref2Of(3, 1), satang: 500_000n, paidTime: '140000', customerName: 'โรงแรมเกาะสีชัง' },
    { ref1: ref1Of('2200101', 'HOTEL', period), ref2: ref2Of(3, 1), satang: 500_000n, paidTime: '141000', customerName: 'โรงแรมเกาะสีชัง', reversal: true },
  ],
});
writeFileSync(new URL('../fixtures/bill-payments/ktb-bill-payment-sample.txt', import.meta.url), file);
