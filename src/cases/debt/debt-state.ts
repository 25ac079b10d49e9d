import type { DebtCaseFigures, DebtEvent } from './debt.events.js';
import type { AgreementFigures, Creditor, Debt, Debtor, HelpWanted, MediationSlot } from './debt-records.js';
import type { DebtCaseStatus, DebtCloseReason, MediationWish, ReferralAgency } from './vocabulary/debt-vocabulary.js';

/**
 * The state of one informal-debt case, folded from its events. Status transitions:
 *
 *   (none)               ── RegisterDebtor ─────────────────────► REGISTERED
 *   REGISTERED           ── contact attempt, debtor reached ───► CONTACTED   (an unreached attempt keeps the status)
 *   CONTACTED, NOT_AGREED, PARTY_ABSENT, MEDIATION_SCHEDULED
 *                        ── ScheduleMediation ─────────────────► MEDIATION_SCHEDULED   (not when the debtor said NO)
 *   MEDIATION_SCHEDULED  ── RecordMediationOutcome ────────────► AGREED | NOT_AGREED | PARTY_ABSENT
 *   MEDIATION_SCHEDULED  ── TransferDebtCase ──────────────────► CONTACTED   (the receiving district schedules anew)
 *   any open status but MEDIATION_SCHEDULED ── ReferDebtCase ──► REFERRED
 *   any open status      ── CloseDebtCase ─────────────────────► CLOSED      (reason REFERRED only from REFERRED)
 *   CLOSED               ── ReopenDebtCase ────────────────────► the status it was closed in
 *
 * Amendments, contact attempts and transfers are allowed in every open status and otherwise keep it; a closed
 * case takes nothing but ReopenDebtCase. After NOT_AGREED or PARTY_ABSENT a district may reschedule, refer or
 * close; after AGREED it may refer (the agreement was broken) or close.
 */
export type DebtCaseState = { status: null } | DebtCase;

export interface DebtCase {
  caseId: string;
  status: DebtCaseStatus;
  /** Set while CLOSED: why, and the status the case returns to when reopened. */
  closed: { reason: DebtCloseReason; statusBefore: DebtCaseStatus } | null;
  /** Where the case is now (after transfers), with its channel, registration date and totals. */
  figures: DebtCaseFigures;
  /** The district the registration was attributed to; corrections may change it until the first transfer. */
  attributedDistrictCode: string;
  transferred: boolean;
  debtorCitizenId: string;
  debtor: Debtor;
  creditors: Creditor[];
  creditorKeys: string[];
  debts: Debt[];
  helpWanted: HelpWanted;
  wishesMediation: MediationWish;
  contactAttempts: number;
  mediation: MediationSlot | null;
  agreement: AgreementFigures | null;
  referral: { agency: ReferralAgency; agencyName: string | null } | null;
}

export const initialDebtCaseState = (): DebtCaseState => ({ status: null });

export function evolveDebtCase(state: DebtCaseState, event: DebtEvent): DebtCaseState {
  if (event.type === 'DebtorRegistered') {
    const { caseId, status, districtCode, provinceCode, channel, registeredAt, registeredOn, creditorCount, debtCount,
      totalPrincipal, totalOutstanding, debtor, creditors, creditorKeys, debts, helpWanted } = event.data;
    return {
      caseId, status, closed: null,
      figures: { districtCode, provinceCode, channel, registeredAt, registeredOn, creditorCount, debtCount, totalPrincipal, totalOutstanding },
      attributedDistrictCode: districtCode, transferred: false, debtorCitizenId: debtor.citizenId,
      debtor, creditors, creditorKeys, debts, helpWanted,
      wishesMediation: 'UNDECIDED', contactAttempts: 0, mediation: null, agreement: null, referral: null,
    };
  }
  if (state.status === null) return state;
  return evolveRegistered(state, event);
}

function evolveRegistered(state: DebtCase, event: Exclude<DebtEvent, { type: 'DebtorRegistered' }>): DebtCase {
  const next = { ...state, status: event.data.status };
  switch (event.type) {
    case 'DebtRegistrationAmended': {
      const { debtor, creditors, creditorKeys, debts, helpWanted, after, changed } = event.data;
      return {
        ...next,
        figures: after,
        attributedDistrictCode: changed.includes('district') ? after.districtCode : state.attributedDistrictCode,
        debtor: debtor ?? state.debtor,
        debtorCitizenId: debtor?.citizenId ?? state.debtorCitizenId,
        creditors: creditors ?? state.creditors,
        creditorKeys: creditorKeys ?? state.creditorKeys,
        debts: debts ?? state.debts,
        helpWanted: helpWanted ?? state.helpWanted,
      };
    }
    case 'DebtContactAttemptRecorded':
      return {
        ...next,
        contactAttempts: state.contactAttempts + 1,
        wishesMediation: event.data.reached ? event.data.wishesMediation : state.wishesMediation,
      };
    case 'DebtCaseTransferred': {
      const { toDistrictCode, toProvinceCode, cancelledMediation } = event.data;
      return {
        ...next,
        figures: { ...state.figures, districtCode: toDistrictCode, provinceCode: toProvinceCode },
        transferred: true,
        mediation: cancelledMediation ? null : state.mediation,
      };
    }
    case 'DebtMediationScheduled': {
      const { date, time, place } = event.data;
      return { ...next, mediation: { date, time, place } };
    }
    case 'DebtMediationOutcomeRecorded': {
      // The figures named one by one: the log's jsonb gives keys shortest first, and a history lists them in the state's order.
      const { agreement } = event.data;
      const figures = agreement && { debtBefore: agreement.debtBefore, debtAfter: agreement.debtAfter, reduction: agreement.reduction };
      return { ...next, mediation: null, agreement: figures ?? state.agreement };
    }
    case 'DebtCaseReferred':
      return { ...next, referral: { agency: event.data.agency, agencyName: event.data.agencyName } };
    case 'DebtCaseClosed':
      return { ...next, closed: { reason: event.data.reason, statusBefore: event.data.previousStatus } };
    case 'DebtCaseReopened':
      return { ...next, closed: null };
  }
}
