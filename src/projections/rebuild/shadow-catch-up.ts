import type pg from 'pg';
import type { EventStore, LogPosition, StoredEvent } from '../../eventstore/event-store.port.js';
import { OpenedEvents } from '../runner/opened-events.js';
import type { Projection } from '../runner/projection.js';

export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  return a.globalPosition === b.globalPosition ? 0 : a.globalPosition < b.globalPosition ? -1 : 1;
}

export interface CatchUp {
  /** The connection whose search path puts the shadow schema first: the projections' SQL writes the shadow. */
  client: pg.ClientBase;
  /** More such connections (not with inTransaction): the projections are shared out among them all and applied side by side. */
  helpers?: readonly pg.ClientBase[];
  store: EventStore;
  projections: readonly Projection[];
  batchSize: number;
  /** Called after each batch with the events it held. */
  onBatch: (events: number, position: LogPosition) => Promise<void>;
  /** The client is in a transaction already: apply there, no transaction per batch. */
  inTransaction?: boolean;
  /** Asked before each batch: true stops the load with an error (the service is stopping). */
  cancelled?: () => boolean;
}

/** How far a load may go: a position, the head of the log (null), or asked again before each batch. */
export type Bound = LogPosition | null | (() => Promise<LogPosition | null>);

/**
 * Applies the log after `from`, never past `bound` (the live projection's checkpoint; null: to the head), to the
 * shadow tables with the projections' own code, one transaction per batch. Returns the position reached.
 */
export async function catchUpShadow(c: CatchUp, from: LogPosition, until: Bound): Promise<LogPosition> {
  const clients = [c.client, ...(c.inTransaction ? [] : c.helpers ?? [])];
  const groups = clients.map((client, i) => ({ client, projections: c.projections.filter((_, p) => p % clients.length === i) }))
    .filter((g) => g.projections.length > 0);
  let position = from;
  // Read as stored; each projection's events opened as it reads them (Projection.personalDataOf).
  const { log, opener } = OpenedEvents.of(c.store);
  // The next batch is read while this one is applied (a bound only grows while the rebuild lock is held).
  let next = log.readAll(position, c.batchSize);
  try {
    for (;;) {
      if (c.cancelled?.()) throw new Error('the rebuild was cancelled: the service is stopping');
      const bound = typeof until === 'function' ? await until() : until;
      const read = await next;
      const events = bound ? read.filter((e) => comparePositions(e.position, bound) <= 0) : read;
      if (events.length === 0) return position;
      const more = events.length === read.length && read.length === c.batchSize;
      if (more) next = log.readAll(events[events.length - 1].position, c.batchSize);
      await Promise.all(groups.map((g) => applyBatch(g.client, g.projections, events, opener, c.inTransaction ?? false)));
      position = events[events.length - 1].position;
      await c.onBatch(events.length, position);
      if (!more) return position;
    }
  } finally {
    next.catch(() => undefined); // a read in flight when the load ends is not wanted
  }
}

async function applyBatch(
  client: pg.ClientBase, projections: readonly Projection[], events: StoredEvent[], opener: OpenedEvents, inTransaction: boolean,
): Promise<void> {
  if (!inTransaction) await client.query('BEGIN');
  try {
    for (const projection of projections) await projection.apply(await opener.for(projection, events), client);
    if (!inTransaction) await client.query('COMMIT');
  } catch (error) {
    if (!inTransaction) await client.query('ROLLBACK');
    throw error;
  }
}

export interface LiveCheckpoint {
  position: LogPosition;
  failed: boolean;
}

/** The live projections' checkpoints (the start of the log for one that never ran). */
export async function liveCheckpoints(db: pg.ClientBase, names: readonly string[]): Promise<Map<string, LiveCheckpoint>> {
  const { rows } = await db.query(
    `SELECT name, transaction_id::text AS xid, global_position::text AS gp, state FROM projection_checkpoints WHERE name = ANY($1)`,
    [names],
  );
  const found = new Map(rows.map((r) => [r.name as string, {
    position: { transactionId: BigInt(r.xid), globalPosition: BigInt(r.gp) }, failed: r.state === 'FAILED',
  }]));
  return new Map(names.map((name) => [name, found.get(name) ?? { position: { transactionId: 0n, globalPosition: 0n }, failed: false }]));
}
