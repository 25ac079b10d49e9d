import { ERASED_MARKER } from '../../../personal-data/keys/personal-data-shredder.js';
import { SCHEDULABLE } from '../mediation/debt-mediation.js';
import type { DebtCase } from '../debt-state.js';

/**
 * What may be done to a case now: the commands the decider takes in its state (debt.decider.ts, transitions in
 * debt-state.ts), given valid input. Pure; `today` is the Bangkok day of the reader's request. A reopening may
 * still be refused when the debtor has meanwhile opened another case with the same creditor (a rule on other
 * streams, judged when it is sent). A case whose debtor was erased offers nothing but closing (none once closed).
 */
export const DEBT_CASE_ACTIONS = [
  'AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'SCHEDULE_MEDIATION', 'RECORD_MEDIATION_OUTCOME', 'TRANSFER', 'REFER', 'CLOSE', 'REOPEN',
] as const;
export type DebtCaseAction = (typeof DEBT_CASE_ACTIONS)[number];

export function debtCaseActions(state: DebtCase, today: string): DebtCaseAction[] {
  const erased = state.debtorCitizenId === ERASED_MARKER;
  if (state.status === 'CLOSED') return erased ? [] : ['REOPEN'];
  if (erased) return ['CLOSE'];
  const allowed: Record<DebtCaseAction, boolean> = {
    AMEND_REGISTRATION: true,
    RECORD_CONTACT_ATTEMPT: true,
    SCHEDULE_MEDIATION: SCHEDULABLE.includes(state.status) && state.wishesMediation !== 'NO',
    RECORD_MEDIATION_OUTCOME: state.status === 'MEDIATION_SCHEDULED' && state.mediation !== null && state.mediation.date <= today,
    TRANSFER: true,
    REFER: state.status !== 'MEDIATION_SCHEDULED',
    CLOSE: true,
    REOPEN: false,
  };
  return DEBT_CASE_ACTIONS.filter((action) => allowed[action]);
}
