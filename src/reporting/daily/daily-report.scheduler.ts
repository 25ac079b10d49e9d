import type { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import type { Clock } from '../../shared/clock.js';
import { cutOffOf, lastCutOffDay, workingDaysBetween } from './cut-off.js';
import type { DailyReportFreezer } from './daily-report.freezer.js';
import type { DailyReportStore } from './daily-report.store.js';

export interface SchedulerOptions {
  /** Longest sleep between two looks at the calendar and the clock. */
  tickMs?: number;
  /** How many missed working days a start-up freezes at most (the latest ones). */
  maxCatchUpDays?: number;
  onError?: (error: unknown) => void;
}

/**
 * Freezes each working day's report at its 15:00 cut-off, by the service's Clock and the holiday table.
 * At start-up (and at every wake-up) it first freezes, oldest first, every past cut-off since the last
 * frozen report; with none frozen yet, the latest past cut-off only.
 */
export class DailyReportScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;

  constructor(
    private readonly clock: Clock,
    private readonly calendar: HolidayCalendar,
    private readonly reports: DailyReportStore,
    private readonly freezer: DailyReportFreezer,
    private readonly options: SchedulerOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.freezer.cancel();
    await this.running;
  }

  /** Freezes every due report not frozen yet; returns the days this call froze. */
  async freezeDue(): Promise<string[]> {
    const now = this.clock.now();
    const latest = await lastCutOffDay(now, this.calendar);
    const last = await this.reports.lastDay();
    const due = last === undefined ? [latest] : await workingDaysBetween(last, latest, this.calendar, this.options.maxCatchUpDays ?? 30);
    const frozen: string[] = [];
    for (const day of due) {
      const outcome = await this.freezer.freeze(day, this.clock.now());
      if (outcome === 'busy') break;
      if (outcome === 'frozen') frozen.push(day);
    }
    return frozen;
  }

  private wake(): void {
    if (this.stopped) return;
    this.running = this.freezeDue()
      .then(() => undefined, (error) => this.options.onError?.(error))
      .then(() => this.sleep());
  }

  /** Until the next cut-off, but never longer than a tick, so that clock and holiday changes are seen. */
  private async sleep(): Promise<void> {
    if (this.stopped) return;
    const tick = this.options.tickMs ?? 60_000;
    let wait = tick;
    try {
      const now = this.clock.now();
      const next = cutOffOf(await this.calendar.nextWorkingDay(new Date(now.getTime() - 86_400_000)));
      const upcoming = next > now ? next : cutOffOf(await this.calendar.nextWorkingDay(now));
      wait = Math.max(0, Math.min(tick, upcoming.getTime() - now.getTime()));
    } catch (error) {
      this.options.onError?.(error);
    }
    if (!this.stopped) this.timer = setTimeout(() => this.wake(), wait);
  }
}
