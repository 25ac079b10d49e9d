import type pg from 'pg';
import { type CalendarDay, parseCalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { periodOf } from './cut-off.js';
import { reportBaseOf } from './daily-report.assemble.js';
import type { DailyReportBody, ReportReference } from './daily-report.body.js';
import { computeDailyReport } from './daily-report.compute.js';
import { DailyReportStore, type FrozenReport } from './daily-report.store.js';
import type { ReportTotals } from './daily-report.totals.js';

export interface DailyReport {
  body: DailyReportBody;
  /** Sums by province and for the whole country. */
  totals: ReportTotals;
  /** True until the day's report is frozen: figures computed live from the ledger as it stands. */
  provisional: boolean;
  frozenAt: Date | null;
  missed: boolean;
  sha256: string | null;
}

const CACHED_DAYS = 32;

/** Keeps a day's entry, forgetting the oldest beyond CACHED_DAYS. */
function keep<V>(cache: Map<CalendarDay, V>, day: CalendarDay, value: V): V {
  cache.set(day, value);
  if (cache.size > CACHED_DAYS) cache.delete(cache.keys().next().value!);
  return value;
}

/**
 * The daily report of a working day: the frozen one (kept in memory once read), or until then a provisional
 * one computed live in one round trip, from the frozen report it follows and the ledger rows since.
 */
export class DailyReportService {
  private readonly frozen = new Map<CalendarDay, DailyReport>();
  /** The frozen report each day's provisional one builds on, as last seen; the computation checks it. */
  private readonly bases = new Map<CalendarDay, ReportReference | null>();
  private readonly reports: DailyReportStore;

  constructor(private readonly pool: pg.Pool, private readonly calendar: HolidayCalendar) {
    this.reports = new DailyReportStore(pool);
  }

  /** `date` as staff type it: Thai digits and Buddhist Era years accepted. */
  async report(date: string): Promise<DailyReport> {
    const day = parseCalendarDay(date, 'date');
    const cached = this.frozen.get(day);
    if (cached) return cached;
    // A day declared a holiday after its report was frozen keeps that report; no other day off has one.
    const kept = (await this.calendar.isWorkingDay(day)) ? undefined : await this.reports.find(day);
    if (kept) return this.remember(day, kept);
    const period = await periodOf(day, this.calendar);
    const base = this.bases.has(day) ? this.bases.get(day)! : ((await this.reports.latest(period.cutOff)) ?? null);
    const live = await computeDailyReport(this.pool, period, null, base, (baseDay) => this.frozenReport(baseDay));
    keep(this.bases, day, live.params.base);
    if (live.frozen) return this.frozenReport(day);
    return { body: live.sums.body(live.params), totals: live.totals, provisional: true, frozenAt: null, missed: false, sha256: null };
  }

  private async frozenReport(day: CalendarDay): Promise<DailyReport> {
    return this.frozen.get(day) ?? this.remember(day, (await this.reports.find(day))!);
  }

  private remember(day: CalendarDay, stored: FrozenReport): DailyReport {
    const cached = this.frozen.get(day);
    if (cached) return cached;
    const report = { ...reportBaseOf(stored.body), provisional: false, frozenAt: stored.frozenAt, missed: stored.missed, sha256: stored.sha256 };
    return keep(this.frozen, day, report);
  }
}
