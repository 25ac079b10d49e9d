import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppendObserver, CommandObserver, CommandOutcome } from '../eventstore/observers.js';
import type { OperationLabels, OperationObserver } from '../graphql/operation-timing.plugin.js';
import type { SignInObserver } from '../identity/sign-in/sign-in.js';
import type { ProjectionStatus } from '../projections/runner/projection-status.js';
import type { FreezeObserver, FreezeOutcome } from '../reporting/daily/daily-report.freezer.js';

/** Injection token of the app's Metrics (one registry per app instance, never prom-client's global one). */
export const METRICS = Symbol('Metrics');

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const FREEZE_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
const STATES: readonly ProjectionStatus['state'][] = ['STARTING', 'RUNNING', 'STANDBY', 'FAILED', 'STOPPED'];

/**
 * The Node process's own metrics (CPU, memory, event loop, GC), one set per process: the event loop monitor and the
 * GC observer they start never stop, so each app of a process (tests start several) shares them.
 */
let processMetrics: Registry | undefined;
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics, prefix: 'damrong_' });
  }
  return processMetrics;
}

/**
 * The service's Prometheus metrics, all named `damrong_*`, in a registry of their own (each app instance has one,
 * so several apps in one process do not collide). The write side, sign-in and the freeze report to it as they
 * work; projection positions and the last frozen day are sampled at each scrape (`sample`); `text()` adds the
 * process's own metrics. No label holds
 * personal data: commands, codes, projections and operations are names from the code or the schema.
 */
export class Metrics implements CommandObserver, AppendObserver, SignInObserver, FreezeObserver, OperationObserver {
  private readonly registry = new Registry();
  readonly contentType = this.registry.contentType;
  private readonly commands = new Counter({
    name: 'damrong_commands_total', help: 'Commands handled by the CommandBus, by command type and outcome.',
    labelNames: ['command', 'outcome'], registers: [this.registry],
  });
  private readonly commandSeconds = new Histogram({
    name: 'damrong_command_duration_seconds', help: 'Time of one command through the CommandBus (read, decide, append), by command type.',
    labelNames: ['command'], buckets: LATENCY_BUCKETS, registers: [this.registry],
  });
  private readonly appendSeconds = new Histogram({
    name: 'damrong_event_append_duration_seconds', help: 'Time of one append to the event log (one statement, its retries included).',
    buckets: LATENCY_BUCKETS, registers: [this.registry],
  });
  private readonly eventsAppended = new Counter({
    name: 'damrong_events_appended_total', help: 'Events this process stored in the log (events per second: rate() of it).',
    registers: [this.registry],
  });
  private readonly projectionPosition = new Gauge({
    name: 'damrong_projection_position', help: 'Global position of the last event a projection applied (its checkpoint).',
    labelNames: ['projection'], registers: [this.registry],
  });
  private readonly projectionLagEvents = new Gauge({
    name: 'damrong_projection_lag_events', help: 'Committed events a projection has not applied yet.',
    labelNames: ['projection'], registers: [this.registry],
  });
  private readonly projectionLagSeconds = new Gauge({
    name: 'damrong_projection_lag_seconds', help: 'Age in seconds of the oldest event a projection has not applied (0 when caught up).',
    labelNames: ['projection'], registers: [this.registry],
  });
  private readonly projectionState = new Gauge({
    name: 'damrong_projection_state', help: 'A projection\'s state in this process: 1 for the state it is in, 0 for the others.',
    labelNames: ['projection', 'state'], registers: [this.registry],
  });
  private readonly rebuildProcessed = new Gauge({
    name: 'damrong_rebuild_events_processed', help: 'Events a projection\'s rebuild has applied so far.',
    labelNames: ['projection'], registers: [this.registry],
  });
  private readonly rebuildTotal = new Gauge({
    name: 'damrong_rebuild_events_total', help: 'Events a projection\'s rebuild has to apply in all.',
    labelNames: ['projection'], registers: [this.registry],
  });
  private readonly freezeSeconds = new Histogram({
    name: 'damrong_daily_report_freeze_duration_seconds', help: 'Time of one daily report freeze, by outcome (frozen, exists, busy, failed).',
    labelNames: ['outcome'], buckets: FREEZE_BUCKETS, registers: [this.registry],
  });
  private readonly lastFrozenDay = new Gauge({
    name: 'damrong_daily_report_last_frozen_day', help: 'The latest frozen daily report\'s day as the number YYYYMMDD (Gregorian; 0 when none).',
    registers: [this.registry],
  });
  private readonly signInFailures = new Counter({
    name: 'damrong_sign_in_failures_total', help: 'Refused sign-ins, by the refusal\'s code (SIGN_IN_FAILED, ACCOUNT_LOCKED, ...).',
    labelNames: ['code'], registers: [this.registry],
  });
  private readonly lockouts = new Counter({
    name: 'damrong_sign_in_lockouts_total', help: 'Wrong passwords that locked a user name at a client address.',
    registers: [this.registry],
  });
  private readonly sampled = new Gauge({
    name: 'damrong_metrics_sample_success', help: 'Whether this scrape read the projections and the last frozen day from the database (1) or not (0: their values are the last read).',
    registers: [this.registry],
  });
  private readonly graphqlSeconds = new Histogram({
    name: 'damrong_graphql_operation_duration_seconds',
    help: 'Time of one GraphQL operation, by type, operation name (first names seen; "anonymous", "other") and first root field.',
    labelNames: ['type', 'operation', 'root_field'], buckets: LATENCY_BUCKETS, registers: [this.registry],
  });

