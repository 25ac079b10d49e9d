import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { scheduleCron } from '../../config/rebuild-schedule.js';
import { APP_CONFIG, CLOCK } from '../../database/database.module.js';
import type { Clock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import { RetentionJob } from './retention-job.js';

const logger = new Logger('RetentionSchedule');
/** The timer looks again at least this often, so that a clock set forward (CLOCK_START) is noticed. */
const MAX_WAIT_MS = 60_000;

/**
 * Runs the retention job daily at RETENTION_RUN_AT (Asia/Bangkok) by the service's clock, from croner; none when it
 * is `off` (the tests). Every instance looks; a due instant runs once across them (its run is `schedule:<instant>`,
 * unique, and the job's lock keeps a second one out).
 */
@Injectable()
export class RetentionScheduleTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private lastLook = new Date(0);
  private readonly cron?: ReturnType<typeof scheduleCron>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RetentionJob) private readonly job: RetentionJob,
  ) {
    const at = config.retention.runAt;
    this.cron = at ? scheduleCron(`${at.minute} ${at.hour} * * *`) : undefined;
  }

  onApplicationBootstrap(): void {
    if (!this.cron) return;
    this.lastLook = this.clock.now();
    this.arm();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  private arm(): void {
    const next = this.cron!.nextRun(this.lastLook)?.getTime() ?? Infinity;
    const wait = Math.max(0, Math.min(next - this.clock.now().getTime(), MAX_WAIT_MS));
    this.timer = setTimeout(() => void this.look(), wait);
    this.timer.unref();
  }

  /** Runs the job when its instant passed since the last look (once, however many passed). */
  private async look(): Promise<void> {
    const now = this.clock.now();
    const due = this.cron!.nextRun(this.lastLook);
    this.lastLook = now;
    if (due && due.getTime() <= now.getTime()) {
      try {
        await this.job.run(`schedule:${due.toISOString()}`);
      } catch (error) {
        logger.warn(`retention due ${due.toISOString()} not run: ${error instanceof DomainError ? error.code : errorLogLine(error)}`);
      }
    }
    this.arm();
  }
}
