import type { AgreementFigures, InstalmentPlan, MediationSlot } from '../debt-records.js';
import { evolveDebtCase, initialDebtCaseState, type DebtCase, type DebtCaseState } from '../debt-state.js';
import type { AmendedPart, DebtEvent, DebtEventData } from '../debt.events.js';
import type {
  ContactMethod, DebtCaseStatus, DebtCloseReason, MediationOutcome, MediationWish, ReferralAgency,
} from '../vocabulary/debt-vocabulary.js';

/**
 * A case read back whole: its state as the decider folds it (debt-state.ts), and beside it what the decider
 * has no use for but a reader has: every correction, contact attempt, transfer and mediation session, the
 * agreement's instalment plan, and the notes and times of the referral and the closing. Pure; `at` is the
 * instant the server recorded each fact.
 */
export type MediationSessionState = 'SCHEDULED' | 'RESCHEDULED' | 'CANCELLED' | 'HELD';

export interface MediationSession extends MediationSlot {
  scheduledAt: string;
  districtCode: string;
  state: MediationSessionState;
  outcome: MediationSessionOutcome | null;
}

export interface MediationSessionOutcome {
  outcome: MediationOutcome;
  recordedAt: string;
  agreement: AgreementFigures | null;
  instalmentPlan: InstalmentPlan | null;
  note: string | null;
}

export interface DebtCaseDetail {
  state: DebtCase;
  version: number;
  lastEventAt: string;
  amendments: { at: string; reason: string; changed: AmendedPart[] }[];
  contactAttempts: {
    at: string; districtCode: string; method: ContactMethod; reached: boolean; wishesMediation: MediationWish; note: string | null;
  }[];
  transfers: Omit<DebtEventData<'DebtCaseTransferred'>, 'caseId' | 'previousStatus' | 'status' | 'totals' | 'agreement'>[];
  mediationSessions: MediationSession[];
  /** The agreement standing now, with the session it came from. */
  agreement: (AgreementFigures & { instalmentPlan: InstalmentPlan | null; mediationDate: string; recordedAt: string }) | null;
  referral: { agency: ReferralAgency; agencyName: string | null; note: string | null; at: string } | null;
  /** Set while the case is closed. */
  closing: {
    reason: DebtCloseReason; statusBefore: DebtCaseStatus; duplicateOfCaseId: string | null; note: string | null; at: string;
  } | null;
  reopenings: { at: string; reason: string; closedReason: DebtCloseReason }[];
}

/** The case its events make, or undefined for a stream without a registration. */
export function foldDebtCaseDetail(events: readonly DebtEvent[]): DebtCaseDetail | undefined {
  let state: DebtCaseState = initialDebtCaseState();
  let detail: DebtCaseDetail | undefined;
  for (const event of events) {
    state = evolveDebtCase(state, event);
    if (state.status === null) continue;
    const base: DebtCaseDetail = detail ?? {
      state, version: 0, lastEventAt: event.data.at, amendments: [], contactAttempts: [], transfers: [], mediationSessions: [],
      agreement: null, referral: null, closing: null, reopenings: [],
    };
    detail = { ...evolveDetail(base, event), state, version: base.version + 1, lastEventAt: event.data.at };
  }
  return detail;
}

function evolveDetail(detail: DebtCaseDetail, event: DebtEvent): DebtCaseDetail {
  switch (event.type) {
    case 'DebtorRegistered':
      return detail;
    case 'DebtRegistrationAmended': {
      const { at, reason, changed } = event.data;
      return { ...detail, amendments: [...detail.amendments, { at, reason, changed }] };
    }
    case 'DebtContactAttemptRecorded': {
      const { at, districtCode, method, reached, wishesMediation, note } = event.data;
      return { ...detail, contactAttempts: [...detail.contactAttempts, { at, districtCode, method, reached, wishesMediation, note }] };
    }
    case 'DebtCaseTransferred': {
      const { caseId, previousStatus, status, totals, agreement, ...transfer } = event.data;
      const sessions = transfer.cancelledMediation ? closeOpenSession(detail.mediationSessions, { state: 'CANCELLED' }) : detail.mediationSessions;
      return { ...detail, transfers: [...detail.transfers, transfer], mediationSessions: sessions };
    }
    case 'DebtMediationScheduled': {
      const { at, districtCode, date, time, place, replaces } = event.data;
      const earlier = replaces ? closeOpenSession(detail.mediationSessions, { state: 'RESCHEDULED' }) : detail.mediationSessions;
      const session: MediationSession = { scheduledAt: at, districtCode, date, time, place, state: 'SCHEDULED', outcome: null };
      return { ...detail, mediationSessions: [...earlier, session] };
    }
    case 'DebtMediationOutcomeRecorded': {
      const { at, outcome, mediationDate, agreement, instalmentPlan, note } = event.data;
      const held: MediationSessionOutcome = { outcome, recordedAt: at, agreement, instalmentPlan, note };
      return {
        ...detail,
        mediationSessions: closeOpenSession(detail.mediationSessions, { state: 'HELD', outcome: held }),
        agreement: agreement ? { ...agreement, instalmentPlan, mediationDate, recordedAt: at } : detail.agreement,
      };
    }
    case 'DebtCaseReferred': {
      const { agency, agencyName, note, at } = event.data;
      return { ...detail, referral: { agency, agencyName, note, at } };
    }
    case 'DebtCaseClosed': {
      const { reason, previousStatus, duplicateOfCaseId, note, at } = event.data;
      return { ...detail, closing: { reason, statusBefore: previousStatus, duplicateOfCaseId, note, at } };
    }
    case 'DebtCaseReopened': {
      const { at, reason, closedReason } = event.data;
      return { ...detail, closing: null, reopenings: [...detail.reopenings, { at, reason, closedReason }] };
    }
  }
}

/** The session still SCHEDULED (the decider keeps at most one) given its end; the others as they were. */
function closeOpenSession(sessions: MediationSession[], end: Pick<MediationSession, 'state'> & Partial<MediationSession>): MediationSession[] {
  return sessions.map((session) => (session.state === 'SCHEDULED' ? { ...session, ...end } : session));
}
