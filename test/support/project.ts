import type pg from 'pg';
import type { EventStore } from '../../src/eventstore/event-store.port.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import type { Projection } from '../../src/projections/runner/projection.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';

/** Runs the projections with a ProjectionRunner until each checkpoint is the head of the log; fails on a stopped one. */
export async function project(pool: pg.Pool, store: EventStore, projections: Projection[], batchSize = 3): Promise<void> {
  const runner = new ProjectionRunner(pool, store, projections, { batchSize, pollMs: 10 });
  runner.start();
  try {
    for (const until = Date.now() + 20_000; ;) {
      const checkpoints = await readCheckpoints(pool);
      const failed = [...checkpoints.values()].find((c) => c.state === 'FAILED');
      if (failed) throw new Error(`${failed.name}: ${failed.lastError}`);
      let done = true;
      for (const { name } of projections) {
        const checkpoint = checkpoints.get(name);
        done &&= checkpoint !== undefined && runner.localState(name) === 'RUNNING' && (await store.head(checkpoint.position)).eventsAfter === 0;
      }
      if (done) return;
      if (Date.now() > until) throw new Error('projections did not catch up');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await runner.stop();
  }
}
