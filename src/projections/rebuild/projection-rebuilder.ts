import type pg from 'pg';
import { type EventStore, type LogPosition, START_OF_LOG } from '../../eventstore/event-store.port.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import type { Projection } from '../runner/projection.js';
import { rebuildRunning, unknownProjection } from './rebuild-errors.js';
import {
  abandonDeadRuns, finishRun, listRuns, REBUILD_LOCK, releaseRebuildLock, type RebuildMode, type RebuildRun, type RebuildStage, type RebuildState,
  setProcessed, setStage, setVerification, startRun, type Verification,
} from './rebuild-runs.js';
import { catchUpShadow, comparePositions, liveCheckpoints } from './shadow-catch-up.js';
import { verifyAndSwap } from './verify-and-swap.js';
import { createShadowTable, ident, indexShadowTable, liveSchema, resetShadowSchema, SHADOW_SCHEMA } from './shadow-tables.js';

export interface RebuildRequest {
  /** Null: every projection. */
  names: readonly string[] | null;
  mode: RebuildMode;
  acceptDifferences: boolean;
  /** `account:<id>`, `cli:<user>` or `schedule`. */
  requestedBy: string;
}

export interface RebuildProgress {
  runId: string;
  stage: RebuildStage;
  /** The projection of the stage; null while all of them load together. */
  projection: string | null;
  /** The projections `processed` counts for: that one, or all of the run's while they load together. */
  names: readonly string[];
  processed: number;
  total: number;
}

export interface RebuilderOptions {
  /** Events per transaction of the shadow's load. */
  batchSize?: number;
  /** Connections loading side by side, the projections shared out among them (3 unless told; 1 + this while it runs). */
  parallel?: number;
  /** Differences kept per projection (all are counted). */
  show?: number;
  /** How long the swap waits for the live tables' readers before it gives up (the run fails, nothing changes). */
  swapLockTimeoutMs?: number;
  /** One line per stage. */
  log?: (line: string) => void;
  onProgress?: (progress: RebuildProgress) => void;
  /** A projection's tables were swapped (or swapped back): the service starts its runner should it have stopped. */
  onSwapped?: (projection: string) => void;
}

/** A run that has begun: its record, and the promise of its end (never rejected: a failure is its FAILED state). */
export interface StartedRebuild {
  run: RebuildRun;
  done: Promise<RebuildRun>;
}

/**
 * Rebuilds projections from the start of the log into shadow tables (schema damrong_rebuild) with their own code,
 * while the live ones serve and follow the log; brings each shadow to the live checkpoint, compares them table by
 * table with the live runner held still, and swaps them in one transaction (REBUILD: when they agree, or when told
 * to accept differences). The replaced tables wait in damrong_previous for an undo (projection-undo.ts).
 */
