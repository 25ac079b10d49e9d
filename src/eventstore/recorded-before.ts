import { type EventStore, type LogPosition, START_OF_LOG } from './event-store.port.js';

const BATCH = 5_000;

/**
 * For each instant, the position of the last event in the log's order recorded before it (undefined when none
 * was), read through the port: one pass over the log from its start, whatever the number of instants.
 */
export async function lastPositionsRecordedBefore(
  store: EventStore, instants: readonly Date[], batchSize = BATCH,
): Promise<(LogPosition | undefined)[]> {
  const found: (LogPosition | undefined)[] = instants.map(() => undefined);
  if (instants.length === 0) return found;
  for (let from = START_OF_LOG; ;) {
    const batch = await store.readAll(from, batchSize);
    if (batch.length === 0) return found;
    for (const event of batch) {
      instants.forEach((instant, i) => {
        if (event.recordedAt < instant) found[i] = event.position;
      });
    }
    from = batch[batch.length - 1].position;
  }
}
