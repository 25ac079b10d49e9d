import type { HistorySpec } from '../../../audit/field-changes.js';
import { evolveDebtCase, initialDebtCaseState, type DebtCaseState } from '../debt-state.js';
import { DEBT_EVENTS, type DebtEvent } from '../debt.events.js';
import { DEBT_EVENT_LABELS, DEBT_FIELD_LABELS } from './debt-history.labels.js';

/**
 * A debt case's history as typed changes (audit/field-changes.ts): the case as the decider folds it, before
 * and after each event, and what each event records beside it. The ids the case keeps for its own rules
 * (its id, the debtor's citizen id twice over, the creditor keys) are left out.
 */
export const debtHistory: HistorySpec<DebtEvent, DebtCaseState> = {
  read: (event) => DEBT_EVENTS.upcast(event),
  initialState: initialDebtCaseState,
  evolve: evolveDebtCase,
  view(state) {
    if (state.status === null) return null;
    const { caseId, debtorCitizenId, creditorKeys, ...shown } = state;
    return shown;
  },
  facts(event) {
    switch (event.type) {
      case 'DebtorRegistered': return { attribution: event.data.attribution };
      case 'DebtRegistrationAmended': return { reason: event.data.reason, changed: event.data.changed };
      case 'DebtContactAttemptRecorded': return { method: event.data.method, reached: event.data.reached, note: event.data.note };
      case 'DebtCaseTransferred': return { reason: event.data.reason };
      case 'DebtMediationScheduled': return {};
      case 'DebtMediationOutcomeRecorded': {
        const { outcome, mediationDate, instalmentPlan, note } = event.data;
        return { outcome, mediationDate, instalmentPlan, note };
      }
      case 'DebtCaseReferred': return { note: event.data.note };
      case 'DebtCaseClosed': return { duplicateOfCaseId: event.data.duplicateOfCaseId, note: event.data.note };
      case 'DebtCaseReopened': return { reason: event.data.reason };
    }
  },
  types: DEBT_EVENT_LABELS,
  fields: DEBT_FIELD_LABELS,
};
