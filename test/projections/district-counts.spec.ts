import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DebtEvent } from '../../src/cases/debt/debt.events.js';
import type { StoredEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { evolveCaseCounts, type CaseCounts } from '../../src/projections/district-counts/case-counts.js';
import { DistrictCountsProjection } from '../../src/projections/district-counts/district-counts.projection.js';
import { countsOf } from '../../src/projections/district-counts/district-counts.queries.js';
import { DistrictCountsResolver } from '../../src/projections/district-counts/district-counts.resolver.js';
import { ReadModelChanges } from '../../src/projections/runner/read-model-changes.js';
import type { DebtCaseCounts } from '../../src/projections/district-counts/district-counts.types.js';
import { CENTRAL } from '../../src/identity/scope/staff-office.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { signedInStaff } from '../support/signed-in-staff.js';
import { project } from '../support/project.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let store: PostgresEventStore;
let resolver: DistrictCountsResolver;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  resolver = new DistrictCountsResolver(db.pool, new ReadModelChanges(db.pool.options));
});
afterAll(() => db.drop());

/** Read outside any request, as the centre: every district. */
const centre = signedInStaff('CENTRAL', CENTRAL);

const run = (projection = new DistrictCountsProjection(), batchSize = 3) => project(db.pool, store, [projection], batchSize);

async function district(code: string): Promise<DebtCaseCounts> {
  const rows = await resolver.districtCounts(centre, code.slice(0, 2));
  return rows.find((r) => r.district.code === code)!.counts;
}

async function province(code: string): Promise<DebtCaseCounts> {
  return (await resolver.provinceCounts(centre)).find((r) => r.province.code === code)!.counts;
}

const counts = (patch: Partial<DebtCaseCounts>): DebtCaseCounts => ({ ...countsOf(undefined), ...patch });
const counter = (n: number) => ({ selfQrThaid: 0, thaidApp: 0, counter: n, paper: 0 });

/** n counter cases of 50,000 principal and 62,500.50 outstanding, contacted, wishing mediation, agreed at 50,000. */
const agreedCases = (n: number, extra: Partial<DebtCaseCounts> = {}) => counts({
  registered: n, byChannel: counter(n), creditors: n, debts: n,
  principal: (50000 * n).toFixed(2), outstanding: (62500.5 * n).toFixed(2),
  contacted: n, wishingMediation: n, agreed: n,
  debtBefore: (62500.5 * n).toFixed(2), debtAfter: (50000 * n).toFixed(2), debtReduced: (12500.5 * n).toFixed(2),
  ...extra,
});

