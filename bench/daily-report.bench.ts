import type pg from 'pg';
import { HolidayCalendar } from '../src/calendar/holiday-calendar.js';
import { type EventStore, START_OF_LOG } from '../src/eventstore/event-store.port.js';
import { ProjectionRunner } from '../src/projections/runner/projection-runner.js';
import { DailyReportFreezer } from '../src/reporting/daily/daily-report.freezer.js';
import { ledgerCaughtUp } from '../src/reporting/daily/report-ledger-position.js';
import { ReportLedgerProjection } from '../src/reporting/ledger/report-ledger.projection.js';
import { loadDebtCases } from './daily-report.load.js';
import { now, sample, type Sample } from './measure.js';

/** Working days of March 2025 (no holidays in it) over which the loaded cases spread; reports are frozen on the last two. */
export const REPORT_DAYS = ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-10', '2025-03-11',
  '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-17', '2025-03-18', '2025-03-19', '2025-03-20', '2025-03-21'];
const BASE_DAY = '2025-03-20';
/** The day whose report the bench freezes last and reads. */
export const REPORTED_DAY = '2025-03-21';
const atCutOff = (day: string) => new Date(`${day}T08:00:01.000Z`);

export interface ReportLoad {
  /** appendNewStreams, in events per second. */
  load: Sample;
  /** Report ledger projection from the start of the log to its head, in events per second. */
  catchUp: Sample;
}

/** Writes `cases` debt cases and lets the report ledger projection catch up with them. */
export async function loadReportCases(pool: pg.Pool, store: EventStore, cases = 150_000): Promise<ReportLoad> {
  const load = await loadDebtCases(store, cases, REPORT_DAYS.slice(0, -1));
  await pool.query('VACUUM (ANALYZE) events');
  const head = await store.head(START_OF_LOG);
  const runner = new ProjectionRunner(pool, store, [new ReportLedgerProjection()], { batchSize: 5_000, pollMs: 10 });
  const startedAt = now();
  runner.start();
  try {
    await ledgerCaughtUp(pool, head.position, 3_600_000);
  } finally {
    await runner.stop();
  }
  const catchUp = sample(head.eventsAfter, startedAt);
  await pool.query('VACUUM (ANALYZE) mediation_report_ledger');
  return { load, catchUp };
}

export interface FreezeSamples {
  /** The first report: the whole ledger summed, no earlier report to build on (count: districts). */
  full: Sample;
  /** A following day: the previous report plus corrections and the day's period (count: districts). */
  incremental: Sample;
}

/** Freezes the reports of BASE_DAY and REPORTED_DAY for all 928 districts, timing each (the ledger is caught up). */
export async function freezeDailyReportRun(pool: pg.Pool, store: EventStore): Promise<FreezeSamples> {
  const calendar = new HolidayCalendar(pool);
  const freezer = new DailyReportFreezer(pool, store, calendar);
  await pool.query('DELETE FROM daily_mediation_reports');
  await calendar.refresh();
  const time = async (day: string) => {
    const startedAt = now();
    if ((await freezer.freeze(day, atCutOff(day))) !== 'frozen') throw new Error(`the report of ${day} was not frozen`);
    return sample(928, startedAt);
  };
  return { full: await time(BASE_DAY), incremental: await time(REPORTED_DAY) };
}
