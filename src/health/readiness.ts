import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type pg from 'pg';
import { pendingMigrations } from '../database/migrate.js';
import type { ProjectionStatus } from '../projections/runner/projection-status.js';

/** States a projection may be in for the service to be ready: running here, or standing by for the process that runs it. */
const READY_STATES: ReadonlySet<ProjectionStatus['state']> = new Set(['RUNNING', 'STANDBY']);
const DATABASE_TIMEOUT_MS = 3000;

/** The database answers a query within three seconds; down says `timeout` or `unreachable`, never the driver's message. */
export async function databaseReady(indicators: HealthIndicatorService, pool: pg.Pool): Promise<HealthIndicatorResult> {
  const check = indicators.check('database');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), DATABASE_TIMEOUT_MS); });
  const answer = pool.query('SELECT 1').then(() => 'up' as const, () => 'unreachable' as const);
  try {
    const outcome = await Promise.race([answer, late]);
    return outcome === 'up' ? check.up() : check.down({ reason: outcome });
  } finally {
    clearTimeout(timer);
  }
}

/** Every migration file found has run (`versions`: the files' versions); down with the pending versions otherwise. */
export async function migrationsReady(indicators: HealthIndicatorService, pool: pg.Pool, versions: Promise<number[]>): Promise<HealthIndicatorResult> {
  const check = indicators.check('migrations');
  try {
    const pending = await pendingMigrations(pool, await versions);
    return pending.length === 0 ? check.up() : check.down({ pending });
  } catch {
    return check.down({ reason: 'unreadable' });
  }
}

/**
 * One indicator per projection, `projection:<name>`: up while it runs here or stands by for another process and
 * trails the log by at most `maxLagEvents`; down with its state and lag otherwise. Its error is never shown.
 */
export async function projectionsReady(
  indicators: HealthIndicatorService, statuses: () => Promise<ProjectionStatus[]>, maxLagEvents: number,
): Promise<HealthIndicatorResult> {
  let all: ProjectionStatus[];
  try {
    all = await statuses();
  } catch {
    return indicators.check('projections').down({ reason: 'unreadable' });
  }
  return Object.assign({}, ...all.map((status) => {
    const check = indicators.check(`projection:${status.name}`);
    const facts = { state: status.state, lagEvents: status.lagEvents, maxLagEvents };
    return READY_STATES.has(status.state) && status.lagEvents <= maxLagEvents ? check.up(facts) : check.down(facts);
  })) as HealthIndicatorResult;
}
