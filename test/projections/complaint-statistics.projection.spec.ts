import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { complaintMap } from '../../src/projections/complaint-statistics/complaint-map.query.js';
import { freezeEndedMonths } from '../../src/projections/complaint-statistics/complaint-month-end.js';
import { ComplaintStatisticsProjection } from '../../src/projections/complaint-statistics/complaint-statistics.projection.js';
import { complaintStatistics } from '../../src/projections/complaint-statistics/complaint-statistics.query.js';
import { resolutionRate } from '../../src/projections/complaint-statistics/resolution-rate.js';
import { advanceCheckpoint, resumeCheckpoint } from '../../src/projections/runner/checkpoints.js';
import { applyInBatches, ComplaintLog } from '../support/complaint-log.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let store: PostgresEventStore;
let log: ComplaintLog;
let events: StoredEvent[];
const projection = new ComplaintStatisticsProjection();
const office = (code: string) => ({ level: 'DISTRICT' as const, code });
const PROVINCE_50 = { level: 'PROVINCE' as const, code: '50' };
const CENTRE = { level: 'CENTRAL' as const, code: 'CENTRAL' };
const AT = '2025-03-20T03:00:00Z';
const APRIL_AT = '2025-04-20T03:00:00Z';
const FIGURES = ['received', 'in_progress', 'resolved', 'closed', 'solved', 'set_aside'] as const;
const ANY_FIGURE = FIGURES.map((f) => `${f} <> 0`).join(' OR ');
const table = async () =>
  (await db.pool.query(`SELECT to_char(month, 'YYYY-MM') AS month, district_code, province_code, category_main, ${FIGURES.join(', ')}
     FROM complaint_statistics WHERE ${ANY_FIGURE} ORDER BY month, province_code, district_code, category_main`)).rows;
/** A district row: received, in progress, resolved, closed, solved, set aside. */
const bucket = (month: string, district: string, province: string, category: string, figures: number[]) =>
  ({ month, district_code: district, province_code: province, category_main: category, ...Object.fromEntries(FIGURES.map((f, i) => [f, figures[i]])) });

const ROLLUP_COLUMNS = `to_char(month, 'YYYY-MM') AS month, province_code, category_main, ${FIGURES.join(', ')}`;
/** The province and national roll-ups as the projection keeps them, and as the district rows sum up. */
const rollups = async () =>
  (await db.pool.query(`SELECT ${ROLLUP_COLUMNS} FROM complaint_statistics_rollups WHERE ${ANY_FIGURE} ORDER BY 1, 2, 3`)).rows;
const rollupsFromDistricts = async () =>
  (await db.pool.query(`SELECT ${ROLLUP_COLUMNS} FROM (
     SELECT month, coalesce(province_code, '') AS province_code, coalesce(category_main, '') AS category_main,
       ${FIGURES.map((f) => `sum(${f})::int AS ${f}`).join(', ')}
     FROM complaint_statistics
     GROUP BY GROUPING SETS ((month, province_code, category_main), (month, province_code), (month, category_main), (month))) s
     WHERE ${ANY_FIGURE} ORDER BY 1, 2, 3`)).rows;

/** March as the offices holding its complaints count it: a province office's and the centre's rows have no district. */
const MARCH = [
  bucket('2025-03', '', '50', 'LEGAL_ADVICE', [1, 1, 0, 0, 0, 0]),
  bucket('2025-03', '7001', '70', 'REQUEST_HELP', [1, 1, 0, 0, 0, 0]),
  bucket('2025-03', '7002', '70', 'REQUEST_HELP', [1, 0, 1, 0, 1, 0]),
  bucket('2025-03', '', 'CENTRAL', 'REQUEST_HELP', [1, 0, 0, 1, 0, 1]),
];
/** April at Mueang Ratchaburi: one open, two set aside (duplicate, withdrawn), one unresolvable, one closed as
 * resolved then reopened and closed as unresolvable, one withdrawn then reopened, resolved and closed as resolved. */
const APRIL = bucket('2025-04', '7001', '70', 'REQUEST_HELP', [6, 1, 0, 5, 1, 2]);

beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  log = new ComplaintLog(store);
  const receive = (id: string, receivedAt: string, overrides: object = {}) => log.receive(id, { at: AT, receivedAt, ...overrides });
  const chiangMai = { subdistrictCode: '500101', districtCode: '5001', point: { lat: 18.79, lng: 98.98 } };
  await receive('jan-1', '2025-01-05');
  await receive('jan-2', '2025-01-31T16:59:59Z');
  await receive('jan-3', '2025-01-20', { location: { subdistrictCode: '700102', districtCode: '7001', point: null } });
  await receive('feb-1', '2025-01-31T17:00:00Z');
  await receive('feb-cm', '1/2/2568', { category: { main: 'LEGAL_ADVICE', sub: 'LEGAL_LAND' }, location: chiangMai, actingOffice: office('5001'),
  });
  for (const id of ['mar-a', 'mar-b', 'mar-c']) await receive(id, '2025-03-10');
  await receive('mar-p', '2025-03-10', { category: { main: 'LEGAL_ADVICE', sub: 'LEGAL_LAND' } });
  const act = (id: string, command: object, by: object = office(id === 'feb-cm' ? '5001' : '7001')) =>
    log.send(id, { at: AT, actingOffice: by, ...command } as never);
  await act('jan-1', { type: 'AssignComplaint', assignee: { kind: 'AGENCY', name: 'อบต.' } });
  await act('jan-1', { type: 'ResolveComplaint', result: 'ซ่อมแล้ว' });
  await act('jan-1', { type: 'CloseComplaint', reason: 'RESOLVED' });
  await act('jan-2', { type: 'ResolveComplaint', result: 'ซ่อมแล้ว' });
  await act('jan-3', { type: 'MarkComplaintDuplicate', duplicateOf: 'jan-1' });
  await act('feb-cm', { type: 'CloseComplaint', reason: 'WITHDRAWN' });
  await act('feb-cm', { type: 'ReopenComplaint', reason: 'ผู้ร้องขอดำเนินการต่อ' });
  // Received by Mueang Ratchaburi (7001) in March; three are forwarded: to Chom Bueng (7002), to Chiang Mai province (the
  // one legal advice, leaving none of it at 7001), to the centre.
  await act('mar-b', { type: 'RecordComplaintProgress', note: 'ลงพื้นที่' });
  await act('mar-b', { type: 'ForwardComplaint', to: office('7002') });
  await act('mar-b', { type: 'ResolveComplaint', result: 'แก้ไขแล้ว' }, office('7002'));
  await act('mar-p', { type: 'ForwardComplaint', to: PROVINCE_50 });
  await act('mar-c', { type: 'ForwardComplaint', to: CENTRE });
  await act('mar-c', { type: 'CloseComplaint', reason: 'WITHDRAWN' }, CENTRE);
  for (const id of ['apr-open', 'apr-dup', 'apr-wd', 'apr-unres', 'apr-again', 'apr-back']) await receive(id, '2025-04-10', { at: APRIL_AT });
  const inApril = (id: string, command: object) => act(id, { at: APRIL_AT, ...command });
  await inApril('apr-dup', { type: 'MarkComplaintDuplicate', duplicateOf: 'apr-open' });
  await inApril('apr-dup', { type: 'CloseComplaint', reason: 'DUPLICATE' });
  await inApril('apr-wd', { type: 'CloseComplaint', reason: 'WITHDRAWN' });
  await inApril('apr-unres', { type: 'CloseComplaint', reason: 'UNRESOLVABLE', note: 'อยู่นอกอำนาจหน้าที่' });
  await inApril('apr-again', { type: 'ResolveComplaint', result: 'ซ่อมแล้ว' });
  await inApril('apr-again', { type: 'CloseComplaint', reason: 'RESOLVED' });
  await inApril('apr-back', { type: 'CloseComplaint', reason: 'WITHDRAWN' });
  await inApril('apr-again', { type: 'ReopenComplaint', reason: 'ถนนชำรุดอีก' });
  await inApril('apr-again', { type: 'CloseComplaint', reason: 'UNRESOLVABLE', note: 'งบประมาณไม่พอ' });
  await inApril('apr-back', { type: 'ReopenComplaint', reason: 'ผู้ร้องขอดำเนินการต่อ' });
  await inApril('apr-back', { type: 'ResolveComplaint', result: 'แก้ไขแล้ว' });
  await inApril('apr-back', { type: 'CloseComplaint', reason: 'RESOLVED' });
  events = await log.all();
});
afterAll(() => db.drop());

