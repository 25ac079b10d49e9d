import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_CREDITORS, MAX_DEBTS } from '../../src/cases/debt/registration/debt-limits.js';
import type { RegisterDebtor } from '../../src/cases/debt/debt.commands.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { CENTRAL } from '../../src/identity/scope/staff-office.js';
import { DistrictCountsResolver } from '../../src/projections/district-counts/district-counts.resolver.js';
import { ReadModelChanges } from '../../src/projections/runner/read-model-changes.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { project } from '../support/project.js';
import { signedInStaff } from '../support/signed-in-staff.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Whatever the write side accepts, and whatever the log holds from before the bounds, every read model holds. */

let db: TestDatabase;
let store: PostgresEventStore;
let counts: DistrictCountsResolver;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  counts = new DistrictCountsResolver(db.pool, new ReadModelChanges(db.pool.options));
});
afterAll(() => db.drop());

const centre = signedInStaff('CENTRAL', CENTRAL);
const district = async (code: string) =>
  (await counts.districtCounts(centre, code.slice(0, 2))).find((row) => row.district.code === code)!.counts;
const projectAll = () => project(db.pool, store, allProjections(), 50);

/** Debtor n's registration at every bound: 20 creditors, 50 debts of 100,000,000.00 baht at 1,000 percent a month. */
function atTheBounds(n: number, caseId: string, districtCode: string): RegisterDebtor {
  return {
    ...registration(n, caseId, { districtCode }),
    creditors: Array.from({ length: MAX_CREDITORS }, (_, i) => ({ kind: 'PERSON' as const, name: `เจ้าหนี้ ${n}-${i}` })),
    debts: Array.from({ length: MAX_DEBTS }, (_, i) => ({
      creditorIndex: i % MAX_CREDITORS, principal: '100,000,000.00', outstanding: '๑๐๐,๐๐๐,๐๐๐', interestRatePerMonth: '1000',
    })),
  };
}

describe('read models at the bounds', () => {
  it('count cases at the bounds, and a million of them in one district, exactly', async () => {
    await runCase(store, 'max-1', [atTheBounds(1, 'max-1', '4901'), step.contact('YES'), step.schedule(), step.agree('0')]);
    await projectAll();
    expect(await district('4901')).toMatchObject({
      registered: 1, creditors: 20, debts: 50, principal: '5000000000.00', outstanding: '5000000000.00',
      agreed: 1, debtBefore: '5000000000.00', debtAfter: '0.00', debtReduced: '5000000000.00',
    });

    // What a million such cases would have added (their events would take hours to write), then one more.
    await db.pool.query(`UPDATE district_counts SET registered = registered + 999999, registered_counter = registered_counter + 999999,
      creditors = creditors + 19999980, debts = debts + 49999950, principal = principal + 4999995000000000,
      outstanding = outstanding + 4999995000000000, agreed = agreed + 999999, debt_before = debt_before + 4999995000000000,
      debt_reduced = debt_reduced + 4999995000000000 WHERE district_code = '4901'`);
    await runCase(store, 'max-2', [atTheBounds(2, 'max-2', '4901')]);
    await projectAll();
    const million = {
      registered: 1_000_001, creditors: 20_000_020, debts: 50_000_050, principal: '5000005000000000.00',
      outstanding: '5000005000000000.00', agreed: 1_000_000, debtBefore: '5000000000000000.00', debtReduced: '5000000000000000.00',
    };
    expect(await district('4901')).toMatchObject(million);
    expect(await counts.nationalCounts()).toMatchObject(million);
  });

  it('go on over amounts the log holds from before the bounds, and add them up to the satang', async () => {
    const [event] = debtDecider.decide(registration(3, 'legacy-1', { districtCode: '4902' }), debtDecider.initialState());
    if (event.type !== 'DebtorRegistered') throw new Error('not a registration');
    const principal = '10000000000000000.00';
    const outstanding = `1${'0'.repeat(30)}.00`;
    const data = {
      ...event.data, totalPrincipal: principal, totalOutstanding: outstanding, debts: [{ ...event.data.debts[0], principal, outstanding }],
    };
    const metadata = { actor: 'officer:before-the-bounds', commandId: randomUUID(), correlationId: 'c', causationId: 'c' };
    await store.appendToStream('debt-legacy-1', [{ eventId: randomUUID(), type: event.type, schemaVersion: 1, data, metadata }], 'no-stream');
    await runCase(store, 'legacy-1', [step.contact('YES'), step.schedule(), step.agree('0')]);
    await projectAll();

    expect(await district('4902')).toMatchObject({
      registered: 1, principal, outstanding, agreed: 1, debtBefore: outstanding, debtAfter: '0.00', debtReduced: outstanding,
    });
    expect(await counts.nationalCounts()).toMatchObject({ registered: 1_000_002, principal: '15000005000000000.00' });
    const { rows: [listed] } = await db.pool.query(
      `SELECT total_outstanding::text, debt_before::text FROM debt_cases WHERE case_id = 'legacy-1'`);
    expect(listed).toEqual({ total_outstanding: outstanding, debt_before: outstanding });
    const { rows: [ledger] } = await db.pool.query(
      `SELECT sum(debt_before)::text AS before, sum(reduction)::text AS reduction FROM mediation_report_ledger WHERE district_code = '4902'`);
    expect(ledger).toEqual({ before: `1${'0'.repeat(32)}`, reduction: `1${'0'.repeat(32)}` });
  });
});
