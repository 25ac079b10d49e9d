import type { DebtCaseStatus, DebtCaseTotals, DebtChannel, DebtEvent, MediationOutcome } from '../../cases/debt/debt.events.js';
import { satangOf } from '../../shared/money.js';

/**
 * What one case contributes to the counts of the district it is in now, folded from its events. Stored
 * per case (district_count_cases) so that a later event can take the old contribution away from one
 * district and add the new one to another. README.md (section "District counts") defines each measure.
 */
export interface CaseCounts {
  streamId: string;
  /** The stream version of the last event folded in; an event at or below it was applied already. */
  version: number;
  districtCode: string;
  provinceCode: string;
  channel: DebtChannel;
  creditors: number;
  debts: number;
  /** Satang. */
  principal: bigint;
  outstanding: bigint;
  status: DebtCaseStatus;
  /** The debtor was reached by some contact attempt (a milestone: it stays). */
  contacted: boolean;
  /** The wish the debtor last stated when reached was YES. */
  wishingMediation: boolean;
  /** The outcome of the last mediation session, until another session is scheduled. */
  outcome: MediationOutcome | null;
  /** The case has been referred to the police investigator or another agency (a milestone: it stays). */
  referred: boolean;
  /** The agreement's figures in satang when `outcome` is AGREED, else 0. */
  debtBefore: bigint;
  debtAfter: bigint;
  debtReduced: bigint;
}

function withTotals(counts: CaseCounts, totals: Omit<DebtCaseTotals, 'registeredAt' | 'registeredOn'>): CaseCounts {
  return {
    ...counts,
    channel: totals.channel,
    creditors: totals.creditorCount,
    debts: totals.debtCount,
    principal: satangOf(totals.totalPrincipal),
    outstanding: satangOf(totals.totalOutstanding),
  };
}

/** The case after one more of its events; `current` is undefined only before its DebtorRegistered. */
export function evolveCaseCounts(current: CaseCounts | undefined, event: DebtEvent, streamId: string, version: number): CaseCounts {
  if (event.type === 'DebtorRegistered') {
    const { districtCode, provinceCode, status } = event.data;
    const fresh: CaseCounts = {
      streamId, version, districtCode, provinceCode, status, channel: event.data.channel, creditors: 0, debts: 0,
      principal: 0n, outstanding: 0n, contacted: false, wishingMediation: false, outcome: null, referred: false,
      debtBefore: 0n, debtAfter: 0n, debtReduced: 0n,
    };
    return withTotals(fresh, event.data);
  }
  if (current === undefined) throw new Error(`${event.type} at ${streamId}@${version} comes before the case's DebtorRegistered`);
  const next: CaseCounts = { ...current, version, status: event.data.status };
  switch (event.type) {
    case 'DebtRegistrationAmended': {
      const { districtCode, provinceCode } = event.data.after;
      return withTotals({ ...next, districtCode, provinceCode }, event.data.after);
    }
    case 'DebtContactAttemptRecorded':
      return event.data.reached ? { ...next, contacted: true, wishingMediation: event.data.wishesMediation === 'YES' } : next;
    case 'DebtCaseTransferred':
      return withTotals({ ...next, districtCode: event.data.toDistrictCode, provinceCode: event.data.toProvinceCode }, event.data.totals);
    case 'DebtMediationOutcomeRecorded': {
      const { outcome, agreement } = event.data;
      const agreed = outcome === 'AGREED' ? agreement : null;
      return {
        ...next, outcome,
        debtBefore: agreed ? satangOf(agreed.debtBefore) : 0n,
        debtAfter: agreed ? satangOf(agreed.debtAfter) : 0n,
        debtReduced: agreed ? satangOf(agreed.reduction) : 0n,
      };
    }
    case 'DebtCaseReferred':
      return { ...next, referred: true };
    case 'DebtMediationScheduled':
      return { ...next, outcome: null, debtBefore: 0n, debtAfter: 0n, debtReduced: 0n };
    case 'DebtCaseClosed':
    case 'DebtCaseReopened':
      return next;
  }
}

const one = (yes: boolean) => (yes ? 1n : 0n);

/**
 * The counted measures, in the column order of district_counts: a count of cases (1 or 0 per case) or an
 * amount in satang. A case adds its measures to the district it is in now and to no other.
 */
export const MEASURES: readonly { column: string; money: boolean; of: (c: CaseCounts) => bigint }[] = [
  { column: 'registered', money: false, of: () => 1n },
  { column: 'registered_self_qr_thaid', money: false, of: (c) => one(c.channel === 'SELF_QR_THAID') },
  { column: 'registered_thaid_app', money: false, of: (c) => one(c.channel === 'THAID_APP') },
  { column: 'registered_counter', money: false, of: (c) => one(c.channel === 'COUNTER') },
  { column: 'registered_paper', money: false, of: (c) => one(c.channel === 'PAPER') },
  { column: 'creditors', money: false, of: (c) => BigInt(c.creditors) },
  { column: 'debts', money: false, of: (c) => BigInt(c.debts) },
  { column: 'principal', money: true, of: (c) => c.principal },
  { column: 'outstanding', money: true, of: (c) => c.outstanding },
  { column: 'contacted', money: false, of: (c) => one(c.contacted) },
  { column: 'wishing_mediation', money: false, of: (c) => one(c.wishingMediation) },
  { column: 'in_mediation', money: false, of: (c) => one(c.status === 'MEDIATION_SCHEDULED') },
  { column: 'agreed', money: false, of: (c) => one(c.outcome === 'AGREED') },
  { column: 'not_agreed', money: false, of: (c) => one(c.outcome === 'NOT_AGREED' || c.outcome === 'PARTY_ABSENT') },
  { column: 'party_absent', money: false, of: (c) => one(c.outcome === 'PARTY_ABSENT') },
  { column: 'referred', money: false, of: (c) => one(c.referred) },
  { column: 'closed', money: false, of: (c) => one(c.status === 'CLOSED') },
  { column: 'debt_before', money: true, of: (c) => c.debtBefore },
  { column: 'debt_after', money: true, of: (c) => c.debtAfter },
  { column: 'debt_reduced', money: true, of: (c) => c.debtReduced },
];
