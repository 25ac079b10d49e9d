import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, OWNER_POOL } from '../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../eventstore/event-store.port.js';
import { METRICS, type Metrics } from '../metrics/metrics.js';
import { errorLogLine } from '../shared/error-log-line.js';
import { CaseHandoversResolver } from './case-handovers/case-handovers.resolver.js';
import { MonthlyReturnsResolver } from './monthly-returns/monthly-returns.resolver.js';
import { ComplaintListResolver } from './complaint-list/complaint-list.resolver.js';
import { ComplaintSearchResolver } from './complaint-search/complaint-search.resolver.js';
import { ComplaintStatusResolver } from './complaint-list/complaint-status.resolver.js';
import { DistrictCountsResolver } from './district-counts/district-counts.resolver.js';
import { DebtCasesResolver } from './debt-cases/debt-cases.resolver.js';
import { ComplaintMonthEndTimer } from './complaint-statistics/complaint-month-end.timer.js';
import { ComplaintStatisticsResolver } from './complaint-statistics/complaint-statistics.resolver.js';
import { ComplaintNewsResolver } from './complaint-news/complaint-news.resolver.js';
import { allProjections } from './projection-list.js';
import { ProjectionRebuildResolver } from './rebuild/projection-rebuild.resolver.js';
import { ProjectionRebuilder } from './rebuild/projection-rebuilder.js';
import { RebuildScheduleTimer } from './rebuild/rebuild-schedule.timer.js';
import { ProjectionRunner } from './runner/projection-runner.js';
import { ProjectionStatusResolver } from './runner/projection-status.resolver.js';
import { ReadModelChanges } from './runner/read-model-changes.js';
import { claimReadModelsLog } from './runner/read-models-log.js';
import { StreamCatalogueResolver } from './stream-catalogue/stream-catalogue.resolver.js';

const logger = new Logger('Projections');
const rebuildLogger = new Logger('ProjectionRebuild');

@Module({
  providers: [
    {
      provide: ProjectionRunner,
      inject: [OWNER_POOL, EVENT_STORE, APP_CONFIG],
      useFactory: (pool: pg.Pool, store: EventStore, config: AppConfig) =>
        new ProjectionRunner(pool, store, allProjections(), {
          pollMs: config.projectionPollMs,
          onError: (name, error) => logger.error(`${name}: ${errorLogLine(error)}`),
        }),
    },
    {
      provide: ProjectionRebuilder,
      inject: [OWNER_POOL, EVENT_STORE, ProjectionRunner, METRICS],
      useFactory: (pool: pg.Pool, store: EventStore, runner: ProjectionRunner, metrics: Metrics) =>
        new ProjectionRebuilder(pool, store, runner.projections, {
          log: (line) => rebuildLogger.log(line),
          onProgress: ({ names, processed, total }) => names.forEach((name) => metrics.recordRebuildProgress(name, processed, total)),
          // A projection that had stopped at a failing event and got tables that pass it goes on.
          onSwapped: (name) => runner.startOne(name),
        }),
    },
    {
      provide: ReadModelChanges,
      inject: [OWNER_POOL],
      useFactory: (pool: pg.Pool) => new ReadModelChanges(pool.options),
    },
    ProjectionRebuildResolver,
    RebuildScheduleTimer,
    ProjectionStatusResolver,
    StreamCatalogueResolver,
    DebtCasesResolver,
    DistrictCountsResolver,
    ComplaintListResolver,
    ComplaintStatusResolver,
    ComplaintSearchResolver,
    ComplaintStatisticsResolver,
    ComplaintMonthEndTimer,
    ComplaintNewsResolver,
    CaseHandoversResolver,
    MonthlyReturnsResolver,
  ],
  exports: [ProjectionRunner],
})
export class ProjectionsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(ProjectionRebuilder) private readonly rebuilder: ProjectionRebuilder,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ReadModelChanges) private readonly changes: ReadModelChanges,
  ) {}

  /** The read models must follow the configured log (read-models-log.ts): else the service does not start. */
  async onApplicationBootstrap(): Promise<void> {
    await claimReadModelsLog(this.pool, this.config.eventStore);
    await this.changes.listen();
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.rebuilder.stop();
    await this.runner.stop();
    await this.changes.close();
  }
}