describe('district counts', () => {
  it('moves a transferred case with its registration, every status it had and its money to the receiving district', async () => {
    for (const n of [1, 2, 3]) {
      await runCase(store, `t-${n}`, [
        registration(n, `t-${n}`, { districtCode: '4901' }), step.contact('YES'), step.schedule(), step.agree('50,000'),
      ]);
    }
    await runCase(store, 't-3', [step.transfer('1001')]);
    await run();
    expect(await district('4901')).toEqual(agreedCases(2));
    expect(await district('1001')).toEqual(agreedCases(1));
    expect(await province('49')).toEqual(agreedCases(2));
    expect(await province('10')).toEqual(agreedCases(1));

    for (const n of [1, 2, 3]) await runCase(store, `t-${n}`, [step.refer(), step.close('REFERRED')]);
    await run();
    expect(await district('4901')).toEqual(agreedCases(2, { referred: 2, closed: 2 }));
    expect(await district('1001')).toEqual(agreedCases(1, { referred: 1, closed: 1 }));
    const mukdahan = await resolver.districtCounts(centre, '๔๙');
    expect(mukdahan.map((r) => r.district.code)).toEqual(['4901', '4902', '4903', '4904', '4905', '4906', '4907']);
    expect(mukdahan.filter((r) => r.district.code !== '4901').every((r) => r.counts.registered === 0)).toBe(true);
  });

  it('counts mediation in progress, failed sessions, closing and reopening, and moves a case on a district correction', async () => {
    await runCase(store, 'm-1', [registration(11, 'm-1', { districtCode: '5001' }), step.contact('YES'), step.schedule()]);
    await runCase(store, 'm-2', [registration(12, 'm-2', { districtCode: '5001' }), step.contact('YES'), step.schedule(), step.fail()]);
    await runCase(store, 'm-3', [
      registration(13, 'm-3', { districtCode: '5001', channel: 'THAID_APP' }), step.contact('NO'), step.contact('YES', false),
      step.close('WITHDRAWN'),
    ]);
    await runCase(store, 'm-4', [registration(14, 'm-4', { districtCode: '5001', channel: 'PAPER' })]);
    await run();
    const base = {
      creditors: 4, debts: 4, principal: '200000.00', outstanding: '250002.00',
      byChannel: { selfQrThaid: 0, thaidApp: 1, counter: 2, paper: 1 },
    };
    expect(await district('5001')).toEqual(counts({
      ...base, registered: 4, contacted: 3, wishingMediation: 2, inMediation: 1, notAgreed: 1, closed: 1,
    }));

    await runCase(store, 'm-1', [step.transfer('5002')]);
    await runCase(store, 'm-2', [step.schedule()]);
    await runCase(store, 'm-3', [step.reopen()]);
    await runCase(store, 'm-4', [{
      type: 'AmendDebtRegistration', at: '2024-01-06T10:00:00+07:00', reason: 'แก้ไขอำเภอและยอดหนี้ตามแบบฟอร์ม',
      districtCode: '๕๐๐๓', debts: [{ principal: '1,000', outstanding: '1,200' }], openCasesOfDebtor: [],
    }]);
    await run();
    expect(await district('5001')).toEqual(counts({
      registered: 2, byChannel: { selfQrThaid: 0, thaidApp: 1, counter: 1, paper: 0 }, creditors: 2, debts: 2,
      principal: '100000.00', outstanding: '125001.00', contacted: 2, wishingMediation: 1, inMediation: 1,
    }));
    expect(await district('5002')).toEqual(counts({
      registered: 1, byChannel: counter(1), creditors: 1, debts: 1, principal: '50000.00', outstanding: '62500.50',
      contacted: 1, wishingMediation: 1,
    }));
    expect(await district('5003')).toEqual(counts({
      registered: 1, byChannel: { selfQrThaid: 0, thaidApp: 0, counter: 0, paper: 1 }, creditors: 1, debts: 1,
      principal: '1000.00', outstanding: '1200.00',
    }));

    await runCase(store, 'm-2', [step.fail('PARTY_ABSENT')]);
    await run();
    expect(await district('5001')).toMatchObject({ inMediation: 0, notAgreed: 1, partyAbsent: 1 });
    expect(await province('50')).toEqual(counts({
      ...base, registered: 4, principal: '151000.00', outstanding: '188701.50', contacted: 3, wishingMediation: 2, notAgreed: 1,
      partyAbsent: 1,
    }));
  });

  it('applies a batch holding several events of one case, and of another case registered and moved within it', async () => {
    const s1 = await runCase(store, 's-1', [
      registration(21, 's-1', { districtCode: '5701' }), step.contact('UNDECIDED'), step.schedule(), step.fail(), step.schedule(),
      step.agree('0'), step.transfer('5702'), step.transfer('1002'),
    ]);
    await runCase(store, 's-2', [registration(22, 's-2', { districtCode: '5701', channel: 'SELF_QR_THAID' }), step.transfer('5702')]);
    await run(new DistrictCountsProjection(), 1000);

    expect(await district('5701')).toEqual(counts({}));
    expect(await district('5702')).toEqual(counts({
      registered: 1, byChannel: { selfQrThaid: 1, thaidApp: 0, counter: 0, paper: 0 }, creditors: 1, debts: 1,
      principal: '50000.00', outstanding: '62500.50',
    }));
    expect(await district('1002')).toEqual(counts({
      registered: 1, byChannel: counter(1), creditors: 1, debts: 1, principal: '50000.00', outstanding: '62500.50',
      contacted: 1, agreed: 1, debtBefore: '62500.50', debtAfter: '0.00', debtReduced: '62500.50',
    }));
    const events = await store.readStream(s1);
    const folded = events.reduce<CaseCounts | undefined>(
      (c, e: StoredEvent) => evolveCaseCounts(c, { type: e.type, data: e.data } as DebtEvent, e.streamId, e.version), undefined);
    const { rows } = await db.pool.query(`SELECT district_code, version, status, outcome, debt_reduced FROM district_count_cases WHERE stream_id = $1`, [s1]);
    expect(rows).toEqual([{
      district_code: folded!.districtCode, version: 8, status: folded!.status, outcome: 'AGREED', debt_reduced: '62500.50',
    }]);
  });

  it('gives the same numbers rebuilt from scratch in one batch as applied in small batches, and as summed per case', async () => {
    await db.pool.query('CREATE TABLE rebuilt_counts (LIKE district_counts INCLUDING ALL)');
    await db.pool.query('CREATE TABLE rebuilt_cases (LIKE district_count_cases INCLUDING ALL)');
    await run(new DistrictCountsProjection('district-counts-rebuild', { counts: 'rebuilt_counts', cases: 'rebuilt_cases' }), 10_000);

    const nonZero = `WHERE registered > 0 OR contacted > 0 OR closed > 0 ORDER BY district_code`;
    const live = (await db.pool.query(`SELECT * FROM district_counts ${nonZero}`)).rows;
    expect(live.map((r) => r.district_code)).toEqual(['1001', '1002', '4901', '5001', '5002', '5003', '5702']);
    expect((await db.pool.query(`SELECT * FROM rebuilt_counts ${nonZero}`)).rows).toEqual(live);
    expect((await db.pool.query('SELECT * FROM rebuilt_cases ORDER BY stream_id')).rows)
      .toEqual((await db.pool.query('SELECT * FROM district_count_cases ORDER BY stream_id')).rows);

    const perCase = await db.pool.query(`
      SELECT district_code, min(province_code) AS province_code, count(*)::int AS registered,
        count(*) FILTER (WHERE channel = 'SELF_QR_THAID')::int AS registered_self_qr_thaid,
        count(*) FILTER (WHERE channel = 'THAID_APP')::int AS registered_thaid_app,
        count(*) FILTER (WHERE channel = 'COUNTER')::int AS registered_counter,
        count(*) FILTER (WHERE channel = 'PAPER')::int AS registered_paper,
        sum(creditors)::int AS creditors, sum(debts)::int AS debts, sum(principal) AS principal, sum(outstanding) AS outstanding,
        count(*) FILTER (WHERE contacted)::int AS contacted, count(*) FILTER (WHERE wishing_mediation)::int AS wishing_mediation,
        count(*) FILTER (WHERE status = 'MEDIATION_SCHEDULED')::int AS in_mediation,
        count(*) FILTER (WHERE outcome = 'AGREED')::int AS agreed,
        count(*) FILTER (WHERE outcome IN ('NOT_AGREED', 'PARTY_ABSENT'))::int AS not_agreed,
        count(*) FILTER (WHERE outcome = 'PARTY_ABSENT')::int AS party_absent,
        count(*) FILTER (WHERE referred)::int AS referred, count(*) FILTER (WHERE status = 'CLOSED')::int AS closed,
        sum(debt_before) AS debt_before, sum(debt_after) AS debt_after, sum(debt_reduced) AS debt_reduced
      FROM district_count_cases GROUP BY district_code ORDER BY district_code`);
    expect(perCase.rows).toEqual(live);

    const national = await resolver.nationalCounts();
    expect(national).toMatchObject({ registered: 9, contacted: 7, agreed: 4, referred: 3, closed: 3 });
    const provinces = await resolver.provinceCounts(centre);
    expect(provinces).toHaveLength(77);
    expect(provinces.reduce((sum, p) => sum + p.counts.registered, 0)).toBe(national.registered);
    expect(await db.pool.query('SELECT count(*)::int AS n FROM district_counts')).toMatchObject({ rows: [{ n: 928 }] });
  });
});
