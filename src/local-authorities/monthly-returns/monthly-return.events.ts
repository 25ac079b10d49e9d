import type { RecordedFact } from '../../shared/decider.js';
import { EventSchema, UnreadableEventError, upcaster } from '../../shared/event-schema.js';
import type { AuthorityTerms } from '../authority-terms.decider.js';

/** The three monthly PAO levies a registered business files for. */
export const RETURN_KINDS = ['HOTEL', 'FUEL', 'TOBACCO'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];
/** PAPER: staff keyed a paper filing received at the office; ONLINE: the business filed itself. */
export const FILING_CHANNELS = ['PAPER', 'ONLINE'] as const;
export type FilingChannel = (typeof FILING_CHANNELS)[number];
export const FUEL_KINDS = ['petrol', 'diesel', 'lpg', 'ngv'] as const;
export type FuelKindName = (typeof FUEL_KINDS)[number];
/** What a return's latest version comes to: a bill to pay, nothing more to pay, an overpayment to refund, or its bill paid. */
export const RETURN_STATUSES = ['BILLED', 'NOTHING_DUE', 'OVERPAID', 'PAID'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/**
 * The figures of a return, exact: room rent received in satang (hotel); hundredths of a litre (of a kilogram for
 * LPG and NGV) sold by fuel kind; cigarettes and cigars sold (tobacco).
 */
export type ReturnFigures =
  | { kind: 'HOTEL'; roomRentSatang: number }
  | { kind: 'FUEL'; hundredths: Record<FuelKindName, number> }
  | { kind: 'TOBACCO'; cigarettes: number };

/** The authority and business a return is filed with and for, as they stood when it was first filed. */
export interface ReturnParties {
  authorityCode: string;
  authorityNameTh: string;
  provinceCode: string;
  /** Null for a PAO (it lies in no one district). */
  districtCode: string | null;
  billerCode: string;
  businessNo: number;
  businessName: string;
  /** Where the business lies: a district account keeps and reads the returns of its district's businesses. */
  businessDistrictCode: string;
  /**
   * The citizen id of the business's owner when a natural person owns it (sealed under their key, the return's
   * principal subject: issue 17); null for a juristic person's business, and on a return filed before schema 2.
   */
  ownerCitizenId: string | null;
}

/**
 * Who signed a filing: their name and position as typed on paper, or as D.DOPA verified them online, where the
 * citizen id is theirs too (sealed under their key); null on paper and before schema 2.
 */
export interface Filer { name: string; position: string | null; citizenId: string | null }

/** One line of an assessment: what was counted, at what rate, and what it comes to in ten-thousandths of a satang. */
export interface AssessmentLine {
  item: 'ROOM_RENT' | FuelKindName | 'CIGARETTES';
  /** The figure as filed: satang of rent, hundredths of a litre or kilogram, or pieces. */
  quantity: number;
  /** Basis points of rent (hotel), hundredths of a satang per unit (fuel, tobacco); null where the ordinance levies none. */
  rate: number | null;
  tenThousandthsOfSatang: string;
}

export interface ReturnFiledData {
  returnId: string;
  returnVersion: number;
  kind: ReturnKind;
  /** YYYY-MM, the month the figures are for. */
  period: string;
  parties: ReturnParties;
  figures: ReturnFigures;
  filer: Filer;
  channel: FilingChannel;
  /** The ordinance terms in force on the period's first day, as applied: every later version is assessed at them too. */
  terms: AuthorityTerms;
  /** The day the filing reached the authority (a paper filing's receipt day; an online filing's day in Bangkok). */
  filedOn: string;
  at: string;
}

export interface ReturnAssessedData {
  returnId: string;
  returnVersion: number;
  /** The ordinance the assessment applied: the terms in force on the period's first day. */
  termsEffectiveFrom: string;
  ordinance: string;
  /** The deadline: the ordinance's day of the next month, moved on to a working day. */
  dueOn: string;
  filedOn: string;
  /** Months or parts of a month from the deadline to the filing day; 0 when on time. */
  monthsLate: number;
  lines: AssessmentLine[];
  /** The levy on this version's figures, fractions of a satang dropped. */
  levySatang: number;
  /** The levy the previous version came to (0 for the first). */
  previousLevySatang: number;
  /** เงินเพิ่ม on the increase of the levy over the previous version, for the months late, within the cap. */
  surchargeSatang: number;
  surchargeBasisPointsPerMonth: number;
  surchargeCapBasisPoints: number;
  /** What this version adds to pay (positive) or gives back (negative): levy difference plus surcharge. */
  differenceSatang: number;
  at: string;
}

export interface ReturnBillIssuedData {
  returnId: string;
  returnVersion: number;
  ref1: string;
  ref2: string;
  amountSatang: number;
  /** The bill-payment barcode / QR payload (bill-payment.ts). */
  payload: string;
  /**
   * ชำระภายใน: the last day (Bangkok) the amount is owed as billed (return-assessment.ts payByOf). Null only on a bill
   * issued before schema version 2, which did not record it: readers take it from its version's assessment.
   */
  payBy: string | null;
  at: string;
}

export interface ReturnOverpaymentNotedData {
  returnId: string;
  returnVersion: number;
  amountSatang: number;
  at: string;
}

export interface ReturnAmendedData {
  returnId: string;
  returnVersion: number;
  figures: ReturnFigures;
  filer: Filer;
  channel: FilingChannel;
  filedOn: string;
  reason: string;
  at: string;
}

/** Where a payment was read from: the bank's bill-payment file (its SHA-256) and the line. */
export interface PaymentSource {
  fileDigest: string;
  line: number;
}

/** ชำระแล้ว: a bill of the return paid at the bank, matched from the bank's file by Ref1, Ref2 and the exact amount. */
export interface ReturnPaidData {
  returnId: string;
  /** The version whose bill was paid (each version's bill has its own Ref2). */
  returnVersion: number;
  ref1: string;
  ref2: string;
  amountSatang: number;
  /** When the bank took the payment, an ISO instant. */
  paidAt: string;
  source: PaymentSource;
  at: string;
}

/** ใบเสร็จรับเงิน: the receipt for a bill paid, numbered in the authority's RECEIPT book of the payment day's fiscal year. */
export interface ReturnReceiptIssuedData {
  returnId: string;
  returnVersion: number;
  authorityCode: string;
  fiscalYear: number;
  receiptNumber: number;
  amountSatang: number;
  at: string;
}

export type MonthlyReturnEvent =
  | { type: 'MonthlyReturnFiled'; data: ReturnFiledData }
  | { type: 'MonthlyReturnAmended'; data: ReturnAmendedData }
  | { type: 'MonthlyReturnAssessed'; data: ReturnAssessedData }
  | { type: 'MonthlyReturnBillIssued'; data: ReturnBillIssuedData }
  | { type: 'MonthlyReturnOverpaymentNoted'; data: ReturnOverpaymentNotedData }
  | { type: 'MonthlyReturnPaid'; data: ReturnPaidData }
  | { type: 'MonthlyReturnReceiptIssued'; data: ReturnReceiptIssuedData };
export type MonthlyReturnEventType = MonthlyReturnEvent['type'];

export const MONTHLY_RETURN_EVENT_TYPES: readonly MonthlyReturnEventType[] = [
  'MonthlyReturnFiled', 'MonthlyReturnAmended', 'MonthlyReturnAssessed', 'MonthlyReturnBillIssued', 'MonthlyReturnOverpaymentNoted',
  'MonthlyReturnPaid', 'MonthlyReturnReceiptIssued',
];
export const MONTHLY_RETURN_SCHEMA_VERSIONS: Readonly<Record<MonthlyReturnEventType, number>> = {
  MonthlyReturnFiled: 2, MonthlyReturnAmended: 2, MonthlyReturnAssessed: 1, MonthlyReturnBillIssued: 2, MonthlyReturnOverpaymentNoted: 1,
  MonthlyReturnPaid: 1, MonthlyReturnReceiptIssued: 1,
};

/** Streams of monthly returns: `monthly-return-<businessNo>-<KIND>-<YYYY-MM>`, one per business, levy and month. */
export const MONTHLY_RETURN_STREAM_PREFIX = 'monthly-return-';
export const monthlyReturnId = (businessNo: number, kind: ReturnKind, period: string) => `${businessNo}-${kind}-${period}`;
export const monthlyReturnStreamId = (returnId: string) => `${MONTHLY_RETURN_STREAM_PREFIX}${returnId}`;

/** A bill of schema 1 recorded no pay-by date: it reads with none, and its readers derive it from the assessment before it. */
export const BILL_WITHOUT_PAY_BY = upcaster<Omit<ReturnBillIssuedData, 'payBy'>, ReturnBillIssuedData>({
  type: 'MonthlyReturnBillIssued', from: 1, name: 'bill-pay-by-from-assessment',
  reason: 'A bill carries its pay-by date (ชำระภายใน), so that a payment after it is told from one in time',
  up: (data) => ({ ...data, payBy: null }),
});

type FilerOfSchema1 = Omit<Filer, 'citizenId'>;
const filerOfSchema1 = (filer: FilerOfSchema1): Filer => ({ ...filer, citizenId: null });

/** A return of schema 1 named neither its owner's nor its online filer's citizen id: it reads with none. */
export const FILED_WITHOUT_CITIZEN_IDS = upcaster<
  Omit<ReturnFiledData, 'parties' | 'filer'> & { parties: Omit<ReturnParties, 'ownerCitizenId'>; filer: FilerOfSchema1 }, ReturnFiledData
>({
  type: 'MonthlyReturnFiled', from: 1, name: 'return-filed-citizen-ids',
  reason: "A return names its natural-person owner's and its online filer's citizen ids, sealed under their keys, so that their erasure takes the return's personal data",
  up: (data) => ({ ...data, parties: { ...data.parties, ownerCitizenId: null }, filer: filerOfSchema1(data.filer) }),
});

/** An amendment of schema 1 named no online filer's citizen id: it reads with none. */
export const AMENDED_WITHOUT_FILER_ID = upcaster<Omit<ReturnAmendedData, 'filer'> & { filer: FilerOfSchema1 }, ReturnAmendedData>({
  type: 'MonthlyReturnAmended', from: 1, name: 'return-amended-filer-id',
  reason: "An amendment names its online filer's citizen id, sealed under their key, so that their erasure takes their name",
  up: (data) => ({ ...data, filer: filerOfSchema1(data.filer) }),
});

/** The monthly-return events' versions and the upcasters that lead older ones to them. */
export const MONTHLY_RETURN_EVENTS = new EventSchema<MonthlyReturnEvent>('monthly-return', MONTHLY_RETURN_SCHEMA_VERSIONS, [
  BILL_WITHOUT_PAY_BY, FILED_WITHOUT_CITIZEN_IDS, AMENDED_WITHOUT_FILER_ID,
]);

/**
 * A stored event of a monthly-return stream as its event as written now; undefined for another stream. A type or
 * version this code does not read throws, naming the event: a reader stops rather than skip it.
 */
export function readMonthlyReturnEvent(stored: RecordedFact & { streamId: string; version: number }): MonthlyReturnEvent | undefined {
  if (!stored.streamId.startsWith(MONTHLY_RETURN_STREAM_PREFIX)) return undefined;
  try {
    return MONTHLY_RETURN_EVENTS.upcast(stored);
  } catch (error) {
    if (error instanceof UnreadableEventError) throw error.at(stored.streamId, stored.version);
    throw error;
  }
}

/** A recorded event as the decider reads it, or undefined when it cannot (the stream then takes no command). */
export function readRecordedMonthlyReturnEvent(recorded: RecordedFact): MonthlyReturnEvent | undefined {
  try {
    return MONTHLY_RETURN_EVENTS.upcast(recorded);
  } catch (error) {
    if (error instanceof UnreadableEventError) return undefined;
    throw error;
  }
}
