import { debtorInput, register } from '../../src/cases/debt/debt-fixtures.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import type { DebtCommand } from '../../src/cases/debt/debt.commands.js';
import { debtStreamId } from '../../src/cases/debt/registration/debt-case-id.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { citizenId } from './debt-api.js';
import type { TestService } from './test-app.js';

/**
 * Debt cases written to the log with the instants they happened at, by the decider as the service would have
 * then (the retention suites run the service's clock years later): each case's debtor its own.
 */
export function pastDebtCases(t: Pick<TestService, 'app'>, prefix: string) {
  let serial = 0;
  return {
    /** A case registered at `registeredAt` and taken through `steps`; answers its stream. */
    async caseOf(registeredAt: string, steps: DebtCommand[]): Promise<string> {
      const n = ++serial;
      const caseId = `DEBT-${prefix}-0000-${String(n).padStart(4, '0')}`;
      const debtor = debtorInput({ citizenId: citizenId(`3100${prefix.replace(/\D/g, '').padStart(4, '0')}${String(n).padStart(4, '0')}`) });
      const store = t.app.get<EventStore>(EVENT_STORE);
      for (const [i, command] of [register({ caseId, at: registeredAt, debtor }), ...steps].entries()) {
        await handleCommand(store, debtStreamId(caseId), debtDecider, command, { commandId: `${prefix}-${n}-${i}`, actor: 'system:test' });
      }
      return debtStreamId(caseId);
    },
  };
}

export const closeCase = (at: string): DebtCommand => ({ type: 'CloseDebtCase', at, reason: 'WITHDRAWN' });
export const reopenCase = (at: string): DebtCommand => ({ type: 'ReopenDebtCase', at, reason: 'ลูกหนี้ขอไกล่เกลี่ยอีกครั้ง', openCasesOfDebtor: [] });
