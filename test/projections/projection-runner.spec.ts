import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { projectionStatuses } from '../../src/projections/runner/projection-status.js';
import { newEvent } from '../eventstore/event-store.contract.js';
import { TallyProjection } from '../support/tally.projection.js';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

const waitFor = async (condition: () => Promise<boolean>, ms = 20000) => {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};
const caughtUp = (name: string) => async () => {
  const head = await store.head((await readCheckpoints(db.pool)).get(name)?.position ?? { transactionId: 0n, globalPosition: 0n });
  return (await readCheckpoints(db.pool)).has(name) && head.eventsAfter === 0;
};
const tableOf = async (table: string) =>
  (await db.pool.query(`SELECT stream_id, total::int, events FROM ${table} ORDER BY stream_id`)).rows;

async function appendTallies(prefix: string, streams: number, perStream: number, poisonAt?: number) {
  let n = 0;
  for (let s = 0; s < streams; s++) {
    for (let v = 0; v < perStream; v++, n++) {
      await store.appendToStream(`tally-${prefix}${s}`, [newEvent('TallyIncremented', { by: v + 1, poison: n === poisonAt })], 'any');
    }
  }
}

describe('ProjectionRunner', () => {
  it('stops a failing projection at the failing event, commits what came before, and keeps the others running', async () => {
    await TallyProjection.createTable(db.pool, 'tally_fail');
    await TallyProjection.createTable(db.pool, 'tally_ok');
    await appendTallies('f', 2, 5, 7);
    const runner = new ProjectionRunner(db.pool, store, [
      new TallyProjection('tally-fail', 'tally_fail', { failOnPoison: true }), new TallyProjection('tally-ok', 'tally_ok'),
    ], { batchSize: 4, pollMs: 10 });
    runner.start();
    await waitFor(caughtUp('tally-ok'));
    await waitFor(async () => runner.localState('tally-fail') === 'FAILED');
    const statuses = await projectionStatuses(db.pool, store, runner);
    const failed = statuses.find((s) => s.name === 'tally-fail')!;
    expect(failed).toMatchObject({ state: 'FAILED', lagEvents: 3 });
    // The failing event by its stream and version, the error by its class and frames: never its message.
    expect(failed.lastError).toMatch(/tally-f1@3: Error \| at .*tally\.projection\.ts/);
    expect(failed.lastError).not.toContain('poisoned event');
    expect(failed.failedEventId).toEqual(expect.any(String));
    expect(statuses.find((s) => s.name === 'tally-ok')).toMatchObject({ state: 'RUNNING', lagEvents: 0 });
    expect(await tableOf('tally_fail')).toEqual([
      { stream_id: 'tally-f0', total: 15, events: 5 }, { stream_id: 'tally-f1', total: 3, events: 2 },
    ]);
    expect((await tableOf('tally_ok')).map((r) => r.events)).toEqual([5, 5]);
    await runner.stop();
  });

  it('runs a projection in one process only; the other stands by and takes over', async () => {
    await TallyProjection.createTable(db.pool, 'tally_lock');
    const first = new ProjectionRunner(db.pool, store, [new TallyProjection('tally-lock', 'tally_lock')], { pollMs: 10, standbyMs: 20 });
    const second = new ProjectionRunner(db.pool, store, [new TallyProjection('tally-lock', 'tally_lock')], { pollMs: 10, standbyMs: 20 });
    first.start();
    await waitFor(async () => first.localState('tally-lock') === 'RUNNING');
    second.start();
    await waitFor(async () => second.localState('tally-lock') === 'STANDBY');
    await first.stop();
    await waitFor(async () => second.localState('tally-lock') === 'RUNNING');
    await appendTallies('l', 1, 3);
    await waitFor(caughtUp('tally-lock'));
    await second.stop();
    const expected = (await db.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    const applied = (await db.pool.query(`SELECT sum(events)::int AS n FROM tally_lock`)).rows[0].n;
    expect(applied).toBe(expected);
  });

  it('goes on past write transactions that append nothing; an open append holds it, and its status says which and since when', async () => {
    await TallyProjection.createTable(db.pool, 'tally_horizon');
    const runner = new ProjectionRunner(db.pool, store, [new TallyProjection('tally-horizon', 'tally_horizon')], { pollMs: 10 });
    runner.start();
    const other = new pg.Client({ connectionString: adminUrl() });
    await other.connect();
    await other.query('BEGIN');
    await other.query('SELECT pg_current_xact_id()');
    await appendTallies('h', 2, 2);
    await waitFor(caughtUp('tally-horizon'));
    await other.query('ROLLBACK');
    await other.end();

    const appender = new pg.Client({ connectionString: db.url, application_name: 'slow-appender' });
    await appender.connect();
    await appender.query('BEGIN');
    await appender.query(
      `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata) VALUES ('tally-slow', 1, $1, 'TallyIncremented', 1,
       '{"by":1}', '{"actor":"t","correlationId":"c","causationId":"c","commandId":"c"}')`, [randomUUID()]);
    const { rows: [me] } = await appender.query('SELECT pg_backend_pid() AS pid, now() AS began');
    await appendTallies('w', 1, 3);
    const status = async () => (await projectionStatuses(db.pool, store, runner)).find((s) => s.name === 'tally-horizon')!;
    expect(await status()).toMatchObject({
      state: 'RUNNING', lagEvents: 3, heldBy: { pid: me.pid, applicationName: 'slow-appender', startedAt: me.began, eventsWaiting: 3 },
    });
    expect((await status()).lagSeconds).toBeGreaterThan(0);
    await appender.query('COMMIT');
    await appender.end();
    await waitFor(caughtUp('tally-horizon'));
    expect(await status()).toMatchObject({ lagEvents: 0, heldBy: null });
    await runner.stop();
    expect((await tableOf('tally_horizon')).filter((r) => /^tally-[hsw]/.test(r.stream_id)).map((r) => [r.stream_id, r.events])).toEqual([
      ['tally-h0', 2], ['tally-h1', 2], ['tally-slow', 1], ['tally-w0', 3],
    ]);
  });

  it('reads only the data its projections declare (dataOf), and moves their checkpoints over every event', async () => {
    await TallyProjection.createTable(db.pool, 'tally_some');
    await TallyProjection.createTable(db.pool, 'tally_all');
    const stream = `tally-d${randomUUID()}`;
    await store.appendToStream(stream, [newEvent('TallyIncremented', { by: 1 }), newEvent('TallyNoted', { by: 100 }),
      newEvent('TallyIncremented', { by: 2 })], 'no-stream');
    const seen: unknown[] = [];
    const some = new TallyProjection('tally-some', 'tally_some', { dataOf: ['TallyIncremented'] });
    const apply = some.apply.bind(some);
    some.apply = (events, tx) => {
      seen.push(...events.filter((e) => e.streamId === stream).map((e) => [e.type, e.data]));
      return apply(events, tx);
    };
    const alone = new ProjectionRunner(db.pool, store, [some], { batchSize: 2, pollMs: 10 });
    alone.start();
    await waitFor(caughtUp('tally-some'));
    await alone.stop();
    expect(seen).toEqual([['TallyIncremented', { by: 1 }], ['TallyNoted', null], ['TallyIncremented', { by: 2 }]]);
    expect((await tableOf('tally_some')).find((r) => r.stream_id === stream)).toEqual({ stream_id: stream, total: 3, events: 3 });
    // With a projection that reads every event's data beside it, every event comes whole.
    const all = new ProjectionRunner(db.pool, store, [new TallyProjection('tally-all', 'tally_all')], { batchSize: 2, pollMs: 10 });
    all.start();
    await waitFor(caughtUp('tally-all'));
    await all.stop();
    expect((await tableOf('tally_all')).find((r) => r.stream_id === stream)).toEqual({ stream_id: stream, total: 103, events: 3 });
  });
});

// A process killed in the middle of a batch: projection-runner-kill.spec.ts, on every event log adapter.

describe('ProjectionRunner, its projections caught up', () => {
  it('looks at the log once a tick for all of them: one read of their checkpoints and one of the log, not two statements each', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const n of names) await TallyProjection.createTable(db.pool, `tally_idle_${n}`);
    await appendTallies('idle', 3, 2);
    const pollMs = 50;
    const runner = new ProjectionRunner(db.pool, store, names.map((n) => new TallyProjection(`tally-idle-${n}`, `tally_idle_${n}`)), { pollMs });
    runner.start();
    const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    let statements = 0;
    try {
      for (const n of names) await waitFor(caughtUp(`tally-idle-${n}`));
      (pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
        statements++;
        return original.apply(this, args);
      };
      await new Promise((resolve) => setTimeout(resolve, 20 * pollMs));
    } finally {
      (pg.Client.prototype as { query: unknown }).query = original;
      await runner.stop();
    }
    // 20 ticks: two statements a tick whatever the number of projections (each alone: 6 × 2 × 20 = 240).
    expect(statements).toBeGreaterThanOrEqual(20);
    expect(statements).toBeLessThanOrEqual(2 * 22);
  });
});
