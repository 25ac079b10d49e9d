import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, OWNER_POOL } from '../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../eventstore/event-store.port.js';
import { Public } from '../identity/sessions/staff-access.decorators.js';
import { ProjectionRunner } from '../projections/runner/projection-runner.js';
import { projectionStatuses } from '../projections/runner/projection-status.js';
import { DailyReportStore } from '../reporting/daily/daily-report.store.js';
import { errorLogLine } from '../shared/error-log-line.js';
import { checkMetricsAccess, type MetricsRequest } from './metrics-access.js';
import { METRICS, type Metrics } from './metrics.js';

const logger = new Logger('Metrics');

interface Response {
  setHeader(name: string, value: string): void;
  send(body: string): void;
}

/** GET /metrics in Prometheus's text format, for the bearer of METRICS_TOKEN (or loopback while it is unset). */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(METRICS) private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  /** Public to StaffGuard (no session): the token, or the loopback address, is the check. */
  @Public()
  @Get()
  async scrape(@Req() request: MetricsRequest, @Res() response: Response): Promise<void> {
    checkMetricsAccess(this.config.metricsToken, request);
    try {
      const [statuses, lastDay] = await Promise.all([
        projectionStatuses(this.pool, this.store, this.runner),
        new DailyReportStore(this.pool).lastDay(),
      ]);
      this.metrics.sample(statuses, lastDay);
    } catch (error) {
      // The process's own metrics are worth most when the database is away: they are answered all the same.
      logger.warn(`sampling the database for /metrics: ${errorLogLine(error)}`);
      this.metrics.sampleFailed();
    }
    response.setHeader('content-type', this.metrics.contentType);
    response.setHeader('cache-control', 'no-store');
    response.send(await this.metrics.text());
  }
}