export class ProjectionRebuilder {
  private readonly batchSize: number;
  private readonly show: number;
  private stopping = false;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    readonly projections: readonly Projection[],
    readonly options: RebuilderOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 20_000;
    this.show = options.show ?? 20;
  }

  select(names: readonly string[] | null): Projection[] {
    if (names === null) return [...this.projections];
    return names.map((name) => this.projections.find((p) => p.name === name) ?? (() => { throw unknownProjection(name); })());
  }

  /** Takes the rebuild lock (REBUILD_RUNNING when another run has it) and records the run; the work goes on in the background. */
  async start(request: RebuildRequest): Promise<StartedRebuild> {
    const selected = this.select(request.names);
    if (this.stopping) throw new Error('the service is stopping');
    const lock = await this.pool.connect();
    try {
      const { rows: [held] } = await lock.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked, pg_backend_pid() AS pid', [REBUILD_LOCK]);
      if (!held.locked) throw rebuildRunning();
      await abandonDeadRuns(lock);
      const eventsTotal = (await this.store.head(START_OF_LOG)).eventsAfter;
      const id = await startRun(lock, { ...request, projections: selected.map((p) => p.name), pid: held.pid, eventsTotal });
      const [run] = await listRuns(lock, 1, { id });
      const done = this.execute(run, selected, lock, eventsTotal)
        .finally(() => releaseRebuildLock(lock))
        .then(async () => (await listRuns(this.pool, 1, { id }))[0]);
      this.running = done.catch(() => undefined);
      return { run, done };
    } catch (error) {
      await releaseRebuildLock(lock);
      throw error;
    }
  }

  /** Stops a run of this process at its next batch (it ends FAILED, the live projections untouched) and waits for it. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private log(run: RebuildRun, line: string): void {
    this.options.log?.(`rebuild ${run.id} (${run.mode}): ${line}`);
  }

  private async stage(run: RebuildRun, stage: RebuildStage, line: string): Promise<void> {
    await setStage(this.pool, run.id, stage);
    this.log(run, `${stage} ${line}`);
  }

  private async execute(run: RebuildRun, projections: Projection[], client: pg.PoolClient, total: number): Promise<void> {
    const processed = new Map(projections.map((p) => [p.name, 0]));
    let helpers: pg.PoolClient[] = [];
    const progress = async (stage: RebuildStage, projection: string | null, events: number) => {
      for (const name of projection ? [projection] : processed.keys()) processed.set(name, processed.get(name)! + events);
      await setProcessed(this.pool, run.id, processed);
      const done = projection ? processed.get(projection)! : Math.min(...processed.values());
      this.options.onProgress?.({ runId: run.id, stage, projection, names: projection ? [projection] : [...processed.keys()], processed: done, total });
    };
    try {
      await client.query('SET statement_timeout = 0'); // comparing or indexing big tables takes what it takes
      const live = await liveSchema(client);
      await this.stage(run, 'PREPARING', `${projections.map((p) => p.name).join(', ')}: shadow tables in ${SHADOW_SCHEMA}`);
      await resetShadowSchema(client);
      for (const table of projections.flatMap((p) => p.tables)) await createShadowTable(client, live, table);
      await client.query(`SET search_path = ${ident(SHADOW_SCHEMA)}, ${ident(live)}`);
      for (const projection of projections) await projection.seed?.(client);

      await this.stage(run, 'CATCHING_UP', `${total} events in the log`);
      helpers = await this.helpers(Math.min(this.options.parallel ?? 3, projections.length) - 1, live);
      const catchUp = { client, store: this.store, batchSize: this.batchSize, cancelled: () => this.stopping };
      const names = projections.map((p) => p.name);
      const bound = async () => lowestLive(await liveCheckpoints(client, names));
      const loaded = await catchUpShadow({ ...catchUp, helpers, projections, onBatch: (n) => progress('CATCHING_UP', null, n) }, START_OF_LOG, bound);
      for (const helper of helpers.splice(0)) helper.release(true);

      await this.stage(run, 'INDEXING', 'the other indexes and planner statistics');
      for (const table of projections.flatMap((p) => p.tables)) await indexShadowTable(client, live, table);

      let state: RebuildState = run.mode === 'REBUILD' ? 'SWAPPED' : 'VERIFIED';
      for (const projection of projections) {
        const onBatch = (n: number) => progress('CATCHING_UP', projection.name, n);
        const verification = await this.finish(run, projection, live, { ...catchUp, projections: [projection], onBatch }, loaded);
        await setVerification(this.pool, run.id, projection.name, verification);
        if (verification.swapped) this.options.onSwapped?.(projection.name);
        if (!verification.swapped && (verification.differences > 0 || verification.positionsDiffer)) state = 'DIFFERENT';
      }
      await client.query(`DROP SCHEMA ${ident(SHADOW_SCHEMA)} CASCADE`);
      await finishRun(this.pool, run.id, state);
      this.log(run, `DONE ${state}`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.query(`DROP SCHEMA IF EXISTS ${ident(SHADOW_SCHEMA)} CASCADE`).catch(() => undefined);
      await finishRun(this.pool, run.id, 'FAILED', errorLogLine(error)).catch(() => undefined);
      this.log(run, `FAILED ${errorLogLine(error)}`);
    } finally {
      for (const helper of helpers) helper.release(true);
    }
  }

  /** Connections for the load beside the run's own, writing the shadow schema first. */
  private async helpers(count: number, live: string): Promise<pg.PoolClient[]> {
    const helpers: pg.PoolClient[] = [];
    try {
      for (let i = 0; i < count; i++) {
        const helper = await this.pool.connect();
        helpers.push(helper);
        await helper.query(`SET statement_timeout = 0; SET search_path = ${ident(SHADOW_SCHEMA)}, ${ident(live)}`);
      }
      return helpers;
    } catch (error) {
      for (const helper of helpers) helper.release(true);
      throw error;
    }
  }

  /** The projection's shadow brought to the live checkpoint, compared and (REBUILD) swapped: verify-and-swap.ts. */
  private finish(
    run: RebuildRun, projection: Projection, live: string, catchUp: Parameters<typeof catchUpShadow>[0], from: LogPosition,
  ): Promise<Verification> {
    return verifyAndSwap({
      run, projection, live, catchUp, from, show: this.show, swapLockTimeoutMs: this.options.swapLockTimeoutMs ?? 10_000,
      stage: (stage, line) => this.stage(run, stage, line),
      log: (line) => this.log(run, line),
    });
  }
}

/** Where every live projection of the run has got to: the bulk load goes no further. Null when all of them stopped. */
function lowestLive(checkpoints: Map<string, { position: LogPosition; failed: boolean }>): LogPosition | null {
  const running = [...checkpoints.values()].filter((c) => !c.failed).map((c) => c.position);
  return running.length === 0 ? null : running.reduce((a, b) => (comparePositions(a, b) <= 0 ? a : b));
}
