import type pg from 'pg';
import { type CalendarDay, parseCalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { periodOf } from './cut-off.js';
import { comparePositions } from './daily-report.assemble.js';
import { baseOf, type DailyReportBody, type DailyReportParams, parseBody } from './daily-report.body.js';
import { computeDailyReport } from './daily-report.compute.js';
import { DailyReportStore, type FrozenReport } from './daily-report.store.js';
import { type ReportTotals, totalsOf } from './daily-report.totals.js';
import { ledgerPosition } from './report-ledger-position.js';

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

/** The daily report of a working day: the frozen one, or until then a provisional one computed live. */
export class DailyReportService {
  private readonly frozen = new Map<CalendarDay, DailyReport>();
  private readonly reports: DailyReportStore;

  constructor(private readonly pool: pg.Pool, private readonly calendar: HolidayCalendar) {
    this.reports = new DailyReportStore(pool);
  }

  /** `date` as staff type it: Thai digits and Buddhist Era years accepted. */
  async report(date: string): Promise<DailyReport> {
    const day = parseCalendarDay(date, 'date');
    const cached = this.frozen.get(day);
    if (cached) return cached;
    const stored = await this.reports.find(day);
    if (stored) return this.remember(day, stored);
    return this.provisional(day);
  }

  private async provisional(day: CalendarDay): Promise<DailyReport> {
    const period = await periodOf(day, this.calendar);
    const [base, { position: applied }] = await Promise.all([this.reports.latestBefore(period.cutOff, false), ledgerPosition(this.pool)]);
    const position = base && comparePositions(base.params.position, applied) > 0 ? base.params.position : applied;
    const [baseBody, chain] = await Promise.all([
      base ? this.bodyOf(base.params.day) : null,
      this.reports.chainUntil(base?.params.cutOff ?? null),
    ]);
    const params: DailyReportParams = { ...period, position, base: base ? baseOf(base.params) : null };
    const body = await computeDailyReport(this.pool, params, baseBody, chain);
    return { body, totals: totalsOf(body), provisional: true, frozenAt: null, missed: false, sha256: null };
  }

  private async bodyOf(day: CalendarDay): Promise<DailyReportBody> {
    const cached = this.frozen.get(day);
    if (cached) return cached.body;
    return this.remember(day, (await this.reports.find(day))!).body;
  }

  private remember(day: CalendarDay, stored: FrozenReport): DailyReport {
    const cached = this.frozen.get(day);
    if (cached) return cached;
    const body = parseBody(stored.body);
    const report = { body, totals: totalsOf(body), provisional: false, frozenAt: stored.frozenAt, missed: stored.missed, sha256: stored.sha256 };
    this.frozen.set(day, report);
    if (this.frozen.size > CACHED_DAYS) this.frozen.delete(this.frozen.keys().next().value!);
    return report;
  }
}
