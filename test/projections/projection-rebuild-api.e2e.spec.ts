import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config/config.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { allProjections } from '../../src/projections/projection-list.js';

const RUN = `id mode state stage acceptDifferences requestedBy startedAt finishedAt error projections
  parts { projection eventsProcessed eventsTotal differences positionsDiffer swapped shownDifferences { table kind columns key { column value } } }`;
const REBUILDS = `query { projectionRebuilds(first: 5) { totalCount edges { node { ${RUN} } } } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let t: TestApp;
beforeAll(async () => {
  // The service's clock starts 15 s before 02:00 in Bangkok: the schedule's verification falls due 15 s after start,
  // once the cases below are in and caught up even on a loaded machine.
  t = await startTestApp({ clockStart: new Date('2026-03-01T01:59:45+07:00'), env: { REBUILD_SCHEDULE: '0 2 * * *=verify;0 3 * * 0=rebuild:debt-cases' } });
  const store = t.app.get<EventStore>(EVENT_STORE);
  for (let n = 1; n <= 20; n++) await runCase(store, `api-${n}`, [registration(n, `api-${n}`, { districtCode: '4901' }), step.contact('YES')]);
  await t.caughtUp();
}, 120_000);
afterAll(() => t.close());

async function finished(id: string) {
  for (const until = Date.now() + 60_000; Date.now() < until; await sleep(100)) {
    const { data } = await t.admin.graphql(REBUILDS);
    const run = data.projectionRebuilds.edges.map((e: any) => e.node).find((r: any) => r.id === id);
    if (run && run.state !== 'RUNNING') return run;
  }
  throw new Error(`rebuild ${id} did not finish`);
}

describe('projection rebuilds over GraphQL', () => {
  it('runs the schedule\'s verification when it falls due by the service clock (CLOCK_START)', async () => {
    let runs: any[] = [];
    for (const until = Date.now() + 45_000; Date.now() < until && !runs.some((r) => r.state === 'VERIFIED'); await sleep(200)) {
      runs = (await t.admin.graphql(REBUILDS)).data.projectionRebuilds.edges.map((e: any) => e.node);
    }
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ mode: 'VERIFY_ONLY', state: 'VERIFIED', stage: 'DONE', requestedBy: 'schedule:2026-02-28T19:00:00.000Z' });
    expect(runs[0].parts.map((p: any) => p.projection)).toEqual(allProjections().map((p) => p.name));
    expect(runs[0].parts.every((p: any) => p.differences === 0 && !p.swapped)).toBe(true);
  }, 90_000);

  it('refuses an account that is not a central administrator, an unknown projection, and nothing to undo', async () => {
    const staff = await t.signInAs({ level: 'CENTRAL' });
    const district = await t.signInAs({ level: 'DISTRICT', office: '4901' });
    for (const account of [staff, district]) {
      expect((await account.graphql('mutation { rebuildProjection(input: {}) { id } }')).errors![0].extensions.code).toBe('FORBIDDEN');
      expect((await account.graphql('mutation { undoProjectionRebuild(input: { name: "debt-cases" }) { position } }')).errors![0].extensions.code).toBe('FORBIDDEN');
      expect((await account.graphql(REBUILDS)).errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.admin.graphql('mutation { rebuildProjection(input: { name: "nope" }) { id } }')).errors![0].extensions.code).toBe('UNKNOWN_PROJECTION');
    const undo = await t.admin.graphql('mutation { undoProjectionRebuild(input: { name: "debt-cases" }) { position } }');
    expect(undo.errors![0].extensions.code).toBe('NOTHING_TO_UNDO');
  });

  it('starts a rebuild in the background, refuses a second while it runs, shows a difference by table and key, and undoes a swap', async () => {
    await t.caughtUp();
    await t.db.pool.query(`UPDATE debt_cases SET contact_attempts = 9 WHERE case_id = 'api-7'`);
    const started = await t.admin.graphql(`mutation { rebuildProjection(input: { name: "debt-cases" }) { ${RUN} } }`);
    expect(started.errors).toBeUndefined();
    expect(started.data.rebuildProjection).toMatchObject({ mode: 'REBUILD', state: 'RUNNING', projections: ['debt-cases'], requestedBy: `account:${t.admin.accountId}` });
    const second = await t.admin.graphql('mutation { rebuildProjection(input: { verifyOnly: true }) { id } }');
    const run = await finished(started.data.rebuildProjection.id);
    if (second.errors) expect(second.errors[0].extensions.code).toBe('REBUILD_RUNNING');
    else await finished(second.data.rebuildProjection.id); // the first had ended already
    expect(run).toMatchObject({ state: 'DIFFERENT', stage: 'DONE' });
    expect(run.parts[0]).toMatchObject({ projection: 'debt-cases', differences: 1, swapped: false });
    expect(run.parts[0].shownDifferences).toEqual([
      { table: 'debt_cases', kind: 'DIFFERENT_VALUES', columns: ['contact_attempts'], key: [{ column: 'case_id', value: 'api-7' }] }]);

    const accepted = await t.admin.graphql('mutation { rebuildProjection(input: { name: "debt-cases", acceptDifferences: true }) { id } }');
    expect(await finished(accepted.data.rebuildProjection.id)).toMatchObject({ state: 'SWAPPED' });
    expect((await t.db.pool.query(`SELECT contact_attempts FROM debt_cases WHERE case_id = 'api-7'`)).rows).toEqual([{ contact_attempts: 1 }]);
    const undo = await t.admin.graphql('mutation { undoProjectionRebuild(input: { name: "debt-cases" }) { projection position } }');
    expect(undo.errors).toBeUndefined();
    await t.caughtUp();
    expect((await t.db.pool.query(`SELECT contact_attempts FROM debt_cases WHERE case_id = 'api-7'`)).rows).toEqual([{ contact_attempts: 9 }]);
  }, 120_000);

  it('refuses a schedule that is not one, naming REBUILD_SCHEDULE', () => {
    expect(() => loadConfig({ REBUILD_SCHEDULE: '0 25 * * *=verify' })).toThrow(/^REBUILD_SCHEDULE: "0 25 \* \* \*" is not a cron expression/);
    expect(() => loadConfig({ REBUILD_SCHEDULE: '0 2 * * *=compact' })).toThrow(/^REBUILD_SCHEDULE: "0 2 \* \* \*=compact" is not <cron expression>=/);
    expect(loadConfig({ REBUILD_SCHEDULE: '0 2 * * *=verify; 0 3 * * 0=rebuild:debt-cases' }).rebuildSchedule).toEqual([
      { cron: '0 2 * * *', mode: 'VERIFY_ONLY', projection: null }, { cron: '0 3 * * 0', mode: 'REBUILD', projection: 'debt-cases' }]);
  });
});
