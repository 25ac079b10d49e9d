import { EventSchema, UnreadableEventError } from '../../shared/event-schema.js';
import type { Baht } from '../../shared/money.js';
import type { AgreementFigures, Creditor, Debt, Debtor, HelpWanted, InstalmentPlan, MediationSlot } from './debt-records.js';
import { DEBT_UPCASTERS } from './debt-upcasters.js';
import type {
  ContactMethod, DebtCaseStatus, DebtChannel, DebtCloseReason, MediationOutcome, MediationWish, ReferralAgency,
} from './vocabulary/debt-vocabulary.js';

/** What readers of the events (projections, reports) may use of the slice: the parts and codes events carry. */
export type { AgreementFigures, Creditor, Debt, Debtor, HelpWanted, InstalmentPlan, MediationSlot } from './debt-records.js';
export type {
  ContactMethod, DebtCaseStatus, DebtChannel, DebtCloseReason, MediationOutcome, MediationWish, ReferralAgency,
} from './vocabulary/debt-vocabulary.js';
export { DEBT_CHANNELS } from './vocabulary/debt-vocabulary.js';

/** Every status a case can be in; a Record first, so that the type check fails when a status is left out. */
export const DEBT_CASE_STATUSES = Object.keys({
  REGISTERED: 0, CONTACTED: 0, MEDIATION_SCHEDULED: 0, AGREED: 0, NOT_AGREED: 0, PARTY_ABSENT: 0, REFERRED: 0, CLOSED: 0,
} satisfies Record<DebtCaseStatus, 0>) as readonly DebtCaseStatus[];

/**
 * Events of an informal-debt case stream (`debt-<caseId>`): past-tense facts with plain JSON data, values
 * already normalised (Arabic digits, canonical baht "12500.50", ISO dates and UTC instants). `at` is when the
 * server recorded the fact. Absent optional values are null, never missing, so every event of a type has the
 * same keys. Each event carries what per-district counts need, so no projection has to read another event.
 */
/** What the per-district counts need of a case, wherever the case is. */
export interface DebtCaseTotals {
  channel: DebtChannel;
  /** When the debtor registered: `at`, or for PAPER the start of the form date in Asia/Bangkok. */
  registeredAt: string;
  /** The Asia/Bangkok date of registeredAt. */
  registeredOn: string;
  creditorCount: number;
  debtCount: number;
  totalPrincipal: Baht;
  totalOutstanding: Baht;
}

export interface InDistrict {
  districtCode: string;
  provinceCode: string;
}

export type DebtCaseFigures = InDistrict & DebtCaseTotals;

export interface StatusChange {
  previousStatus: DebtCaseStatus;
  status: DebtCaseStatus;
}

interface Fact {
  caseId: string;
  at: string;
}

export interface DebtorRegisteredData extends Fact, DebtCaseFigures {
  status: 'REGISTERED';
  /** DOMICILE: attributed to the debtor's domicile district; GIVEN: to the district named on the command. */
  attribution: 'DOMICILE' | 'GIVEN';
  debtor: Debtor;
  creditors: Creditor[];
  /** creditorKey() of each creditor, in the same order. */
  creditorKeys: string[];
  debts: Debt[];
  helpWanted: HelpWanted;
}

export type AmendedPart = 'debtor' | 'creditors' | 'debts' | 'helpWanted' | 'district' | 'formDate';

/** A correction: each changed part whole (null when unchanged), and the figures before and after. */
export interface DebtRegistrationAmendedData extends Fact {
  reason: string;
  changed: AmendedPart[];
  debtor: Debtor | null;
  creditors: Creditor[] | null;
  creditorKeys: string[] | null;
  debts: Debt[] | null;
  helpWanted: HelpWanted | null;
  before: DebtCaseFigures;
  after: DebtCaseFigures;
  status: DebtCaseStatus;
}

