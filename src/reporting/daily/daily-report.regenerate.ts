import { type EventStore, START_OF_LOG } from '../../eventstore/event-store.port.js';
import type { CaseLedgerState } from '../ledger/report-fold.js';
import { addMeasures, type Measure, type Measures } from '../ledger/report-measures.js';
import { foldStoredEvent, type PositionedRow } from '../ledger/report-ledger.projection.js';
import { comparePositions, type CutOffChain, periodDayIn, ReportSums } from './daily-report.assemble.js';
import { type DailyReportParams, serialiseBody } from './daily-report.body.js';

const BATCH = 5_000;
const TRANSFERS: readonly Measure[] = ['transfersIn', 'transfersOut'];

/**
 * A daily report straight from the event log, without the report ledger: every event up to P folded in
 * memory, then summed by the report's rules. Gives the same bytes as the frozen report when both are right.
 */
export async function regenerateDailyReport(store: EventStore, params: DailyReportParams, chain: CutOffChain): Promise<string> {
  const rows: PositionedRow[] = [];
  const states = new Map<string, CaseLedgerState | undefined>();
  for (let from = START_OF_LOG; ;) {
    const batch = await store.readAll(from, BATCH);
    const within = batch.filter((e) => comparePositions(e.position, params.position) <= 0);
    for (const event of within) foldStoredEvent(states, event, rows);
    if (within.length < BATCH) break;
    from = batch[batch.length - 1].position;
  }
  const sums = new ReportSums();
  const cutOff = params.cutOff.getTime();
  const periodStart = params.periodStart.getTime();
  const base = params.base;
  for (const row of rows) {
    if (row.eff >= cutOff) continue;
    const late = base !== null && row.eff < base.cutOff.getTime()
      && comparePositions({ transactionId: row.transactionId, globalPosition: row.globalPosition }, base.position) > 0;
    if (late) {
      sums.correct(row.districtCode, row.provinceCode, periodDayIn(chain, row.eff), row.measures);
      continue;
    }
    const district = sums.district(row.districtCode, row.provinceCode);
    addMeasures(district.cumulative, row.measures);
    if (row.eff >= periodStart) addMeasures(district.period, row.kind === 'F' ? row.measures : pick(row.measures, TRANSFERS));
  }
  return serialiseBody(sums.body(params));
}

function pick(measures: Partial<Measures>, keys: readonly Measure[]): Partial<Measures> {
  return Object.fromEntries(keys.filter((k) => measures[k] !== undefined).map((k) => [k, measures[k]]));
}
