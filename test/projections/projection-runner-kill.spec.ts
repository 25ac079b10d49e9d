import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { expect, it } from '@jest/globals';
import { START_OF_LOG } from '../../src/eventstore/event-store.port.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { newEvent } from '../eventstore/event-store.contract.js';
import { describeEachTarget } from '../support/event-store-targets.js';
import { TallyProjection } from '../support/tally.projection.js';

const waitFor = async (condition: () => Promise<boolean>, ms = 20000) => {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describeEachTarget('a projection process killed in the middle of a batch', (opened) => {
  it('resumes to the same read model as a rebuild from scratch', async () => {
    const { store, db, logArgs } = opened();
    const caughtUp = (name: string) => async () => {
      const checkpoint = (await readCheckpoints(db.pool)).get(name);
      return checkpoint !== undefined && (await store.head(checkpoint.position)).eventsAfter === 0;
    };
    const tableOf = async (table: string) =>
      (await db.pool.query(`SELECT stream_id, total::int, events FROM ${table} ORDER BY stream_id`)).rows;
    const run = randomUUID().slice(0, 8);
    for (let s = 0; s < 40; s++) {
      for (let v = 0; v < 10; v++) await store.appendToStream(`tally-k${run}x${s}`, [newEvent('TallyIncremented', { by: v + 1 })], 'any');
    }
    await TallyProjection.createTable(db.pool, 'tally_killed');
    await TallyProjection.createTable(db.pool, 'tally_scratch');
    const worker = spawn(process.execPath, [
      '--import', '@swc-node/register/esm-register', 'test/support/projection-worker.ts', db.url, 'tally-killed', 'tally_killed', ...logArgs,
    ], { stdio: 'ignore' });
    await waitFor(async () => ((await readCheckpoints(db.pool)).get('tally-killed')?.position.globalPosition ?? 0n) > 0n, 30000);
    worker.kill('SIGKILL');
    await new Promise((resolve) => worker.once('exit', resolve));
    const atKill = (await readCheckpoints(db.pool)).get('tally-killed')!.position.globalPosition;
    expect((await store.head(START_OF_LOG)).position.globalPosition).toBeGreaterThan(atKill);

    const runner = new ProjectionRunner(db.pool, store, [
      new TallyProjection('tally-killed', 'tally_killed'), new TallyProjection('tally-scratch', 'tally_scratch'),
    ], { batchSize: 50, pollMs: 10, standbyMs: 20 });
    runner.start();
    await waitFor(caughtUp('tally-killed'));
    await waitFor(caughtUp('tally-scratch'));
    await runner.stop();
    expect(await tableOf('tally_killed')).toEqual(await tableOf('tally_scratch'));
    expect((await tableOf('tally_scratch')).filter((r) => r.stream_id.startsWith(`tally-k${run}x`))).toHaveLength(40);
  }, 120_000);
});
