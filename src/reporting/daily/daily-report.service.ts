import type pg from 'pg';
import { type CalendarDay, parseCalendarDay } from '../../calendar/calendar-day.js';
import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import type { Clock } from '../../shared/clock.js';
import { periodOf } from './cut-off.js';
import { comparePositions } from './daily-report.assemble.js';
import { baseOf, type DailyReportBody, type DailyReportParams, parseBody } from './daily-report.body.js';
import { computeDailyReport } from './daily-report.compute.js';
import { DailyReportStore, type FrozenReport } from './daily-report.store.js';
import { ledgerPosition } from './report-ledger-position.js';

export interface DailyReport {
  body: DailyReportBody;
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

  constructor(private readonly pool: pg.Pool, private readonly calendar: HolidayCalendar, readonly clock: Clock) {
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
    const base = await this.reports.latestBefore(period.cutOff);
    const { position: applied } = await ledgerPosition(this.pool);
    const position = base && comparePositions(base.params.position, applied) > 0 ? base.params.position : applied;
    const baseBody = base ? this.bodyOf(base) : null;
    const chain = await this.reports.chainUntil(base?.params.cutOff ?? null);
    const params: DailyReportParams = { ...period, position, base: base ? baseOf(base.params) : null };
    const body = await computeDailyReport(this.pool, params, baseBody, chain);
    return { body, provisional: true, frozenAt: null, missed: false, sha256: null };
  }

  private bodyOf(report: FrozenReport): DailyReportBody {
    return this.remember(report.params.day, report).body;
  }

  private remember(day: CalendarDay, stored: FrozenReport): DailyReport {
    const cached = this.frozen.get(day);
    if (cached) return cached;
    const report = { body: parseBody(stored.body), provisional: false, frozenAt: stored.frozenAt, missed: stored.missed, sha256: stored.sha256 };
    this.frozen.set(day, report);
    if (this.frozen.size > CACHED_DAYS) this.frozen.delete(this.frozen.keys().next().value!);
    return report;
  }
}
