import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRequestPool } from '../../src/database/database.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { listRuns } from '../../src/projections/rebuild/rebuild-runs.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let store: PostgresEventStore;
let runner: ProjectionRunner;
const projections = allProjections();

beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  runner = new ProjectionRunner(db.pool, store, projections, { batchSize: 200, pollMs: 20 });
  runner.start();
  for (let n = 1; n <= 300; n++) {
    await runCase(store, `k-${n}`, [registration(n, `k-${n}`, { districtCode: n % 2 ? '1001' : '4901' }), step.contact('YES'), step.schedule()]);
  }
});
afterAll(async () => {
  await runner.stop();
  await db.drop();
});

/** `projections rebuild --all` in a child process; killed with SIGKILL once it printed `killAt` lines and waited `delayMs`. */
function cli(args: string[], killAt?: { line: number; delayMs: number }): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'projections', ...args], {
      env: { ...process.env, DATABASE_URL: db.url, DATABASE_REQUEST_URL: db.requestUrl },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (killAt && out.split('\n').length - 1 >= killAt.line) setTimeout(() => child.kill('SIGKILL'), killAt.delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

async function caughtUp(): Promise<void> {
  for (const until = Date.now() + 30_000; Date.now() < until;) {
    const checkpoints = await readCheckpoints(db.pool);
    const lags = await Promise.all(projections.map(async ({ name }) => (await store.head(checkpoints.get(name)!.position)).eventsAfter));
    if (lags.every((lag) => lag === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the projections did not catch up');
}

/** The live projections: every table there and readable by the request role, every checkpoint running and at the head. */
async function liveAnswers(): Promise<number> {
  await caughtUp();
  expect([...(await readCheckpoints(db.pool)).values()].every((c) => c.state === 'RUNNING')).toBe(true);
  expect(projections.every((p) => runner.localState(p.name) === 'RUNNING')).toBe(true);
  const tables = projections.flatMap((p) => p.tables);
  const { rows: readable } = await db.pool.query(
    `SELECT t FROM unnest($1::text[]) t WHERE has_table_privilege('damrong_request', t, 'SELECT')`, [tables]);
  expect(readable.length).toBeGreaterThan(5);
  const reader = createRequestPool(db.requestUrl, 1);
  const client = await reader.connect();
  try {
    await client.query(`BEGIN; SELECT set_config('damrong.scope_level', 'CENTRAL', true)`);
    for (const { t } of readable) await client.query(`SELECT count(*) FROM ${t}`);
    const { rows } = await client.query('SELECT count(*)::int AS n FROM debt_cases');
    await client.query('COMMIT');
    return rows[0].n;
  } finally {
    client.release();
    await reader.end();
  }
}

describe('a rebuild killed with SIGKILL', () => {
  it('leaves the live projections untouched and answering at 10 moments; the next rebuild succeeds and the killed runs show ABANDONED', async () => {
    // Stage lines: PREPARING, CATCHING_UP, INDEXING, then VERIFYING and SWAPPING per projection.
    const moments = [0, 1, 1, 2, 2, 3, 4, 5, 6, 9].map((line, i) => ({ line: line + 1, delayMs: (i * 47) % 160 }));
    for (const moment of moments) {
      const { code } = await cli(['rebuild', '--all', '--batch-size', '300'], moment);
      expect(code === null || code === 0).toBe(true); // killed, or done before the signal came
      expect(await liveAnswers()).toBe(300);
    }
    const runs = await listRuns(db.pool, 20);
    expect(runs.filter((r) => r.state === 'ABANDONED').length).toBeGreaterThanOrEqual(5);
    expect(runs.every((r) => r.state === 'ABANDONED' || r.state === 'SWAPPED')).toBe(true);

    const { code, out } = await cli(['rebuild', '--all']);
    expect(out).toContain('SWAPPED (DONE)');
    expect(code).toBe(0);
    expect(await liveAnswers()).toBe(300);
    const verified = await cli(['rebuild', '--all', '--verify-only']);
    expect(verified.out).toContain('VERIFIED (DONE)');
    // Every projection: the frozen reports too, each regenerated from the log.
    expect(verified.out).toMatch(/\d+ frozen reports? checked: \d+ match the event log, 0 differ/);
    expect(verified.code).toBe(0);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'damrong_rebuild'`);
    expect(rows[0].n).toBe(0);
  }, 420_000);

  it('exits 2 with one line for an unknown projection, and 0 for status', async () => {
    const unknown = await cli(['rebuild', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.out.trim()).toBe('projections: UNKNOWN_PROJECTION ไม่มีรายงานสรุปชื่อ nope / There is no projection named nope');
    const status = await cli(['status']);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/debt-cases\s+RUNNING\s+position \d+, 0 events behind/);
    expect(status.out).toContain('recent rebuilds:');
  }, 60_000);
});
