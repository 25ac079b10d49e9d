import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyFrozenReports } from '../../src/audit/frozen-reports/frozen-reports.verify.js';
import { HolidayCalendar } from '../../src/calendar/holiday-calendar.js';
import { loadDuplicateCandidates } from '../../src/cases/complaint/duplicates/complaint-candidates.js';
import { openCasesOfDebtors } from '../../src/cases/debt/debt-open-cases.query.js';
import { type EventStore, START_OF_LOG } from '../../src/eventstore/event-store.port.js';
import { InMemoryEventStore } from '../../src/eventstore/in-memory/in-memory-event-store.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { lastPositionsRecordedBefore } from '../../src/eventstore/recorded-before.js';
import { freezeEndedMonths } from '../../src/projections/complaint-statistics/complaint-month-end.js';
import { ComplaintStatisticsProjection } from '../../src/projections/complaint-statistics/complaint-statistics.projection.js';
import { DebtCasesProjection } from '../../src/projections/debt-cases/debt-cases.projection.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { comparePositions } from '../../src/reporting/daily/daily-report.assemble.js';
import { DailyReportFreezer } from '../../src/reporting/daily/daily-report.freezer.js';
import { DailyReportStore } from '../../src/reporting/daily/daily-report.store.js';
import { dailyVerificationCode, verificationCode } from '../../src/reporting/export/verification-code.js';
import { ReportLedgerProjection } from '../../src/reporting/ledger/report-ledger.projection.js';
import { ComplaintLog } from '../support/complaint-log.js';
import { citizenIdOf, registration, runCase, step } from '../support/debt-generator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * What reads the log through the port gives on another log (the memory one here, as on KurrentDB) the answers it
 * gives on PostgreSQL's: the frozen reports verified, month ends frozen before they kept a position placed in the
 * log, a debtor's open cases, a new complaint's duplicate candidates; and what needs the `events` table (a daily report's seal) is left out, not faked.
 */

const THU = '2025-03-06';
const bkk = (day: string, time: string) => `${day}T${time}+07:00`;
const KINDS = ['postgres', 'memory'] as const;
type Kind = (typeof KINDS)[number];

interface World {
  db: TestDatabase;
  store: EventStore;
  runner: ProjectionRunner;
}
const worlds = {} as Record<Kind, World>;

/** Resolves once every projection of the world has applied its whole log. */
async function caughtUp({ db, store }: World): Promise<void> {
  const head = (await store.head(START_OF_LOG)).position;
  for (const until = Date.now() + 20_000; Date.now() < until;) {
    const checkpoints = [...(await readCheckpoints(db.pool)).values()];
    if (checkpoints.length === 3 && checkpoints.every((c) => comparePositions(c.position, head) >= 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the projections did not catch up');
}

/** The same history on each log: complaints of January and February, Thursday's debt cases, its report and the month ends. */
async function world(kind: Kind): Promise<World> {
  const db = await createTestDatabase();
  const store = kind === 'postgres' ? new PostgresEventStore(db.pool) : new InMemoryEventStore();
  const runner = new ProjectionRunner(db.pool, store, [new ReportLedgerProjection(), new ComplaintStatisticsProjection(), new DebtCasesProjection()], { pollMs: 10 });
  runner.start();
  const complaints = new ComplaintLog(store);
  await complaints.receive('jan', { at: '2025-01-10T03:00:00Z', receivedAt: '2025-01-10' });
  await complaints.receive('feb', { at: '2025-02-05T03:00:00Z', receivedAt: '2025-02-05' });
  await complaints.send('jan', { type: 'ResolveComplaint', at: '2025-02-06T03:00:00Z', actingOffice: { level: 'DISTRICT', code: '7001' }, result: 'ซ่อมแล้ว' });
  await runCase(store, 'thu-a', [registration(1, 'thu-a', { districtCode: '4901', at: bkk(THU, '09:00:00') }), { ...step.contact(), at: bkk(THU, '10:00:00') }]);
  await runCase(store, 'thu-b', [registration(2, 'thu-b', { districtCode: '4902', at: bkk(THU, '09:10:00') })]);
  await runCase(store, 'closed', [registration(3, 'closed', { districtCode: '4901' }), step.close('WITHDRAWN')]);
  const w = { db, store, runner };
  await caughtUp(w);
  const freezer = new DailyReportFreezer(db.pool, store, new HolidayCalendar(db.pool, { maxAgeMs: 0 }), 20_000);
  expect(await freezer.freeze(THU, new Date(bkk(THU, '15:00:01')))).toBe('frozen');
  await freezeEndedMonths(db.pool, store, new Date());
  return w;
}

/** The same question asked of each log. */
const onEach = async <T>(ask: (w: World) => Promise<T>) => Object.fromEntries(
  await Promise.all(KINDS.map(async (kind) => [kind, await ask(worlds[kind])] as const))) as Record<Kind, T>;

beforeAll(async () => {
  for (const kind of KINDS) worlds[kind] = await world(kind);
}, 120_000);
afterAll(async () => {
  for (const { runner, db } of Object.values(worlds)) {
    await runner.stop();
    await db.drop();
  }
});

describe('a daily report frozen', () => {
  it('seals the log on PostgreSQL, and is stored unsealed from another log: its printed code is that of its SHA-256 alone', async () => {
    const { postgres, memory } = await onEach(async ({ db }) => (await new DailyReportStore(db.pool).find(THU))!);
    expect(postgres.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(memory.seal).toBeNull();
    expect(dailyVerificationCode(THU, '49', memory.sha256, memory.seal)).toBe(verificationCode(memory.sha256));
  });
});

describe('the frozen reports verified against the log', () => {
  it('give the same answer on both logs', async () => {
    const { postgres, memory } = await onEach(({ db, store }) => verifyFrozenReports(db.pool, store));
    expect(postgres.checked).toBeGreaterThanOrEqual(3);
    expect(postgres.differing).toEqual([]);
    expect(memory).toEqual(postgres);
  });

  it('place a month end frozen before month ends kept a position in the log through the port, on both logs', async () => {
    const { postgres, memory } = await onEach(async ({ db, store }) => {
      await db.pool.query(`UPDATE complaint_month_end_frozen SET transaction_id = NULL, global_position = NULL, sha256 = NULL WHERE month = '2025-02-01'`);
      await db.pool.query(`UPDATE complaint_month_end SET received = received + 1 WHERE month = '2025-01-01'`);
      return verifyFrozenReports(db.pool, store, { kinds: ['MONTH_END'] });
    });
    expect(postgres.differing.map((d) => [d.kind, d.key, d.offices])).toEqual([['MONTH_END', '2025-01-01', ['70/7001']]]);
    expect(memory).toEqual(postgres);
  });

  it('find no event recorded before the first one, and the last one before an instant after it', async () => {
    const { postgres, memory } = await onEach(async ({ store }) => {
      const all = await store.readAll(START_OF_LOG, 1000);
      const found = await lastPositionsRecordedBefore(store, [all[0].recordedAt, new Date(Date.now() + 60_000)], 2);
      return { found, last: all[all.length - 1].position };
    });
    for (const { found, last } of [postgres, memory]) expect(found).toEqual([undefined, last]);
  });
});

describe("a debtor's open cases, for the duplicate rule", () => {
  it('are the same on both logs, from the case list and from the log past its checkpoint', async () => {
    const debtors = [1, 2, 3, 4, 5].map(citizenIdOf);
    const listed = await onEach(({ db, store }) => openCasesOfDebtors(db.pool, store, debtors));
    expect(listed.postgres).toEqual(new Map([[citizenIdOf(1), [expect.objectContaining({ caseId: 'thu-a' })]], [citizenIdOf(2), [expect.objectContaining({ caseId: 'thu-b' })]]]));
    expect(listed.memory).toEqual(listed.postgres);

    const unlisted = await onEach(async ({ db, store, runner }) => {
      await runner.stop();
      await runCase(store, 'later-4', [registration(4, 'later-4', { districtCode: '4903' })]);
      await runCase(store, 'closed', [step.reopen()]);
      await runCase(store, 'thu-b', [step.close('WITHDRAWN')]);
      return openCasesOfDebtors(db.pool, store, debtors);
    });
    expect([...unlisted.postgres.keys()].sort()).toEqual([1, 3, 4].map(citizenIdOf).sort());
    expect(unlisted.postgres.get(citizenIdOf(3))).toEqual([expect.objectContaining({ caseId: 'closed' })]);
    expect(unlisted.memory).toEqual(unlisted.postgres);
  });
});

describe("a new complaint's duplicate candidates", () => {
  it('are the same on both logs, read from the log where no complaint list is kept, a resolved complaint left out', async () => {
    const keys = { citizenId: '1101700207030', accusedKey: null, receivedAt: '2025-02-10T00:00:00.000Z' };
    const found = await onEach(({ db, store }) => loadDuplicateCandidates(db.pool, store, keys));
    expect(found.postgres.map((c) => [c.complaintId, c.status])).toEqual([['feb', 'RECEIVED']]);
    expect(found.memory).toEqual(found.postgres);
  });
});
