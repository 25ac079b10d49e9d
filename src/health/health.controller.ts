import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, OWNER_POOL } from '../database/database.module.js';
import { migrationVersions } from '../database/migrate.js';
import { EVENT_STORE, type EventStore } from '../eventstore/event-store.port.js';
import { Public } from '../identity/sessions/staff-access.decorators.js';
import { ProjectionRunner } from '../projections/runner/projection-runner.js';
import { projectionStatuses } from '../projections/runner/projection-status.js';
import { databaseReady, migrationsReady, projectionsReady } from './readiness.js';

interface Response { status(code: number): unknown }

/**
 * `/health/live`: the process answers HTTP (a container's own health). `/health/ready`: it can serve, i.e. the
 * database answers, every migration found has run, and every projection runs (here or in another process) within
 * READY_MAX_LAG_EVENTS of the log. 200 with terminus's body when so; 503 with the failing indicators under `error`.
 * Open to everyone: the bodies hold names, states and counts, no personal data and no error text.
 */
@Controller('health')
export class HealthController {
  /** The migration files do not change while the process runs: read once. */
  private readonly versions = migrationVersions();

  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.versions.catch(() => undefined); // a failure is reported by the readiness check that awaits it
  }

  @Public()
  @Get('live')
  live(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.answer(response, []);
  }

  @Public()
  @Get('ready')
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.answer(response, [
      () => databaseReady(this.indicators, this.pool),
      () => migrationsReady(this.indicators, this.pool, this.versions),
      () => projectionsReady(this.indicators, () => projectionStatuses(this.pool, this.store, this.runner), this.config.readyMaxLagEvents),
    ]);
  }

  /** Terminus throws its 503 with the result as the body; the API's error filter would make any 5xx an internal error. */
  private async answer(response: Response, checks: Parameters<HealthCheckService['check']>[0]): Promise<HealthCheckResult> {
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
