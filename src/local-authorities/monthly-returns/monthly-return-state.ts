import type { AuthorityTerms } from '../authority-terms.decider.js';
import type { MonthlyReturnEvent, ReturnFigures, ReturnFiledData, ReturnStatus } from './monthly-return.events.js';
import { payByOf } from './return-assessment.js';

/** What the decider needs of a return's stream: its first filing, its latest version and what it came to. */
export interface FiledReturn {
  filed: ReturnFiledData;
  version: number;
  figures: ReturnFigures;
  filedOn: string;
  dueOn: string;
  /** The pay-by date the latest assessment gives its bill (payByOf): what a bill recorded without one takes. */
  assessedPayBy: string;
  /** The levy of the latest version, in satang. */
  levySatang: number;
  /** The terms every version is assessed at: those in force for the period when it was first filed. */
  terms: AuthorityTerms;
  status: ReturnStatus;
  /** Every bill issued, by its Ref2 (one a version): its amount and whether it has been paid. */
  bills: Record<string, IssuedBill>;
}

export interface IssuedBill {
  ref1: string;
  returnVersion: number;
  amountSatang: number;
  /** ชำระภายใน: the last day the bill is owed as issued. */
  payBy: string;
  paid: boolean;
}

export type MonthlyReturnState = FiledReturn | null;

export const initialMonthlyReturnState = (): MonthlyReturnState => null;

export function evolveMonthlyReturn(state: MonthlyReturnState, event: MonthlyReturnEvent): MonthlyReturnState {
  if (event.type === 'MonthlyReturnFiled') {
    const d = event.data;
    return { filed: d, version: 1, figures: d.figures, filedOn: d.filedOn, dueOn: '', assessedPayBy: '', levySatang: 0, terms: d.terms, status: 'NOTHING_DUE', bills: {} };
  }
  if (state === null) throw new Error(`${event.type} before the return was filed`);
  switch (event.type) {
    case 'MonthlyReturnAmended':
      return { ...state, version: event.data.returnVersion, figures: event.data.figures, filedOn: event.data.filedOn };
    case 'MonthlyReturnAssessed': {
      const d = event.data;
      return { ...state, dueOn: d.dueOn, assessedPayBy: payByOf(d.dueOn, d.monthsLate), levySatang: d.levySatang, status: 'NOTHING_DUE' };
    }
    case 'MonthlyReturnBillIssued': {
      const d = event.data;
      const bill: IssuedBill = { ref1: d.ref1, returnVersion: d.returnVersion, amountSatang: d.amountSatang, payBy: d.payBy ?? state.assessedPayBy, paid: false };
      return { ...state, status: 'BILLED', bills: { ...state.bills, [d.ref2]: bill } };
    }
    case 'MonthlyReturnOverpaymentNoted': return { ...state, status: 'OVERPAID' };
    case 'MonthlyReturnPaid': {
      const bill = state.bills[event.data.ref2];
      const bills = { ...state.bills, [event.data.ref2]: { ...bill, paid: true } };
      return { ...state, bills, status: event.data.returnVersion === state.version && state.status === 'BILLED' ? 'PAID' : state.status };
    }
    case 'MonthlyReturnReceiptIssued': return state;
  }
}