export type DebtEvent =
  | { type: 'DebtorRegistered'; data: DebtorRegisteredData }
  | { type: 'DebtRegistrationAmended'; data: DebtRegistrationAmendedData }
  | { type: 'DebtContactAttemptRecorded'; data: Fact & InDistrict & StatusChange & {
    method: ContactMethod; reached: boolean; wishesMediation: MediationWish; note: string | null } }
  | { type: 'DebtCaseTransferred'; data: Fact & StatusChange & {
    reason: string; fromDistrictCode: string; fromProvinceCode: string; toDistrictCode: string; toProvinceCode: string;
    /** The case's figures, which move with it; the agreement reached, if any; a mediation dropped by the move. */
    totals: DebtCaseTotals; agreement: AgreementFigures | null; cancelledMediation: MediationSlot | null } }
  | { type: 'DebtMediationScheduled'; data: Fact & InDistrict & StatusChange & MediationSlot & {
    /** The slot this one replaces, when rescheduled. */
    replaces: MediationSlot | null } }
  | { type: 'DebtMediationOutcomeRecorded'; data: Fact & InDistrict & StatusChange & {
    outcome: MediationOutcome; mediationDate: string;
    /** Set only when AGREED (version 2; version 1 held its three figures loose, see debt-upcasters.ts). */
    agreement: AgreementFigures | null; instalmentPlan: InstalmentPlan | null; note: string | null } }
  | { type: 'DebtCaseReferred'; data: Fact & InDistrict & StatusChange & {
    agency: ReferralAgency; agencyName: string | null; note: string | null } }
  | { type: 'DebtCaseClosed'; data: Fact & InDistrict & StatusChange & {
    reason: DebtCloseReason; duplicateOfCaseId: string | null; note: string | null } }
  | { type: 'DebtCaseReopened'; data: Fact & InDistrict & StatusChange & { reason: string; closedReason: DebtCloseReason } };

export type DebtEventType = DebtEvent['type'];
export type DebtEventData<T extends DebtEventType> = Extract<DebtEvent, { type: T }>['data'];

/**
 * Schema version of each event type as written now; a new shape gets a new version and an upcaster from the one
 * before (debt-upcasters.ts). DebtMediationOutcomeRecorded 2: the agreement as one part.
 */
export const DEBT_EVENT_SCHEMA_VERSIONS: Readonly<Record<DebtEventType, number>> = {
  DebtorRegistered: 1,
  DebtRegistrationAmended: 1,
  DebtContactAttemptRecorded: 1,
  DebtCaseTransferred: 1,
  DebtMediationScheduled: 1,
  DebtMediationOutcomeRecorded: 2,
  DebtCaseReferred: 1,
  DebtCaseClosed: 1,
  DebtCaseReopened: 1,
};

/** The debt events' versions and the upcasters between them: where a stored debt event becomes a DebtEvent. */
export const DEBT_EVENTS = new EventSchema<DebtEvent>('debt', DEBT_EVENT_SCHEMA_VERSIONS, DEBT_UPCASTERS);

/** Streams of debt cases: `debt-<caseId>`. */
export const DEBT_STREAM_PREFIX = 'debt-';

/** What a reader of the log needs of a stored event to read it as a debt event. */
export interface StoredDebtEventLike {
  streamId: string;
  version: number;
  type: string;
  schemaVersion: number;
  data: unknown;
}

/**
 * A stored event as the debt event it is, as written now (upcast from the version it was stored in), or undefined
 * when it is not in a debt case's stream. A type this code does not know, or a schema version no upcasters lead
 * from, throws, naming the event: a reader stops rather than skip it.
 */
export function readDebtEvent(stored: StoredDebtEventLike): DebtEvent | undefined {
  if (!stored.streamId.startsWith(DEBT_STREAM_PREFIX)) return undefined;
  try {
    return DEBT_EVENTS.upcast(stored);
  } catch (error) {
    if (error instanceof UnreadableEventError) throw error.at(stored.streamId, stored.version);
    throw error;
  }
}

/** The events of a batch that are in debt case streams, each with the debt event it is (see readDebtEvent). */
export function debtEventsIn<S extends StoredDebtEventLike>(batch: readonly S[]): { stored: S; event: DebtEvent }[] {
  return batch.flatMap((stored) => {
    const event = readDebtEvent(stored);
    return event ? [{ stored, event }] : [];
  });
}
