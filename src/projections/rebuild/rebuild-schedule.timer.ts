import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import { verifyFrozenReports } from '../../audit/frozen-reports/frozen-reports.verify.js';
import { type AppConfig, ConfigError } from '../../config/config.js';
import { type ScheduledRebuild, scheduleCron } from '../../config/rebuild-schedule.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import type { Clock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';

const logger = new Logger('RebuildSchedule');
/** The timer looks again at least this often, so that a clock set forward (CLOCK_START) is noticed. */
const MAX_WAIT_MS = 60_000;

/**
 * Starts the rebuilds and verifications of REBUILD_SCHEDULE when due by the service's clock (CLOCK_START moves it):
 * each entry's next instant after the last look, from croner, in Asia/Bangkok. A due run is started once across
 * the replicas (its requestedBy is `schedule:<instant>`; the rebuild lock and that record keep a second one out).
 * A run over every projection then verifies the frozen reports and month ends against the log, a line for each
 * that differs.
 */
@Injectable()
export class RebuildScheduleTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private lastLook = new Date(0);
  private readonly entries: { entry: ScheduledRebuild; cron: ReturnType<typeof scheduleCron> }[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(ProjectionRebuilder) private readonly rebuilder: ProjectionRebuilder,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.entries = config.rebuildSchedule.map((entry) => ({ entry, cron: scheduleCron(entry.cron) }));
  }

  onApplicationBootstrap(): void {
    for (const { entry } of this.entries) {
      if (entry.projection && !this.rebuilder.projections.some((p) => p.name === entry.projection)) {
        throw new ConfigError('REBUILD_SCHEDULE', `there is no projection named ${entry.projection}`);
      }
    }
    if (this.entries.length === 0) return;
    this.lastLook = this.clock.now();
    this.arm();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  private arm(): void {
    const next = Math.min(...this.entries.map(({ cron }) => cron.nextRun(this.lastLook)?.getTime() ?? Infinity));
    const wait = Math.max(0, Math.min(next - this.clock.now().getTime(), MAX_WAIT_MS));
    this.timer = setTimeout(() => void this.look(), wait);
    this.timer.unref();
  }

  /** Starts every entry due since the last look (once, however many of its instants passed). */
  async look(): Promise<void> {
    const now = this.clock.now();
    for (const { entry, cron } of this.entries) {
      const due = cron.nextRun(this.lastLook);
      if (due && due.getTime() <= now.getTime()) await this.fire(entry, due);
    }
    this.lastLook = now;
    this.arm();
  }

  /** After a run over every projection, the frozen reports (never rebuilt): a line per one that differs, and the counts. */
  private async verifyFrozenReports(runId: string): Promise<void> {
    const { checked, matching, differing } = await verifyFrozenReports(this.pool, this.store);
    for (const report of differing) logger.warn(`rebuild ${runId}: frozen ${report.kind} ${report.key} differs from the log (offices ${report.offices.join(',') || '—'})`);
    logger.log(`rebuild ${runId}: ${checked} frozen reports checked, ${matching} match the log, ${differing.length} differ`);
  }

  private async fire(entry: ScheduledRebuild, due: Date): Promise<void> {
    const requestedBy = `schedule:${due.toISOString()}`;
    const what = `${entry.mode} ${entry.projection ?? 'every projection'} due ${due.toISOString()} (${entry.cron})`;
    try {
      const { rows } = await this.pool.query('SELECT FROM projection_rebuilds WHERE requested_by = $1', [requestedBy]);
      if (rows.length > 0) return;
      const { run, done } = await this.rebuilder.start({
        names: entry.projection ? [entry.projection] : null, mode: entry.mode, acceptDifferences: false, requestedBy,
      });
      logger.log(`started rebuild ${run.id}: ${what}`);
      const finished = entry.projection ? done : done.then(() => this.verifyFrozenReports(run.id));
      finished.catch((error) => logger.error(`rebuild ${run.id}: ${errorLogLine(error)}`));
    } catch (error) {
      logger.warn(`${what} not started: ${error instanceof DomainError ? error.code : errorLogLine(error)}`);
    }
  }
}
