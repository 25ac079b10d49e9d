import { COMPLAINT_STREAM_PREFIX, readComplaintEvent } from '../../cases/complaint/complaint.events.js';
import type { EventStore, LogPosition } from '../../eventstore/event-store.port.js';
import { LogReplay } from '../../eventstore/log-replay.js';
import { outcomeOf, stageOf } from './complaint-statistics.status.js';
import type { MonthEndRow } from './complaint-month-end.body.js';
import { type CorrectionRow, countCorrections } from './complaint-month-end.corrections.js';
import { evolve, type CaseRow } from './statistics-case.js';
import { fiscalYearStart } from './statistics-month.js';

const STAGE_FIGURE = { IN_PROGRESS: 'inProgress', RESOLVED: 'resolved', CLOSED: 'closed' } as const;
const OUTCOME_FIGURE = { SOLVED: 'solved', SET_ASIDE: 'setAside' } as const;

/**
 * Month ends straight from the event log, without the statistics: the complaints folded in memory as the
 * statistics projection folds them (statistics-case.ts), then counted as a freeze counts the statistics' rows,
 * per office holding them and main category, over the fiscal year to the month. `monthEnd` folds the log up
 * to its position first; one replay serves many month ends asked for in the order of their positions. `corrections`
 * then lists the complaints the month end corrects (complaint-month-end.ts).
 */
export class MonthEndReplay {
  private readonly log: LogReplay;
  private readonly complaints = new Map<string, CaseRow>();
  private position: LogPosition | null = null;

  constructor(store: EventStore) {
    this.log = new LogReplay(store);
  }

  /** The month end frozen at `position`; solved and set aside 0 when the month was frozen before they were counted. */
  async monthEnd(month: string, position: LogPosition, countsSolved: boolean): Promise<MonthEndRow[]> {
    if (this.position && before(position, this.position)) throw new Error('month ends are regenerated in the order of their positions');
    this.position = position;
    for await (const stored of this.log.until(position)) {
      const event = readComplaintEvent(stored);
      if (!event) continue;
      const id = stored.streamId.slice(COMPLAINT_STREAM_PREFIX.length);
      const known = this.complaints.get(id);
      if (known === undefined || stored.version > known.version) this.complaints.set(id, evolve(id, known, event, stored));
    }
    const from = fiscalYearStart(month);
    const rows = new Map<string, MonthEndRow>();
    for (const complaint of this.complaints.values()) {
      if (complaint.month < from || complaint.month > month) continue;
      const { provinceCode, districtCode, categoryMain } = complaint;
      const key = `${provinceCode}|${districtCode}|${categoryMain}`;
      const row = rows.get(key) ?? {
        provinceCode, districtCode, categoryMain, receivedInMonth: 0, received: 0, inProgress: 0, resolved: 0, closed: 0, solved: 0, setAside: 0,
      };
      row.received += 1;
      if (complaint.month === month) row.receivedInMonth += 1;
      row[STAGE_FIGURE[stageOf(complaint.status)]] += 1;
      const outcome = countsSolved ? outcomeOf(complaint.status, complaint.closeReason) : null;
      if (outcome !== null) row[OUTCOME_FIGURE[outcome]] += 1;
      rows.set(key, row);
    }
    return [...rows.values()];
  }

  /** The correction lines of the month end last asked for: complaints received before it recorded after `previous`. */
  corrections(month: string, previous: LogPosition): CorrectionRow[] {
    return countCorrections([...this.complaints.values()].filter((c) => c.month < month && before(previous, c.recorded)));
  }
}

const before = (a: LogPosition, b: LogPosition) =>
  a.transactionId < b.transactionId || (a.transactionId === b.transactionId && a.globalPosition < b.globalPosition);
