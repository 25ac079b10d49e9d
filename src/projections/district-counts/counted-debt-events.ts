/**
 * The parts of the informal-debt events (schema version 1) that the district counts read, declared here
 * rather than imported: a projection depends on the stored JSON, not on the case slice's code.
 * test/projections/district-counts.spec.ts passes the decider's own events through these types, so the
 * type check fails as soon as the two drift apart.
 */
export type CountedStatus =
  | 'REGISTERED' | 'CONTACTED' | 'MEDIATION_SCHEDULED' | 'AGREED' | 'NOT_AGREED' | 'PARTY_ABSENT' | 'REFERRED' | 'CLOSED';

export type CountedChannel = 'SELF_QR_THAID' | 'THAID_APP' | 'COUNTER' | 'PAPER';

export type CountedOutcome = 'AGREED' | 'NOT_AGREED' | 'PARTY_ABSENT';

export interface CountedPlace {
  districtCode: string;
  provinceCode: string;
}

export interface CountedTotals {
  channel: CountedChannel;
  creditorCount: number;
  debtCount: number;
  /** Canonical baht, "12500.50". */
  totalPrincipal: string;
  totalOutstanding: string;
}

interface Status {
  status: CountedStatus;
}

export type CountedDebtEvent =
  | { type: 'DebtorRegistered'; data: Status & CountedPlace & CountedTotals }
  | { type: 'DebtRegistrationAmended'; data: Status & { after: CountedPlace & CountedTotals } }
  | { type: 'DebtContactAttemptRecorded'; data: Status & { reached: boolean; wishesMediation: 'YES' | 'NO' | 'UNDECIDED' } }
  | { type: 'DebtCaseTransferred'; data: Status & { toDistrictCode: string; toProvinceCode: string; totals: CountedTotals } }
  | { type: 'DebtMediationScheduled'; data: Status }
  | { type: 'DebtMediationOutcomeRecorded'; data: Status & {
    outcome: CountedOutcome; debtBefore: string | null; debtAfter: string | null; reduction: string | null } }
  | { type: 'DebtCaseReferred'; data: Status }
  | { type: 'DebtCaseClosed'; data: Status }
  | { type: 'DebtCaseReopened'; data: Status };

export const COUNTED_EVENT_TYPES: ReadonlySet<string> = new Set<CountedDebtEvent['type']>([
  'DebtorRegistered', 'DebtRegistrationAmended', 'DebtContactAttemptRecorded', 'DebtCaseTransferred', 'DebtMediationScheduled',
  'DebtMediationOutcomeRecorded', 'DebtCaseReferred', 'DebtCaseClosed', 'DebtCaseReopened',
]);
