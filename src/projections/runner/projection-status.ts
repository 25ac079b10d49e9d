import type pg from 'pg';
import type { EventStore, OpenAppend } from '../../eventstore/event-store.port.js';
import { readCheckpoints } from './checkpoints.js';
import type { LocalState, ProjectionRunner } from './projection-runner.js';

export interface ProjectionStatus {
  name: string;
  state: LocalState;
  position: string;
  /** Committed events not yet applied, those waiting behind an open append included. */
  lagEvents: number;
  lagSeconds: number;
  /** The open append that holds committed events back from the projection, and how many. */
  heldBy: (OpenAppend & { eventsWaiting: number }) | null;
  lastError: string | null;
  failedEventId: string | null;
  updatedAt: Date | null;
}

/** Where each projection stands against the log: checkpoint, lag, what holds it back, state and the last failure. */
export async function projectionStatuses(pool: pg.Pool, store: EventStore, runner: ProjectionRunner, now = new Date()): Promise<ProjectionStatus[]> {
  const checkpoints = await readCheckpoints(pool);
  return Promise.all(runner.projections.map(async ({ name }) => {
    const row = checkpoints.get(name);
    const from = row?.position ?? { transactionId: 0n, globalPosition: 0n };
    const head = await store.head(from);
    const local = runner.localState(name) ?? 'STOPPED';
    return {
      name,
      state: row?.state === 'FAILED' ? 'FAILED' : local,
      position: from.globalPosition.toString(),
      lagEvents: head.eventsAfter,
      lagSeconds: head.oldestAfter ? Math.max(0, (now.getTime() - head.oldestAfter.getTime()) / 1000) : 0,
      heldBy: head.heldBack ? { ...head.heldBack.by, eventsWaiting: head.heldBack.events } : null,
      lastError: row?.lastError ?? null,
      failedEventId: row?.failedEventId ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  }));
}
