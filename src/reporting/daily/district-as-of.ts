import { type EventStore, START_OF_LOG } from '../../eventstore/event-store.port.js';
import { LogReplay } from '../../eventstore/log-replay.js';
import type { CaseLedgerState } from '../ledger/report-fold.js';
import { foldStoredEvent, type PositionedRow } from '../ledger/report-ledger.projection.js';
import { addMeasures, type Measures, zeroMeasures } from '../ledger/report-measures.js';

/**
 * A district's cumulative report figures as they stood at an instant, straight from the event log (no read model):
 * the log as the server had recorded it by then (each debt event whose `at` is before the instant; a stream's
 * later events are not folded), folded by the report ledger's fold, and the rows of the district effective before
 * the instant added up. At a frozen report's cut-off these are the report's cumulative figures of the district.
 */
export async function districtMeasuresAsOf(store: EventStore, districtCode: string, asOf: Date): Promise<Measures> {
  const until = asOf.getTime();
  const states = new Map<string, CaseLedgerState | undefined>();
  const ended = new Set<string>();
  const rows: PositionedRow[] = [];
  const head = (await store.head(START_OF_LOG)).position;
  for await (const event of new LogReplay(store).until(head)) {
    if (ended.has(event.streamId)) continue;
    const at = Date.parse(String((event.data as { at?: unknown }).at));
    if (!(at < until)) {
      ended.add(event.streamId);
      continue;
    }
    foldStoredEvent(states, event, rows);
  }
  const figures = zeroMeasures();
  for (const row of rows) if (row.districtCode === districtCode && row.eff < until) addMeasures(figures, row.measures);
  return figures;
}
