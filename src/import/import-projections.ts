import type pg from 'pg';
import { START_OF_LOG, type EventStore } from '../eventstore/event-store.port.js';
import { reached } from '../eventstore/log-position-text.js';
import { allProjections } from '../projections/projection-list.js';
import { readCheckpoints } from '../projections/runner/checkpoints.js';
import { ProjectionRunner } from '../projections/runner/projection-runner.js';

const POLL_MS = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs an import with the read models its rules read (`names`: the debt case list, whose checkpoint the open-case
 * rule reads the log from) caught up to the log's head first, and following the log while it runs: the rule then
 * reads a short tail of the log past the list, not every event written since the list last ran. The projections run
 * here as the service runs them (one process of the fleet at a time: when the service runs one, this waits for it to
 * reach the head instead). One stopped at a failing event is not waited for (`log` says so): the rule still holds,
 * as it reads the log past the list whatever its lag, only slower.
 */
export async function withProjectionsFollowing<T>(
  pool: pg.Pool, store: EventStore, names: readonly string[], work: () => Promise<T>, log: (line: string) => void = () => undefined,
): Promise<T> {
  const projections = allProjections().filter((p) => names.includes(p.name));
  if (projections.length === 0) return work();
  const runner = new ProjectionRunner(pool, store, projections, { pollMs: POLL_MS });
  runner.start();
  try {
    await caughtUp(pool, store, names, log);
    const result = await work();
    await caughtUp(pool, store, names, () => undefined);
    return result;
  } finally {
    await runner.stop();
  }
}

/** Resolves once each projection has reached the event last in the log when it was called, or has stopped at a failing one. */
async function caughtUp(pool: pg.Pool, store: EventStore, names: readonly string[], log: (line: string) => void): Promise<void> {
  const { position: head } = await store.head(START_OF_LOG);
  const waiting = new Set(names);
  let told = false;
  while (waiting.size > 0) {
    const checkpoints = await readCheckpoints(pool);
    for (const name of waiting) {
      const checkpoint = checkpoints.get(name);
      if (checkpoint && reached(checkpoint.position, head)) waiting.delete(name);
      else if (checkpoint?.state === 'FAILED') {
        log(`${name} stopped at a failing event (${checkpoint.lastError}): importing without it caught up`);
        waiting.delete(name);
      } else if (!told) {
        const behind = await store.head(checkpoint?.position ?? START_OF_LOG);
        log(`catching up ${[...waiting].join(', ')} before importing: ${behind.eventsAfter} events behind the log`);
        told = true;
      }
    }
    if (waiting.size > 0) await sleep(POLL_MS);
  }
}
