import type pg from 'pg';
import type { EventStore, LogPosition, StoredEvent } from '../../eventstore/event-store.port.js';
import { advanceCheckpoint, recordFailure, resumeCheckpoint } from './checkpoints.js';
import type { Projection } from './projection.js';
import { SharedLogReader } from './shared-log-reader.js';

export type LocalState = 'STARTING' | 'RUNNING' | 'STANDBY' | 'FAILED' | 'STOPPED';

export interface RunnerOptions {
  batchSize?: number;
  /** Wait between polls when the log has nothing new. */
  pollMs?: number;
  /** Wait between attempts to take over a projection another process runs. */
  standbyMs?: number;
  onError?: (projection: string, error: unknown) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Feeds each projection from the global log in batches. Each projection runs on its own connection that
 * holds a session advisory lock, so one process in the fleet runs it and the others stand by. The batch's
 * SQL and the checkpoint commit in one transaction. A failing event stops its projection only, after the
 * events before it have been committed.
 */
export class ProjectionRunner {
  private readonly states = new Map<string, LocalState>();
  private readonly loops = new Map<string, Promise<void>>();
  private stopping = false;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly standbyMs: number;
  /** One read of each batch for all the projections of this runner. */
  private readonly log: SharedLogReader;

  constructor(
    private readonly pool: pg.Pool,
    store: EventStore,
    readonly projections: readonly Projection[],
    private readonly options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 2000;
    this.pollMs = options.pollMs ?? 200;
    this.standbyMs = options.standbyMs ?? 2000;
    this.log = new SharedLogReader(store);
    for (const p of projections) this.states.set(p.name, 'STOPPED');
  }

  start(): void {
    this.stopping = false;
    for (const projection of this.projections) this.startOne(projection.name);
  }

  /** Starts a projection that is stopped or failed; a running one is left alone. */
  startOne(name: string): boolean {
    const projection = this.projections.find((p) => p.name === name);
    if (!projection || this.loops.has(name)) return false;
    this.states.set(name, 'STARTING');
    const loop = this.run(projection).finally(() => this.loops.delete(name));
    this.loops.set(name, loop);
    return true;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops.values());
  }

  localState(name: string): LocalState | undefined {
    return this.states.get(name);
  }

  private async run(projection: Projection): Promise<void> {
    while (!this.stopping) {
      let client: pg.PoolClient | undefined;
      try {
        client = await this.pool.connect();
        const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`projection:${projection.name}`]);
        if (!rows[0].locked) {
          this.states.set(projection.name, 'STANDBY');
          client.release();
          client = undefined;
          await sleep(this.standbyMs);
          continue;
        }
        const finished = await this.follow(projection, client);
        if (finished) return;
      } catch (error) {
        this.options.onError?.(projection.name, error);
        await sleep(this.pollMs);
      } finally {
        // Destroying the connection ends the session and with it the advisory lock.
        client?.release(true);
      }
    }
    this.states.set(projection.name, 'STOPPED');
  }

  /**
   * Runs while holding the lock. True when the projection stopped on a failing event. The next batch is
   * read while the current one is applied, so reading the log and writing the read model overlap.
   */
  private async follow(projection: Projection, client: pg.PoolClient): Promise<boolean> {
    let position = (await resumeCheckpoint(client, projection.name)).position;
    this.states.set(projection.name, 'RUNNING');
    let next = this.log.readAll(position, this.batchSize);
    try {
      while (!this.stopping) {
        const batch = await next;
        if (batch.length === 0) {
          await sleep(this.pollMs);
          next = this.log.readAll(position, this.batchSize);
          continue;
        }
        const last = batch[batch.length - 1].position;
        next = this.log.readAll(last, this.batchSize);
        const applied = await this.applyBatch(projection, client, batch);
        if (applied === batch.length) {
          position = last;
          continue;
        }
        this.states.set(projection.name, 'FAILED');
        return true;
      }
    } finally {
      next.catch(() => undefined); // a read in flight when the loop ends is not wanted any more
    }
    this.states.set(projection.name, 'STOPPED');
    return false;
  }

  /** Commits the whole batch, or on error each event alone up to the failing one. Returns how many. */
  private async applyBatch(projection: Projection, client: pg.PoolClient, batch: StoredEvent[]): Promise<number> {
    if ((await this.commit(projection, client, batch)) === undefined) return batch.length;
    for (const [i, event] of batch.entries()) {
      const error = await this.commit(projection, client, [event]);
      if (error !== undefined) {
        await recordFailure(client, projection.name, event, error);
        this.options.onError?.(projection.name, error);
        return i;
      }
    }
    return batch.length;
  }

  /** Applies and moves the checkpoint in one transaction: undefined when committed, else the error. */
  private async commit(projection: Projection, client: pg.PoolClient, events: StoredEvent[]): Promise<unknown> {
    const last: LogPosition = events[events.length - 1].position;
    await client.query('BEGIN');
    try {
      await projection.apply(events, client);
      await advanceCheckpoint(client, projection.name, last);
      await client.query('COMMIT');
      return undefined;
    } catch (error) {
      await client.query('ROLLBACK');
      return error ?? new Error('projection failed without an error');
    }
  }
}
