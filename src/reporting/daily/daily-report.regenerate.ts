import type { EventStore } from '../../eventstore/event-store.port.js';
import { LogReplay } from '../../eventstore/log-replay.js';
import type { CaseLedgerState, LedgerRow } from '../ledger/report-fold.js';
import { addMeasures, MOVED_WITH_CASE, TRANSFER_MEASURES, type Measure, type Measures, zeroMeasures } from '../ledger/report-measures.js';
import { foldStoredEvent, type PositionedRow } from '../ledger/report-ledger.projection.js';
import { comparePositions, type CutOffChain, periodDayIn, ReportSums } from './daily-report.assemble.js';
import { type BodyFormat, CURRENT_FORMAT, type DailyReportParams, type Flows, serialiseBody } from './daily-report.body.js';

/**
 * The report ledger's rows straight from the event log, folded in memory as far as asked: `report` gives a daily
 * report from every event up to its P, summed by the report's rules, written in `format` (that of the stored
 * report it is checked against); the same bytes as the frozen report when both are right. One replay serves
 * many reports, the log read once when they are asked for oldest first.
 */
export class DailyReportReplay {
  private readonly log: LogReplay;
  private readonly rows: PositionedRow[] = [];
  private readonly states = new Map<string, CaseLedgerState | undefined>();

  constructor(store: EventStore) {
    this.log = new LogReplay(store);
  }

  async report(params: DailyReportParams, chain: CutOffChain, format: BodyFormat = CURRENT_FORMAT): Promise<string> {
    for await (const event of this.log.until(params.position)) foldStoredEvent(this.states, event, this.rows);
    const sums = new ReportSums();
    const cutOff = params.cutOff.getTime();
    const periodStart = params.periodStart.getTime();
    const base = params.base;
    for (const row of this.rows) {
      if (row.eff >= cutOff || comparePositions(row, params.position) > 0) continue;
      const late = base !== null && row.eff < base.cutOff.getTime() && comparePositions(row, base.position) > 0;
      if (late) {
        sums.correct(row.districtCode, row.provinceCode, periodDayIn(chain, row.eff), flowsOf(row));
        continue;
      }
      const district = sums.district(row.districtCode, row.provinceCode);
      addMeasures(district.cumulative, row.measures);
      if (row.eff < periodStart) continue;
      const flows = flowsOf(row);
      addMeasures(district.period, flows.period);
      addMeasures(district.movedIn, flows.movedIn);
      addMeasures(district.movedOut, flows.movedOut);
    }
    return serialiseBody({ ...sums.body(params), format });
  }
}

/**
 * A daily report straight from the event log, without the report ledger: every event up to P folded in
 * memory, then summed by the report's rules, written in `format`. Gives the same bytes as the frozen report
 * when both are right.
 */
export function regenerateDailyReport(
  store: EventStore, params: DailyReportParams, chain: CutOffChain, format: BodyFormat = CURRENT_FORMAT,
): Promise<string> {
  return new DailyReportReplay(store).report(params, chain, format);
}

/** A fact row is a fact; a move row is its transfer count, and the figures it carries in (or, positive, out). */
function flowsOf(row: LedgerRow): Flows {
  const flows = { period: zeroMeasures(), movedIn: zeroMeasures(), movedOut: zeroMeasures() };
  if (row.kind === 'F') {
    addMeasures(flows.period, row.measures);
    return flows;
  }
  addMeasures(flows.period, pick(row.measures, TRANSFER_MEASURES));
  if (row.measures.transfersIn) addMeasures(flows.movedIn, pick(row.measures, MOVED_WITH_CASE));
  else addMeasures(flows.movedOut, pick(row.measures, MOVED_WITH_CASE), -1);
  return flows;
}

function pick(measures: Partial<Measures>, keys: readonly Measure[]): Partial<Measures> {
  return Object.fromEntries(keys.filter((k) => measures[k] !== undefined).map((k) => [k, measures[k]]));
}
