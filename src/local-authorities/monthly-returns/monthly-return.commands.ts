import type { AuthorityTerms } from '../authority-terms.decider.js';
import type { FiguresForm } from './return-figures.js';
import type { FilingChannel, ReturnKind, ReturnParties } from './monthly-return.events.js';

/** Who signed the filing, as typed; online, the server adds the citizen id D.DOPA verified. */
export interface FilerForm { name: string; position?: string | null; citizenId?: string | null }

/**
 * Files a business's return for a month. The server adds what only it knows: the authority and business as
 * registered (`parties`), the terms in force on the period's first day (`terms`, null when none), the government
 * holidays of the months after the period (`holidays`) and the time.
 */
export interface FileMonthlyReturn {
  type: 'FileMonthlyReturn';
  returnId: string;
  kind: ReturnKind;
  /** YYYY-MM (CE), already read from what was typed. */
  period: string;
  parties: ReturnParties;
  figures: FiguresForm;
  filer: FilerForm;
  channel: FilingChannel;
  /** A paper filing's day of receipt as typed (CE or B.E., Thai digits); absent: today. Ignored for ONLINE. */
  receivedOn?: string | null;
  terms: AuthorityTerms | null;
  holidays: readonly string[];
  at: string;
}

/** Files a new version of a return with corrected figures; it is assessed at the terms the first version was. */
export interface AmendMonthlyReturn {
  type: 'AmendMonthlyReturn';
  returnId: string;
  figures: FiguresForm;
  filer: FilerForm;
  channel: FilingChannel;
  receivedOn?: string | null;
  reason: string;
  at: string;
}

/**
 * Records a bill paid at the bank, as the bank's file tells it, with the receipt number the server took from the
 * authority's RECEIPT book (fiscal year of the payment's day in Bangkok) in the same transaction.
 */
export interface RecordReturnPaid {
  type: 'RecordReturnPaid';
  ref1: string;
  ref2: string;
  amountSatang: number;
  paidAt: string;
  fileDigest: string;
  line: number;
  receipt: { fiscalYear: number; number: number };
  at: string;
}

export type MonthlyReturnCommand = FileMonthlyReturn | AmendMonthlyReturn | RecordReturnPaid;