describe('complaint-statistics projection', () => {
  it('counts by month of receipt, holding office and category, the same whatever the batches, and a replay changes nothing', async () => {
    const results = [];
    for (const size of [1, 4, events.length]) {
      await db.pool.query('TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups');
      await applyInBatches(db.pool, projection, events, size);
      results.push(await table());
      expect(await rollups()).toEqual(await rollupsFromDistricts());
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    await applyInBatches(db.pool, projection, events, 3);
    expect(await table()).toEqual(results[0]);
    expect(await rollups()).toEqual(await rollupsFromDistricts());
    // January: one closed as resolved and one resolved are solved; February's withdrawn complaint was reopened.
    expect(results[0]).toEqual([
      bucket('2025-01', '7001', '70', 'REQUEST_HELP', [3, 1, 1, 1, 2, 0]),
      bucket('2025-02', '5001', '50', 'LEGAL_ADVICE', [1, 1, 0, 0, 0, 0]),
      bucket('2025-02', '7001', '70', 'REQUEST_HELP', [1, 1, 0, 0, 0, 0]),
      ...MARCH,
      APRIL,
    ]);
  });

  it('sums by any of month, province, district and category, with months typed in the Buddhist Era', async () => {
    const byProvince = await complaintStatistics(db.pool, { from: '๑/๒๕๖๘', to: '2568-02', groupBy: ['PROVINCE'] });
    expect(byProvince).toEqual([
      { month: null, provinceCode: '50', districtCode: null, category: null, received: 1, inProgress: 1, resolved: 0, closed: 0, solved: 0, setAside: 0 },
      { month: null, provinceCode: '70', districtCode: null, category: null, received: 4, inProgress: 2, resolved: 1, closed: 1, solved: 2, setAside: 0 },
    ]);
    const byMonthAndDistrict = await complaintStatistics(db.pool, { from: '2025-01', to: '2025-02', groupBy: ['DISTRICT', 'MONTH'], province: '๗๐' });
    expect(byMonthAndDistrict.map((r) => [r.month, r.provinceCode, r.districtCode, r.received])).toEqual([
      ['2025-01-01', '70', '7001', 3], ['2025-02-01', '70', '7001', 1],
    ]);
    const chiangMaiDistrict = await complaintStatistics(db.pool, { from: '2025-01', to: '2025-02', district: '๕๐๐๑', groupBy: ['MONTH'] });
    expect(chiangMaiDistrict).toEqual([
      { month: '2025-02-01', provinceCode: null, districtCode: null, category: null, received: 1, inProgress: 1, resolved: 0, closed: 0, solved: 0, setAside: 0 },
    ]);
    expect(await complaintStatistics(db.pool, { from: '2025-01', to: '2025-02', district: '5001', province: '70' })).toEqual([]);
    const total = await complaintStatistics(db.pool, { from: '2025-01', to: '2025-01', groupBy: [], category: 'REQUEST_HELP' });
    expect(total).toEqual([
      { month: null, provinceCode: null, districtCode: null, category: null, received: 3, inProgress: 1, resolved: 1, closed: 1, solved: 2, setAside: 0 },
    ]);
    await expect(complaintStatistics(db.pool, { from: '2025-03', to: '2025-01' })).rejects.toMatchObject({ code: 'STATISTICS_MONTH_RANGE' });
    await expect(complaintStatistics(db.pool, { from: '13/2025', to: '2025-01' })).rejects.toMatchObject({ code: 'MONTH_MALFORMED', field: 'from' });
  });

  it('maps a month as GeoJSON: district counts and a point per complaint that has one', async () => {
    const map = await complaintMap(db.pool, { month: '1/2568' });
    expect(map.type).toBe('FeatureCollection');
    expect(map.features[0]).toEqual({
      type: 'Feature', geometry: { type: 'Point', coordinates: [99.81, 13.53] },
      properties: {
        kind: 'district', districtCode: '7001', provinceCode: '70', districtNameTh: 'เมืองราชบุรี', count: 3, complaintId: null, status: null,
        category: null,
      },
    });
    expect(map.features.slice(1).map((f) => [f.properties.complaintId, f.properties.status, f.geometry?.coordinates])).toEqual([
      ['jan-1', 'CLOSED', [99.81, 13.53]], ['jan-2', 'RESOLVED', [99.81, 13.53]],
    ]);
    const legal = await complaintMap(db.pool, { month: '2568-02', category: 'LEGAL_ADVICE' });
    expect(legal.features.map((f) => [f.properties.kind, f.properties.districtCode, f.properties.count])).toEqual([
      ['district', '5001', 1], ['complaint', '5001', null],
    ]);
  });

  it('moves a forwarded complaint whole to the office holding it, received in an earlier batch or in the same one', async () => {
    const march = async () => (await table()).filter((row) => row.month === '2025-03');
    const marchRollups = async () => (await rollups()).filter((row) => row.month === '2025-03' && row.category_main === '')
      .map((row) => [row.province_code, ...FIGURES.map((f) => row[f])]);
    const mapOf = async (area: { district?: string; province?: string }) => (await complaintMap(db.pool, { month: '3/2568', area })).features
      .map((f) => [f.properties.kind, f.properties.districtCode, f.properties.provinceCode, f.properties.complaintId ?? f.properties.count,
        f.geometry?.coordinates]);
    const point = [99.81, 13.53];
    const forwarded = events.findIndex((e) => e.streamId === 'complaint-mar-b' && e.type === 'ComplaintForwarded');
    await db.pool.query('TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups');
    await applyInBatches(db.pool, projection, events.slice(0, forwarded), 4);
    expect(await march()).toEqual([
      bucket('2025-03', '7001', '70', 'LEGAL_ADVICE', [1, 1, 0, 0, 0, 0]), bucket('2025-03', '7001', '70', 'REQUEST_HELP', [3, 3, 0, 0, 0, 0]),
    ]);
    expect(await mapOf({ district: '7002' })).toEqual([]);

    await applyInBatches(db.pool, projection, events.slice(forwarded), 2);
    expect(await march()).toEqual(MARCH);
    expect(await rollups()).toEqual(await rollupsFromDistricts());
    expect(await marchRollups()).toEqual([
      ['', 4, 2, 1, 1, 1, 1], ['50', 1, 1, 0, 0, 0, 0], ['70', 2, 1, 1, 0, 1, 0], ['CENTRAL', 1, 0, 0, 1, 0, 1],
    ]);
    const empty = await db.pool.query(`SELECT (SELECT count(*)::int FROM complaint_statistics WHERE received = 0)
      + (SELECT count(*)::int FROM complaint_statistics_rollups WHERE received = 0) AS n`);
    expect(empty.rows).toEqual([{ n: 0 }]);
    const ratchaburi = await complaintStatistics(db.pool, { from: '2025-03', to: '2025-03', district: '7001', groupBy: ['DISTRICT', 'CATEGORY'] });
    expect(ratchaburi).toEqual([
      { month: null, provinceCode: '70', districtCode: '7001', category: 'REQUEST_HELP', received: 1, inProgress: 1, resolved: 0, closed: 0, solved: 0, setAside: 0 },
    ]);
    const byOffice = await complaintStatistics(db.pool, { from: '2025-03', to: '2025-03', groupBy: ['DISTRICT'] });
    expect(byOffice.map((r) => [r.provinceCode, r.districtCode, r.received])).toEqual([['50', null, 1], ['70', '7001', 1], ['70', '7002', 1], [null, null, 1]]);
    expect(await mapOf({ district: '7001', province: '70' })).toEqual([['district', '7001', '70', 1, point], ['complaint', '7001', '70', 'mar-a', point]]);
    expect(await mapOf({ district: '7002', province: '70' })).toEqual([['district', '7002', '70', 1, point], ['complaint', '7002', '70', 'mar-b', point]]);
    expect(await mapOf({ province: '50' })).toEqual([['province', null, '50', 1, point], ['complaint', null, '50', 'mar-p', point]]);
    expect((await mapOf({})).filter(([kind]) => kind !== 'complaint').map(([kind, , , count]) => [kind, count]))
      .toEqual([['province', 1], ['district', 1], ['district', 1], ['central', 1]]);

    await db.pool.query('TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups');
    await applyInBatches(db.pool, projection, events, events.length);
    expect(await march()).toEqual(MARCH);
    expect(await rollups()).toEqual(await rollupsFromDistricts());
  });

  it('counts solved and set aside by the close reason, moves a complaint reopened and closed again, and rates on the right base', async () => {
    const april = async () => (await table()).filter((row) => row.month === '2025-04');
    const reasons = async () => (await db.pool.query(`SELECT complaint_id, status, close_reason FROM complaint_statistics_cases
      WHERE complaint_id IN ('apr-again', 'apr-back') ORDER BY complaint_id`)).rows;
    const reopened = events.findIndex((e) => e.streamId === 'complaint-apr-again' && e.type === 'ComplaintReopened');
    await db.pool.query('TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups');
    await applyInBatches(db.pool, projection, events.slice(0, reopened), 5);
    // apr-again closed as resolved is solved, apr-back withdrawn is set aside.
    expect(await april()).toEqual([bucket('2025-04', '7001', '70', 'REQUEST_HELP', [6, 1, 0, 5, 1, 3])]);
    expect(await reasons()).toEqual([
      { complaint_id: 'apr-again', status: 'CLOSED', close_reason: 'RESOLVED' }, { complaint_id: 'apr-back', status: 'CLOSED', close_reason: 'WITHDRAWN' },
    ]);
    await applyInBatches(db.pool, projection, events.slice(reopened, reopened + 1), 1);
    expect(await april()).toEqual([bucket('2025-04', '7001', '70', 'REQUEST_HELP', [6, 2, 0, 4, 0, 3])]);
    // The rest in one batch: apr-again closed as unresolvable (unsolved), apr-back reopened, resolved and closed as resolved.
    await applyInBatches(db.pool, projection, events.slice(reopened + 1), events.length);
    expect(await april()).toEqual([APRIL]);
    expect(await reasons()).toEqual([
      { complaint_id: 'apr-again', status: 'CLOSED', close_reason: 'UNRESOLVABLE' }, { complaint_id: 'apr-back', status: 'CLOSED', close_reason: 'RESOLVED' },
    ]);
    expect(await rollups()).toEqual(await rollupsFromDistricts());

    // 1 solved of 6 received less 2 set aside: 25%, where (resolved + closed) / received made it 83.33%.
    const [aprilTotal] = await complaintStatistics(db.pool, { from: '2025-04', to: '2025-04', groupBy: [] });
    expect(aprilTotal).toMatchObject({ received: 6, resolved: 0, closed: 5, solved: 1, setAside: 2 });
    expect(resolutionRate(aprilTotal)).toBe(25);
    const march = await complaintStatistics(db.pool, { from: '2025-03', to: '2025-03', groupBy: ['DISTRICT'] });
    // The centre's one complaint was withdrawn: no base, no rate; 7002's resolved one is 100%.
    expect(march.map((r) => [r.provinceCode, r.districtCode, resolutionRate(r)])).toEqual([
      ['50', null, 0], ['70', '7001', 0], ['70', '7002', 100], [null, null, null],
    ]);
    const [january] = await complaintStatistics(db.pool, { from: '2025-01', to: '2025-01', groupBy: [] });
    expect(resolutionRate(january)).toBe(66.67);
  });
});

describe('month-end figures', () => {
  const recordedMonth = (event: StoredEvent) => {
    const bangkok = new Date(event.recordedAt.getTime() + 7 * 3_600_000).toISOString();
    return `${bangkok.slice(0, 7)}-01`;
  };

  it('freeze each ended month once, only after the statistics hold every event recorded before its end', async () => {
    const client = await db.pool.connect();
    await resumeCheckpoint(client, projection.name);
    await advanceCheckpoint(client, projection.name, events[events.length - 2].position);
    const last = events[events.length - 1];
    const later = new Date(last.recordedAt.getTime() + 62 * 86_400_000);

    const frozen = await freezeEndedMonths(db.pool, store, later);
    expect(frozen[0]).toBe('2025-01-01');
    expect(frozen.at(-1)! < recordedMonth(last)).toBe(true);
    expect(frozen).not.toContain(recordedMonth(last));

    await advanceCheckpoint(client, projection.name, last.position);
    client.release();
    const rest = await freezeEndedMonths(db.pool, store, later);
    expect(rest[0]).toBe(recordedMonth(last));
    expect(await freezeEndedMonths(db.pool, store, later)).toEqual([]);

    const { rows } = await db.pool.query(`SELECT to_char(month, 'YYYY-MM') AS month, province_code, district_code, category_main,
      received_in_month, ${FIGURES.join(', ')} FROM complaint_month_end WHERE month <= '2025-04-01'
      ORDER BY month, province_code, district_code, category_main`);
    const row = (month: string, province: string, district: string, category: string, receivedInMonth: number, ...figures: number[]) =>
      ({ ...bucket(month, district, province, category, figures), received_in_month: receivedInMonth });
    expect(rows).toEqual([
      row('2025-01', '70', '7001', 'REQUEST_HELP', 3, 3, 1, 1, 1, 2, 0),
      row('2025-02', '50', '5001', 'LEGAL_ADVICE', 1, 1, 1, 0, 0, 0, 0),
      row('2025-02', '70', '7001', 'REQUEST_HELP', 1, 4, 2, 1, 1, 2, 0),
      row('2025-03', '50', '', 'LEGAL_ADVICE', 1, 1, 1, 0, 0, 0, 0),
      row('2025-03', '50', '5001', 'LEGAL_ADVICE', 0, 1, 1, 0, 0, 0, 0),
      row('2025-03', '70', '7001', 'REQUEST_HELP', 1, 5, 3, 1, 1, 2, 0),
      row('2025-03', '70', '7002', 'REQUEST_HELP', 1, 1, 0, 1, 0, 1, 0),
      row('2025-03', 'CENTRAL', '', 'REQUEST_HELP', 1, 1, 0, 0, 1, 0, 1),
      row('2025-04', '50', '', 'LEGAL_ADVICE', 0, 1, 1, 0, 0, 0, 0),
      row('2025-04', '50', '5001', 'LEGAL_ADVICE', 0, 1, 1, 0, 0, 0, 0),
      row('2025-04', '70', '7001', 'REQUEST_HELP', 6, 11, 4, 1, 6, 3, 2),
      row('2025-04', '70', '7002', 'REQUEST_HELP', 0, 1, 0, 1, 0, 1, 0),
      row('2025-04', 'CENTRAL', '', 'REQUEST_HELP', 0, 1, 0, 0, 1, 0, 1),
    ]);
    const marked = await db.pool.query('SELECT bool_and(counts_solved) AS all FROM complaint_month_end_frozen');
    expect(marked.rows).toEqual([{ all: true }]);
  });

  it('stay as frozen when later events change the statistics', async () => {
    await log.send('jan-3', { type: 'ResolveComplaint', at: AT, actingOffice: office('7001'), result: 'แก้ไขแล้ว' });
    const all = await log.all();
    await applyInBatches(db.pool, projection, all.slice(events.length), 10);
    const january = await complaintStatistics(db.pool, { from: '2025-01', to: '2025-01', groupBy: [] });
    expect(january[0]).toMatchObject({ inProgress: 0, resolved: 2, solved: 3 });
    const { rows } = await db.pool.query(`SELECT in_progress, resolved, solved FROM complaint_month_end WHERE month = '2025-01-01'`);
    expect(rows).toEqual([{ in_progress: 1, resolved: 1, solved: 2 }]);
  });
});
