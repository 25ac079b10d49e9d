import { bookNumberText } from '../../local-authorities/receipts/local-numbers.js';
import type { MonthlyReturnEvent } from '../../local-authorities/monthly-returns/monthly-return.events.js';
import { payByOf } from '../../local-authorities/monthly-returns/return-assessment.js';

/** A row of monthly_returns, as the projection folds it. */
export interface MonthlyReturnRow {
  returnId: string; streamId: string; streamVersion: number; authorityCode: string; provinceCode: string; businessDistrictCode: string;
  businessNo: number; businessName: string; kind: string; period: string; returnVersion: number; status: string; channel: string;
  firstFiledOn: string; filedOn: string; dueOn: string; monthsLate: number; levySatang: number; surchargeSatang: number;
  billedSatang: number; overpaidSatang: number; lastRef1: string | null; lastRef2: string | null; lastEventAt: string;
  paidSatang: number; lastPaidAt: string | null; lastReceiptNumber: string | null;
  /** ชำระภายใน of the latest bill: as recorded on it, or (a bill recorded without one) from its assessment. */
  lastPayBy: string | null;
}

/** Column, row field and SQL type, in table order. */
export const MONTHLY_RETURN_COLUMNS: readonly [string, keyof MonthlyReturnRow, string][] = [
  ['return_id', 'returnId', 'text'], ['stream_id', 'streamId', 'text'], ['stream_version', 'streamVersion', 'integer'],
  ['authority_code', 'authorityCode', 'text'], ['province_code', 'provinceCode', 'text'], ['business_district_code', 'businessDistrictCode', 'text'],
  ['business_no', 'businessNo', 'integer'], ['business_name', 'businessName', 'text'], ['kind', 'kind', 'text'], ['period', 'period', 'text'],
  ['return_version', 'returnVersion', 'integer'], ['status', 'status', 'text'], ['channel', 'channel', 'text'],
  ['first_filed_on', 'firstFiledOn', 'date'], ['filed_on', 'filedOn', 'date'], ['due_on', 'dueOn', 'date'], ['months_late', 'monthsLate', 'integer'],
  ['levy_satang', 'levySatang', 'bigint'], ['surcharge_satang', 'surchargeSatang', 'bigint'], ['billed_satang', 'billedSatang', 'bigint'],
  ['overpaid_satang', 'overpaidSatang', 'bigint'], ['last_ref1', 'lastRef1', 'text'], ['last_ref2', 'lastRef2', 'text'],
  ['last_event_at', 'lastEventAt', 'timestamptz'], ['paid_satang', 'paidSatang', 'bigint'], ['last_paid_at', 'lastPaidAt', 'timestamptz'],
  ['last_receipt_number', 'lastReceiptNumber', 'text'], ['last_pay_by', 'lastPayBy', 'date'],
];

/** The row after one more event of its return (the first must be MonthlyReturnFiled). */
export function foldMonthlyReturnRow(row: MonthlyReturnRow | undefined, event: MonthlyReturnEvent, streamId: string, streamVersion: number): MonthlyReturnRow {
  const moved = { streamVersion, lastEventAt: event.data.at };
  if (event.type === 'MonthlyReturnFiled') {
    const d = event.data;
    return {
      returnId: d.returnId, streamId, ...moved, authorityCode: d.parties.authorityCode, provinceCode: d.parties.provinceCode,
      businessDistrictCode: d.parties.businessDistrictCode, businessNo: d.parties.businessNo, businessName: d.parties.businessName, kind: d.kind,
      period: d.period, returnVersion: 1, status: 'NOTHING_DUE', channel: d.channel, firstFiledOn: d.filedOn, filedOn: d.filedOn, dueOn: d.filedOn,
      monthsLate: 0, levySatang: 0, surchargeSatang: 0, billedSatang: 0, overpaidSatang: 0, lastRef1: null, lastRef2: null,
      paidSatang: 0, lastPaidAt: null, lastReceiptNumber: null, lastPayBy: null,
    };
  }
  if (!row) throw new Error(`${streamId}@${streamVersion}: ${event.type} before the return was filed`);
  switch (event.type) {
    case 'MonthlyReturnAmended':
      return { ...row, ...moved, returnVersion: event.data.returnVersion, channel: event.data.channel, filedOn: event.data.filedOn };
    case 'MonthlyReturnAssessed':
      return {
        ...row, ...moved, status: 'NOTHING_DUE', dueOn: event.data.dueOn, monthsLate: event.data.monthsLate, levySatang: event.data.levySatang,
        surchargeSatang: row.surchargeSatang + event.data.surchargeSatang,
      };
    case 'MonthlyReturnBillIssued':
      return {
        ...row, ...moved, status: 'BILLED', billedSatang: row.billedSatang + event.data.amountSatang, lastRef1: event.data.ref1, lastRef2: event.data.ref2,
        lastPayBy: event.data.payBy ?? payByOf(row.dueOn, row.monthsLate),
      };
    case 'MonthlyReturnOverpaymentNoted':
      return { ...row, ...moved, status: 'OVERPAID', overpaidSatang: row.overpaidSatang + event.data.amountSatang };
    case 'MonthlyReturnPaid':
      return {
        ...row, ...moved, status: event.data.returnVersion === row.returnVersion && row.status === 'BILLED' ? 'PAID' : row.status,
        paidSatang: row.paidSatang + event.data.amountSatang, lastPaidAt: event.data.paidAt,
      };
    case 'MonthlyReturnReceiptIssued':
      return { ...row, ...moved, lastReceiptNumber: bookNumberText({ number: event.data.receiptNumber, fiscalYear: event.data.fiscalYear }) };
  }
}
