import type pg from 'pg';
import type { EventStore, LogPosition, ReadAllOptions, StoredEvent } from '../../eventstore/event-store.port.js';
import { advanceCheckpoint, recordFailure, resumeCheckpoint } from './checkpoints.js';
import { OpenedEvents } from './opened-events.js';
import { PollTicks } from './poll-ticks.js';
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
 * What became of a batch: every event applied; `applied` of them and then a failing event; nothing more
 * because a rebuild is swapping the projection's tables (held) or the checkpoint is not where this runner
 * left it (moved: a swap was undone and the tables it brought back stand at an earlier position).
 */
type BatchOutcome =
  | { kind: 'done' }
  | { kind: 'failed'; applied: number }
  | { kind: 'held'; applied: number }
  | { kind: 'moved'; applied: number; checkpoint: LogPosition };

type CommitOutcome = { kind: 'committed' } | { kind: 'error'; error: unknown } | { kind: 'held' } | { kind: 'moved'; checkpoint: LogPosition };

/**
 * Taken shared by each batch's transaction; a rebuild takes it exclusively while it compares the rebuilt
 * tables with these and swaps them (projections/rebuild), so the checkpoint stands still meanwhile.
 */
export const swapLockKey = (projection: string) => `projection-swap:${projection}`;

const GATE = `SELECT pg_try_advisory_xact_lock_shared(hashtext($1)) AS free, transaction_id::text AS xid, global_position::text AS gp
  FROM projection_checkpoints WHERE name = $2`;

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
  /** One read of each batch for all the projections of this runner, as stored (personal data sealed). */
  private readonly log: SharedLogReader;
  /** Each projection's events opened as it reads them (Projection.personalDataOf), each event at most once. */
  private readonly opener: OpenedEvents;
  /** The caught-up projections wait for the same ticks, and read their checkpoints and the log's tail once a tick. */
  private readonly ticks: PollTicks;
  /** The data every projection of this runner reads (Projection.dataOf): the log's other events come without theirs. */
  private readonly read: ReadAllOptions;

  constructor(
    private readonly pool: pg.Pool,
    store: EventStore,
    readonly projections: readonly Projection[],
    private readonly options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 2000;
    this.pollMs = options.pollMs ?? 200;
    this.standbyMs = options.standbyMs ?? 2000;
    const { log, opener } = OpenedEvents.of(store);
    this.log = new SharedLogReader(log);
    this.opener = opener;
    this.ticks = new PollTicks(this.pollMs);
    this.read = projections.some((p) => p.dataOf === undefined) ? {} : { dataOf: [...new Set(projections.flatMap((p) => p.dataOf!))].sort() };
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
   * read while the current one is applied, so reading the log and writing the read model overlap. While a
   * rebuild swaps the tables the batch waits; when the checkpoint moved under it, the runner resumes there.
   */
  private async follow(projection: Projection, client: pg.PoolClient): Promise<boolean> {
    let position = (await resumeCheckpoint(client, projection.name)).position;
    this.states.set(projection.name, 'RUNNING');
    let next = this.batchFor(projection, position);
    try {
      while (!this.stopping) {
        const batch = await next;
        if (batch.length === 0) {
          await this.ticks.next();
          position = (await this.ticks.checkpoint(client, projection.name)) ?? position; // an undone swap moves it back
          next = this.batchFor(projection, position);
          continue;
        }
        const last = batch[batch.length - 1].position;
        next = this.batchFor(projection, last);
        const outcome = await this.applyBatch(projection, client, batch, position);
        if (outcome.kind === 'done') {
          position = last;
          continue;
        }
        if (outcome.kind === 'failed') {
          this.states.set(projection.name, 'FAILED');
          return true;
        }
        next.catch(() => undefined);
        if (outcome.applied > 0) position = batch[outcome.applied - 1].position;
        if (outcome.kind === 'moved') position = outcome.checkpoint;
        else await sleep(this.pollMs);
        next = this.batchFor(projection, position);
      }
    } finally {
      next.catch(() => undefined); // a read in flight when the loop ends is not wanted any more
    }
    this.states.set(projection.name, 'STOPPED');
    return false;
  }

  /**
   * The batch after `from` as the projection reads it, its personal data opened: the next batch is read and opened
   * while the current one is applied, so fetching keys and opening overlap the projection's writes.
   */
  private batchFor(projection: Projection, from: LogPosition): Promise<StoredEvent[]> {
    return this.log.readAll(from, this.batchSize, this.read).then((batch) => this.opener.for(projection, batch));
  }

  /** Commits the whole batch (read from `from`), or on error each event alone up to the failing one. */
  private async applyBatch(projection: Projection, client: pg.PoolClient, batch: StoredEvent[], from: LogPosition): Promise<BatchOutcome> {
    const whole = await this.commit(projection, client, batch, from);
    if (whole.kind === 'committed') return { kind: 'done' };
    if (whole.kind !== 'error') return { ...whole, applied: 0 };
    for (const [i, event] of batch.entries()) {
      const one = await this.commit(projection, client, [event], i === 0 ? from : batch[i - 1].position);
      if (one.kind === 'held' || one.kind === 'moved') return { ...one, applied: i };
      if (one.kind === 'error') {
        await recordFailure(client, projection.name, event, one.error);
        this.options.onError?.(projection.name, one.error);
        return { kind: 'failed', applied: i };
      }
    }
    return { kind: 'done' };
  }

  /** Applies and moves the checkpoint from `from` in one transaction, unless a swap holds it or it moved. */
  private async commit(projection: Projection, client: pg.PoolClient, events: StoredEvent[], from: LogPosition): Promise<CommitOutcome> {
    const last: LogPosition = events[events.length - 1].position;
    await client.query('BEGIN');
    try {
      const { rows: [gate] } = await client.query(GATE, [swapLockKey(projection.name), projection.name]);
      if (!gate.free) {
        await client.query('ROLLBACK');
        return { kind: 'held' };
      }
      const checkpoint = { transactionId: BigInt(gate.xid), globalPosition: BigInt(gate.gp) };
      if (checkpoint.transactionId !== from.transactionId || checkpoint.globalPosition !== from.globalPosition) {
        await client.query('ROLLBACK');
        return { kind: 'moved', checkpoint };
      }
      await projection.apply(events, client);
      await advanceCheckpoint(client, projection.name, last);
      await client.query('COMMIT');
      return { kind: 'committed' };
    } catch (error) {
      await client.query('ROLLBACK');
      return { kind: 'error', error: error ?? new Error('projection failed without an error') };
    }
  }
}
