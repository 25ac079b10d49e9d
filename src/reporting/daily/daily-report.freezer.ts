import { Logger } from '@nestjs/common';
import type pg from 'pg';
import type { CalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { type EventStore, START_OF_LOG } from '../../eventstore/event-store.port.js';
import { keepsLogInEventsTable } from '../../eventstore/log-features.js';
import { periodOf } from './cut-off.js';
import { laterOf, reportBaseOf } from './daily-report.assemble.js';
import { serialiseBody } from './daily-report.body.js';
import { computeDailyReport } from './daily-report.compute.js';
import { DailyReportStore } from './daily-report.store.js';
import { lastPositionRecordedBefore, ledgerCaughtUp } from './report-ledger-position.js';

const LOCK = 'damrong:daily-report-freeze';
const logger = new Logger('DailyReport');
/** A freeze this long after its cut-off is a missed one: it covers what was recorded before the cut-off. */
export const MISSED_AFTER_MS = 10 * 60_000;

export type FreezeOutcome = 'frozen' | 'exists' | 'busy';

/** Told of every freeze: how it ended (`failed` when it threw) and how long it took. */
export interface FreezeObserver {
  freezeTimed(outcome: FreezeOutcome | 'failed', seconds: number): void;
}

/**
 * Freezes a working day's report once: under an advisory lock (one replica at a time) and the day as the
 * table's key (never twice). P is the log's head when the freeze runs at the cut-off, or the position of
 * the last event recorded before the cut-off when the freeze was missed; the ledger is brought up to P first.
 * The report seals the log (migration 602) when the log is the `events` table; from another log it is stored unsealed.
 */
export class DailyReportFreezer {
  private cancelled = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    private readonly calendar: HolidayCalendar,
    private readonly catchUpTimeoutMs = 60_000,
    private readonly observer?: FreezeObserver,
  ) {}

  /** Makes a freeze waiting for the ledger give up: the service is stopping. */
  cancel(): void {
    this.cancelled = true;
  }

  async freeze(day: CalendarDay, now: Date): Promise<FreezeOutcome> {
    const started = performance.now();
    let outcome: FreezeOutcome | 'failed' = 'failed';
    try {
      outcome = await this.freezeOnce(day, now);
      return outcome;
    } finally {
      this.observer?.freezeTimed(outcome, (performance.now() - started) / 1000);
    }
  }

  private async freezeOnce(day: CalendarDay, now: Date): Promise<FreezeOutcome> {
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [LOCK]);
      if (!rows[0].locked) return 'busy';
      try {
        return await this.freezeLocked(client, day, now);
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK]);
      }
    } finally {
      client.release();
    }
  }

  private async freezeLocked(client: pg.PoolClient, day: CalendarDay, now: Date): Promise<FreezeOutcome> {
    const started = performance.now();
    const reports = new DailyReportStore(client);
    if (await reports.find(day, false)) return 'exists';
    const period = await periodOf(day, this.calendar);
    if (now < period.cutOff) throw new Error(`the report of ${day} cannot be frozen before its cut-off`);
    const base = (await reports.latest(period.cutOff)) ?? null;
    const basePosition = base?.position ?? START_OF_LOG;
    const head = (await this.store.head(basePosition)).position;
    await ledgerCaughtUp(client, head, this.catchUpTimeoutMs, () => this.cancelled);
    const missed = now.getTime() - period.cutOff.getTime() > MISSED_AFTER_MS;
    const position = missed ? laterOf(basePosition, await lastPositionRecordedBefore(client, period.cutOff)) : head;
    const { params, sums } = await computeDailyReport(client, period, position, base, async (baseDay) => reportBaseOf((await reports.find(baseDay))!.body));
    const sealed = keepsLogInEventsTable(this.store);
    if (!(await reports.insert(params, serialiseBody(sums.body(params)), now, missed, sealed))) return 'exists';
    logger.log(`daily report of ${day} frozen at log position ${position.transactionId}/${position.globalPosition}`
      + `${missed ? ' (a missed freeze: the events recorded before the cut-off)' : ''} in ${Math.round(performance.now() - started)} ms`);
    return 'frozen';
  }
}
