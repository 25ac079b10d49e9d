import type { EventStore } from '../../eventstore/event-store.port.js';
import { monthlyReturnStreamId, readMonthlyReturnEvent, type MonthlyReturnEvent } from './monthly-return.events.js';

/** The events of a return by its id (`<businessNo>-<levy>-<YYYY-MM>`); none for an id of another shape or no such return. */
export async function readReturnEvents(store: EventStore, returnId: string): Promise<MonthlyReturnEvent[]> {
  if (!/^\d{1,8}-(HOTEL|FUEL|TOBACCO)-\d{4}-\d{2}$/.test(returnId)) return [];
  const stored = await store.readStream(monthlyReturnStreamId(returnId));
  return stored.flatMap((s) => readMonthlyReturnEvent(s) ?? []);
}
