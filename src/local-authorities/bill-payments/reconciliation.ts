import { bangkokDay } from '../../calendar/calendar-day.js';
import type { BillPayment, BillPaymentFile } from './bill-payment-file.js';

/**
 * Matching the bank's payments to the bills issued (การกระทบยอดรับชำระ): a payment matches a bill when its Ref1 and
 * Ref2 name a bill not yet paid, it was taken by the bill's pay-by date and its amount is the bill's to the satang.
 * Nothing else is matched silently:
 * - an unknown reference is unmatched (the money is the authority's, but whose is for staff to find);
 * - a wrong amount (under- or overpaid), a bill already paid (before this file or earlier in it), a payment made
 *   after the bill's pay-by date (its day in Bangkok: the surcharge has grown since, so the bill no longer settles
 *   the return, whatever was paid), a reversal from the bank, and a payment this same file reverses are exceptions
 *   for staff to settle by hand.
 */

export interface BillDue {
  ref1: string;
  ref2: string;
  dueSatang: bigint;
  /** ชำระภายใน: the last day (YYYY-MM-DD, Bangkok) the bill is owed as issued. */
  payBy: string;
  paid: boolean;
}

export type ExceptionReason = 'UNDERPAID' | 'OVERPAID' | 'PAID_AFTER_PAY_BY' | 'ALREADY_PAID' | 'REVERSAL' | 'REVERSED_IN_FILE';

export interface PaymentException {
  payment: BillPayment;
  reason: ExceptionReason;
  /** The bill's amount, when the reference names one. */
  dueSatang?: bigint;
}

export interface Reconciliation {
  matched: { payment: BillPayment; bill: BillDue }[];
  unmatched: BillPayment[];
  exceptions: PaymentException[];
}

export function billKey(ref1: string, ref2: string): string {
  return `${ref1}\u0000${ref2}`;
}

/** Payments that a reversal later in the file cancels (same references and amount), one reversal each. */
function reversedPayments(payments: readonly BillPayment[]): Set<BillPayment> {
  const reversed = new Set<BillPayment>();
  for (const reversal of payments.filter((p) => p.kind === 'REVERSAL')) {
    const original = payments.find((p) => p.kind === 'PAYMENT' && p.sequence < reversal.sequence && !reversed.has(p)
      && p.ref1 === reversal.ref1 && p.ref2 === reversal.ref2 && p.amountSatang === reversal.amountSatang);
    if (original) reversed.add(original);
  }
  return reversed;
}

/** Every payment of the file in exactly one of matched, unmatched and exceptions, in the file's order. */
export function reconcile(file: BillPaymentFile, bills: ReadonlyMap<string, BillDue>): Reconciliation {
  const result: Reconciliation = { matched: [], unmatched: [], exceptions: [] };
  const reversed = reversedPayments(file.payments);
  const paidInFile = new Set<string>();
  for (const payment of file.payments) {
    const key = billKey(payment.ref1, payment.ref2);
    const bill = bills.get(key);
    const exception = (reason: ExceptionReason) => result.exceptions.push({ payment, reason, dueSatang: bill?.dueSatang });
    if (payment.kind === 'REVERSAL') exception('REVERSAL');
    else if (reversed.has(payment)) exception('REVERSED_IN_FILE');
    else if (!bill) result.unmatched.push(payment);
    else if (bill.paid || paidInFile.has(key)) exception('ALREADY_PAID');
    else if (bangkokDay(new Date(payment.paidAt)) > bill.payBy) exception('PAID_AFTER_PAY_BY');
    else if (payment.amountSatang < bill.dueSatang) exception('UNDERPAID');
    else if (payment.amountSatang > bill.dueSatang) exception('OVERPAID');
    else {
      paidInFile.add(key);
      result.matched.push({ payment, bill });
    }
  }
  return result;
}
