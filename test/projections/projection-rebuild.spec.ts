import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRequestPool } from '../../src/database/database.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { ProjectionRebuilder, type RebuildRequest } from '../../src/projections/rebuild/projection-rebuilder.js';
import { undoRebuild } from '../../src/projections/rebuild/projection-undo.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let store: PostgresEventStore;
let runner: ProjectionRunner;
const projections = allProjections();
const DISTRICTS = ['1001', '4901', '5001', '1002'];

beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  runner = new ProjectionRunner(db.pool, store, projections, { batchSize: 300, pollMs: 20 });
  runner.start();
});
afterAll(async () => {
  await runner.stop();
  await db.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rebuilder = (show = 20) => new ProjectionRebuilder(db.pool, store, projections, { batchSize: 700, show });
const request = (patch: Partial<RebuildRequest> = {}): RebuildRequest =>
  ({ names: null, mode: 'REBUILD', acceptDifferences: false, requestedBy: 'test', ...patch });

let cases = 0;
/** A debt case with a few steps; every third is transferred to another district (a hand-over), others every fifth closed. */
async function writeCase(prefix: string): Promise<void> {
  const n = ++cases;
  const id = `${prefix}-${n}`;
  const commands = [registration(n, id, { districtCode: DISTRICTS[n % DISTRICTS.length] }), step.contact('YES'), step.schedule()];
  if (n % 3 === 0) commands.push(step.transfer(DISTRICTS[(n + 1) % DISTRICTS.length]));
  else if (n % 5 === 0) commands.push(step.fail(), step.close('WITHDRAWN'));
  await runCase(store, id, commands);
}

async function caughtUp(): Promise<void> {
  for (const until = Date.now() + 60_000; ;) {
    const checkpoints = await readCheckpoints(db.pool);
    const lags = await Promise.all(projections.map(async ({ name }) => {
      const checkpoint = checkpoints.get(name);
      return checkpoint ? (await store.head(checkpoint.position)).eventsAfter : Infinity;
    }));
    if (lags.every((lag) => lag === 0)) return;
    if (Date.now() > until) throw new Error(`the projections did not catch up: ${JSON.stringify(lags)} ${JSON.stringify([...checkpoints.values()].map((c) => [c.name, c.state, c.lastError, String(c.position.globalPosition)]))} ${projections.map((p) => runner.localState(p.name))}`);
    await sleep(25);
  }
}

describe('projection rebuild', () => {
  it('rebuilds every projection while 8 writers append: swapped in at the live position, nothing missing, equal to a fold from scratch', async () => {
    for (let i = 0; i < 40; i++) await writeCase('seed');
    let writing = true;
    const writers = Array.from({ length: 8 }, async (_, w) => {
      while (writing) await writeCase(`w${w}`);
    });
    const { run, done } = await rebuilder().start(request());
    expect(run.state).toBe('RUNNING');
    const finished = await done;
    writing = false;
    await Promise.all(writers);
    expect(finished.error).toBeNull();
    expect(finished.state).toBe('SWAPPED');
    expect(finished.parts.map((p) => [p.projection, p.swapped, p.differences])).toEqual(projections.map((p) => [p.name, true, 0]));

    await caughtUp();
    const { rows: [log] } = await db.pool.query(
      `SELECT count(DISTINCT stream_id)::int AS streams, count(*)::int AS events FROM events WHERE stream_id LIKE 'debt-%'`);
    expect(log.streams).toBeGreaterThan(40);
    const { rows: [catalogue] } = await db.pool.query(
      `SELECT count(*)::int AS streams FROM stream_catalogue c JOIN (SELECT stream_id, max(version) AS version FROM events GROUP BY 1) e
       USING (stream_id) WHERE c.version = e.version AND c.stream_id LIKE 'debt-%'`);
    expect(catalogue.streams).toBe(log.streams);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM debt_cases')).rows[0].n).toBe(log.streams);

    // A verification is a fold of the whole log from scratch, compared with the swapped tables plus what the runner added since.
    const verified = await (await rebuilder().start(request({ mode: 'VERIFY_ONLY' }))).done;
    expect(verified.state).toBe('VERIFIED');
    expect(verified.parts.every((p) => p.differences === 0 && !p.swapped)).toBe(true);
    const { rows: shadow } = await db.pool.query(`SELECT FROM pg_namespace WHERE nspname = 'damrong_rebuild'`);
    expect(shadow).toHaveLength(0);
  }, 180_000);

  it('finds a row changed in a live table: names the table and key, says DIFFERENT and swaps nothing', async () => {
    await caughtUp();
    const { rows: [changed] } = await db.pool.query(
      `UPDATE debt_cases SET creditor_count = creditor_count + 1
       WHERE case_id = (SELECT min(case_id) FROM debt_cases) RETURNING case_id`);
    await db.pool.query(`DELETE FROM district_counts WHERE district_code = '1010'`);
    const before = await db.pool.query(`SELECT oid FROM pg_class WHERE relname = 'debt_cases' AND relnamespace = current_schema()::regnamespace`);
    const finished = await (await rebuilder().start(request({ names: ['debt-cases', 'district-counts'] }))).done;
    expect(finished.state).toBe('DIFFERENT');
    const [debt, counts] = finished.parts;
    expect(debt).toMatchObject({ differences: 1, swapped: false });
    expect(debt.shownDifferences).toEqual([
      { table: 'debt_cases', key: { case_id: changed.case_id }, kind: 'DIFFERENT_VALUES', columns: ['creditor_count'] }]);
    expect(counts.differences).toBe(1);
    expect(counts.shownDifferences[0]).toMatchObject({ table: 'district_counts', key: { district_code: '1010' }, kind: 'ONLY_IN_SHADOW' });
    const after = await db.pool.query(`SELECT oid FROM pg_class WHERE relname = 'debt_cases' AND relnamespace = current_schema()::regnamespace`);
    expect(after.rows).toEqual(before.rows);
  }, 120_000);

  it('swaps under continuous reads of the request role: no read fails; undo brings the earlier tables back', async () => {
    await caughtUp();
    const reader = createRequestPool(db.requestUrl, 4);
    let reading = true;
    let reads = 0;
    const failures: string[] = [];
    const loops = Array.from({ length: 4 }, async () => {
      while (reading) {
        const client = await reader.connect();
        try {
          await client.query(`BEGIN; SELECT set_config('damrong.scope_level', 'CENTRAL', true)`);
          await client.query('SELECT count(*) FROM debt_cases WHERE district_code = $1', ['4901']);
          await client.query('SELECT * FROM district_counts ORDER BY district_code');
          await client.query('COMMIT');
          reads += 1;
        } catch (error) {
          failures.push((error as Error).message);
          await client.query('ROLLBACK').catch(() => undefined);
        } finally {
          client.release();
        }
      }
    });
    let writing = true;
    const writer = (async () => {
      while (writing) await writeCase('r');
    })();
    const finished = await (await rebuilder().start(request({ names: ['debt-cases', 'district-counts'], acceptDifferences: true }))).done;
    await sleep(300);
    reading = false;
    writing = false;
    await Promise.all([...loops, writer]);
    await reader.end();
    expect(finished.state).toBe('SWAPPED');
    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(10);

    // The rebuilt tables hold the right figures again; the previous ones, kept, hold the changes made by hand.
    await caughtUp();
    expect((await db.pool.query(`SELECT FROM district_counts WHERE district_code = '1010'`)).rows).toHaveLength(1);
    expect((await db.pool.query(`SELECT FROM damrong_previous.district_counts WHERE district_code = '1010'`)).rows).toHaveLength(0);
    const undone = await undoRebuild(db.pool, projections.find((p) => p.name === 'district-counts')!);
    expect(undone.projection).toBe('district-counts');
    await caughtUp();
    // The tables brought back stood where the swap left them and the runner caught them up, so the hand-made gap is back.
    expect((await db.pool.query(`SELECT FROM district_counts WHERE district_code = '1010'`)).rows).toHaveLength(0);
    expect((await db.pool.query(`SELECT FROM damrong_previous.district_counts WHERE district_code = '1010'`)).rows).toHaveLength(1);
    const counts = (schema: string) => db.pool.query(`SELECT * FROM ${schema}.district_counts WHERE district_code <> '1010' ORDER BY 1`);
    expect((await counts('public')).rows).toEqual((await counts('damrong_previous')).rows);
    await expect(undoRebuild(db.pool, projections.find((p) => p.name === 'complaint-news')!)).resolves.toBeDefined();
    await expect(undoRebuild(db.pool, projections.find((p) => p.name === 'case-handovers')!)).resolves.toBeDefined();
  }, 120_000);

  it('refuses a second run while one holds the lock, and an unknown projection', async () => {
    const first = await rebuilder().start(request({ names: ['stream-catalogue'], mode: 'VERIFY_ONLY' }));
    await expect(rebuilder().start(request({ names: ['debt-cases'] }))).rejects.toMatchObject({ code: 'REBUILD_RUNNING' });
    await first.done;
    await expect(rebuilder().start(request({ names: ['nope'] }))).rejects.toMatchObject({ code: 'UNKNOWN_PROJECTION' });
  }, 60_000);
});