  constructor() {
    this.eventsAppended.inc(0);
    this.lockouts.inc(0);
    this.lastFrozenDay.set(0);
  }

  commandHandled(command: string, outcome: CommandOutcome, seconds: number): void {
    this.commands.inc({ command, outcome });
    this.commandSeconds.observe({ command }, seconds);
  }

  appended(seconds: number, events: number): void {
    this.appendSeconds.observe(seconds);
    if (events > 0) this.eventsAppended.inc(events);
  }

  signInRefused(code: string): void {
    this.signInFailures.inc({ code });
  }

  lockedOut(): void {
    this.lockouts.inc();
  }

  operationTimed({ type, operation, rootField }: OperationLabels, seconds: number): void {
    this.graphqlSeconds.observe({ type, operation, root_field: rootField }, seconds);
  }

  freezeTimed(outcome: FreezeOutcome | 'failed', seconds: number): void {
    this.freezeSeconds.observe({ outcome }, seconds);
  }

  /**
   * A rebuild's progress: `processed` of `total` events applied to `projection`'s new read model. Call it as the
   * rebuild goes (each batch) and once at its end; the gauges keep the last values until the next rebuild.
   */
  recordRebuildProgress(projection: string, processed: number, total: number): void {
    this.rebuildProcessed.set({ projection }, processed);
    this.rebuildTotal.set({ projection }, total);
  }

  /** The scrape-time values: where each projection stands, and the last frozen day (YYYY-MM-DD), when any. */
  sample(statuses: readonly ProjectionStatus[], lastFrozenDay: string | undefined): void {
    for (const status of statuses) {
      const projection = status.name;
      this.projectionPosition.set({ projection }, Number(status.position));
      this.projectionLagEvents.set({ projection }, status.lagEvents);
      this.projectionLagSeconds.set({ projection }, status.lagSeconds);
      for (const state of STATES) this.projectionState.set({ projection, state }, state === status.state ? 1 : 0);
    }
    this.lastFrozenDay.set(lastFrozenDay ? Number(lastFrozenDay.replaceAll('-', '')) : 0);
    this.sampled.set(1);
  }

  /** The scrape's answer: this app's metrics and the process's, in Prometheus's text format. */
  text(): Promise<string> {
    return Registry.merge([this.registry, processRegistry()]).metrics();
  }

  /** The database could not be read for this scrape: the sampled values stay as last read. */
  sampleFailed(): void {
    this.sampled.set(0);
  }
}
