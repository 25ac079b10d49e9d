import type pg from 'pg';
import { type CalendarDay, parseCalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { scopeKey } from '../../database/request-scope.js';
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
  /** The frozen report's seal of the log (hex), null while provisional or never sealed. */
  seal: string | null;
}

const CACHED_DAYS = 32;
/** Frozen reports kept, of every area readers asked for. */
const CACHED_REPORTS = 256;

/** Keeps an entry, forgetting the oldest beyond `limit`. */
function keep<K, V>(cache: Map<K, V>, key: K, value: V, limit = CACHED_DAYS): V {
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
  return value;
}

/**
 * The daily report of a working day: the frozen one (kept in memory once read), or until then a provisional
 * one computed live in one round trip, from the frozen report it follows and the ledger rows since. Inside a
 * request the database answers in the reader's area (row-level security on the ledger, the frozen text cut to
 * the area), so a report holds the districts of that area and its sums are theirs; frozen reports are kept
 * per area (scopeKey).
 */
export class DailyReportService {
  private readonly frozen = new Map<string, DailyReport>();
  /** The frozen report each day's provisional one builds on, as last seen; the computation checks it. */
  private readonly bases = new Map<CalendarDay, ReportReference | null>();
  private readonly reports: DailyReportStore;

  constructor(private readonly pool: pg.Pool, private readonly calendar: HolidayCalendar) {
    this.reports = new DailyReportStore(pool);
  }

  /** `date` as staff type it: Thai digits and Buddhist Era years accepted. */
  async report(date: string): Promise<DailyReport> {
    const day = parseCalendarDay(date, 'date');
    const cached = this.frozen.get(`${scopeKey()}|${day}`);
    if (cached) return cached;
    // A day declared a holiday after its report was frozen keeps that report; no other day off has one.
    const kept = (await this.calendar.isWorkingDay(day)) ? undefined : await this.reports.find(day);
    if (kept) return this.remember(day, kept);
    const period = await periodOf(day, this.calendar);
    const base = this.bases.has(day) ? this.bases.get(day)! : ((await this.reports.latest(period.cutOff)) ?? null);
    const live = await computeDailyReport(this.pool, period, null, base, (baseDay) => this.frozenReport(baseDay));
    keep(this.bases, day, live.params.base);
    if (live.frozen) return this.frozenReport(day);
    return { body: live.sums.body(live.params), totals: live.totals, provisional: true, frozenAt: null, missed: false, sha256: null, seal: null };
  }

  private async frozenReport(day: CalendarDay): Promise<DailyReport> {
    return this.frozen.get(`${scopeKey()}|${day}`) ?? this.remember(day, (await this.reports.find(day))!);
  }

  private remember(day: CalendarDay, stored: FrozenReport): DailyReport {
    const key = `${scopeKey()}|${day}`;
    const cached = this.frozen.get(key);
    if (cached) return cached;
    const report = { ...reportBaseOf(stored.body), provisional: false, frozenAt: stored.frozenAt, missed: stored.missed, sha256: stored.sha256, seal: stored.seal };
    return keep(this.frozen, key, report, CACHED_REPORTS);
  }
}
