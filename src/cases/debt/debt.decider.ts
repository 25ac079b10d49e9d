import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';
import type { Decider } from '../../shared/decider.js';
import { decideAmend } from './amendment/debt-amend.js';
import { debtErrors } from './debt-errors.js';
import { readRecordedDebtEvent } from './debt-event-shapes.js';
import { decideOutcome, decideSchedule } from './mediation/debt-mediation.js';
import { decideRegister } from './registration/debt-register.js';
import { evolveDebtCase, initialDebtCaseState, type DebtCase, type DebtCaseState } from './debt-state.js';
import { decideClose, decideContact, decideRefer, decideReopen, decideTransfer } from './workflow/debt-workflow.js';
import type { DebtCommand } from './debt.commands.js';
import { DEBT_EVENT_SCHEMA_VERSIONS, type DebtEvent, type DebtEventType } from './debt.events.js';

/**
 * ลูกหนี้นอกระบบ: the informal-debt case type, one stream per case. Pure: time, the case id and the debtor's
 * other open cases arrive on the command. A closed case takes nothing but ReopenDebtCase. A case whose debtor's personal
 * data was erased (the state folds ERASED_MARKER in place of the citizen id) takes nothing but CloseDebtCase: it cannot
 * be reopened, corrected or worked on without the person it is about.
 */
export const debtDecider: Decider<DebtCommand, DebtEvent, DebtCaseState> & {
  schemaVersions: Readonly<Record<DebtEventType, number>>;
} = {
  initialState: initialDebtCaseState,
  evolve: evolveDebtCase,
  decide(command, state) {
    if (command.type === 'RegisterDebtor') {
      if (state.status !== null) throw debtErrors.alreadyRegistered();
      return decideRegister(command);
    }
    if (state.status === null) throw debtErrors.notFound();
    if (state.debtorCitizenId === ERASED_MARKER && command.type !== 'CloseDebtCase') throw debtErrors.personalDataErased();
    if (state.status === 'CLOSED' && command.type !== 'ReopenDebtCase') throw debtErrors.closed();
    return decideOnCase(command, state);
  },
  schemaVersions: DEBT_EVENT_SCHEMA_VERSIONS,
  read: readRecordedDebtEvent,
};

function decideOnCase(command: Exclude<DebtCommand, { type: 'RegisterDebtor' }>, state: DebtCase): DebtEvent[] {
  switch (command.type) {
    case 'AmendDebtRegistration': return decideAmend(command, state);
    case 'RecordContactAttempt': return decideContact(command, state);
    case 'TransferDebtCase': return decideTransfer(command, state);
    case 'ScheduleMediation': return decideSchedule(command, state);
    case 'RecordMediationOutcome': return decideOutcome(command, state);
    case 'ReferDebtCase': return decideRefer(command, state);
    case 'CloseDebtCase': return decideClose(command, state);
    case 'ReopenDebtCase': return decideReopen(command, state);
  }
}
