import { DEBT_STREAM_PREFIX, debtEventsIn } from '../../cases/debt/debt.events.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { foldDebtCaseRow, type DebtCaseRow } from './debt-case-row.js';

/**
 * The case's row as the projection will write it, folded from its stream: what `debtCase` answers for a case
 * the list has not reached yet (registered a moment ago), so that a read right after the mutation finds it.
 */
export async function debtCaseFromLog(store: EventStore, caseId: string): Promise<DebtCaseRow | undefined> {
  if (caseId === '') return undefined;
  const events = debtEventsIn(await store.readStream(`${DEBT_STREAM_PREFIX}${caseId}`));
  return events.reduce<DebtCaseRow | undefined>((row, { stored, event }) => foldDebtCaseRow(row, event, stored), undefined);
}
