/**
 * The parts of the informal-debt events (schema version 1) that the case list reads, declared here rather
 * than imported: a projection depends on the stored JSON, not on the case slice's code.
 * test/projections/debt-cases.spec.ts passes the decider's own events through these types, so the type
 * check fails as soon as the two drift apart.
 */
export const LISTED_STATUSES = [
  'REGISTERED', 'CONTACTED', 'MEDIATION_SCHEDULED', 'AGREED', 'NOT_AGREED', 'PARTY_ABSENT', 'REFERRED', 'CLOSED',
] as const;
export type ListedStatus = (typeof LISTED_STATUSES)[number];

export const LISTED_CHANNELS = ['SELF_QR_THAID', 'THAID_APP', 'COUNTER', 'PAPER'] as const;
export type ListedChannel = (typeof LISTED_CHANNELS)[number];

interface Fact {
  caseId: string;
  /** When the server recorded the fact (UTC ISO instant). */
  at: string;
  /** The status after the event. */
  status: ListedStatus;
}

interface Place {
  districtCode: string;
  provinceCode: string;
}

interface Figures extends Place {
  channel: ListedChannel;
  registeredAt: string;
  registeredOn: string;
  creditorCount: number;
  debtCount: number;
  /** Canonical baht, "12500.50". */
  totalPrincipal: string;
  totalOutstanding: string;
}

export interface ListedDebtor {
  citizenId: string;
  title: string;
  firstName: string;
  lastName: string;
}

interface Slot {
  date: string;
  time: string | null;
  place: string;
}

export type ListedDebtEvent =
  | { type: 'DebtorRegistered'; data: Fact & Figures & { debtor: ListedDebtor; creditors: { name: string }[]; creditorKeys: string[] } }
  | { type: 'DebtRegistrationAmended'; data: Fact & {
    debtor: ListedDebtor | null; creditors: { name: string }[] | null; creditorKeys: string[] | null; after: Figures } }
  | { type: 'DebtContactAttemptRecorded'; data: Fact & { reached: boolean; wishesMediation: 'YES' | 'NO' | 'UNDECIDED' } }
  | { type: 'DebtCaseTransferred'; data: Fact & { toDistrictCode: string; toProvinceCode: string; cancelledMediation: Slot | null } }
  | { type: 'DebtMediationScheduled'; data: Fact & Slot }
  | { type: 'DebtMediationOutcomeRecorded'; data: Fact & { debtBefore: string | null; debtAfter: string | null; reduction: string | null } }
  | { type: 'DebtCaseReferred'; data: Fact & { agency: string; agencyName: string | null } }
  | { type: 'DebtCaseClosed'; data: Fact & { reason: string } }
  | { type: 'DebtCaseReopened'; data: Fact };

export const LISTED_EVENT_TYPES: ReadonlySet<string> = new Set<ListedDebtEvent['type']>([
  'DebtorRegistered', 'DebtRegistrationAmended', 'DebtContactAttemptRecorded', 'DebtCaseTransferred', 'DebtMediationScheduled',
  'DebtMediationOutcomeRecorded', 'DebtCaseReferred', 'DebtCaseClosed', 'DebtCaseReopened',
]);
