import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplaintMonthEndTimer } from '../../src/projections/complaint-statistics/complaint-month-end.timer.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/**
 * Officers of Mueang Ratchaburi (7001), Mueang Chiang Mai (5001) and Ratchaburi province (70); statistics are read
 * by the centre unless said. Three complaints received in Mueang Ratchaburi in January are forwarded: to Mueang
 * Chiang Mai, to the province, to the central centre. Five received there in March are closed: withdrawn, as a
 * duplicate, as unresolvable (legal advice), as resolved, and as resolved then reopened and withdrawn.
 */
const officers: Record<string, SignedIn> = {};
const ids: Record<string, string> = {};
const FORWARD = 'mutation ($id: ID!, $to: OfficeInput!) { forwardComplaint(input: { complaintId: $id, to: $to }) { version } }';
const CLOSE = 'mutation ($id: ID!, $reason: CloseReason!, $note: String) { closeComplaint(input: { complaintId: $id, reason: $reason, note: $note }) { version } }';
const RESOLVE = 'mutation ($id: ID!) { resolveComplaint(input: { complaintId: $id, result: "ซ่อมถนนแล้ว" }) { version } }';
beforeAll(async () => {
  t = await startTestApp();
  for (const office of ['7001', '5001']) officers[office] = await t.signInAs({ level: 'DISTRICT', office });
  officers['70'] = await t.signInAs({ level: 'PROVINCE', office: '70' });
  const receive = async (receivedAt: string, subdistrict: string, n: string, category?: object) => {
    const input = receiveInput({ receivedAt, subdistrict, citizenId: citizenId(`11017002${n}00`), accused: null });
    const body = await officers[subdistrict.slice(0, 4)].graphql(RECEIVE, { input: { ...input, ...(category && { category }) } });
    return body.data.receiveComplaint.complaint.complaintId as string;
  };
  const resolved = await receive('๕/๑/๒๕๖๘', '700101', '01');
  ids.resolved = resolved;
  ids.open = await receive('20/1/2568', '700102', '02');
  await receive('3/2/2025', '500101', '03');
  ids.toChiangMai = await receive('25/1/2568', '700101', '04');
  ids.toProvince = await receive('26/1/2568', '700101', '05');
  ids.toCentre = await receive('27/1/2568', '700101', '06');
  await officers['7001'].graphql(FORWARD, { id: ids.toChiangMai, to: { level: 'DISTRICT', code: '5001' } });
  await officers['7001'].graphql(FORWARD, { id: ids.toProvince, to: { level: 'PROVINCE', code: '70' } });
  await officers['7001'].graphql(FORWARD, { id: ids.toCentre, to: { level: 'CENTRAL', code: 'CENTRAL' } });
  await officers['7001'].graphql(RESOLVE, { id: resolved });
  const mueang = (query: string, variables: Record<string, unknown>) => officers['7001'].graphql(query, variables);
  const withdrawn = await receive('10/3/2568', '700101', '07');
  await mueang(CLOSE, { id: withdrawn, reason: 'WITHDRAWN' });
  const duplicate = await receive('11/3/2568', '700101', '08');
  await mueang('mutation ($id: ID!, $of: ID!) { markComplaintDuplicate(input: { complaintId: $id, duplicateOf: $of }) { version } }', { id: duplicate, of: ids.open });
  await mueang(CLOSE, { id: duplicate, reason: 'DUPLICATE' });
  const unresolvable = await receive('12/3/2568', '700101', '09', { main: 'LEGAL_ADVICE', sub: 'LEGAL_LAND' });
  await mueang(CLOSE, { id: unresolvable, reason: 'UNRESOLVABLE', note: 'เป็นคดีอยู่ในชั้นศาล' });
  for (const n of ['10', '11']) {
    const id = await receive('13/3/2568', '700101', n);
    await mueang(RESOLVE, { id });
    await mueang(CLOSE, { id, reason: 'RESOLVED' });
    if (n === '11') {
      await mueang('mutation ($id: ID!) { reopenComplaint(input: { complaintId: $id, reason: "ผู้ร้องแจ้งว่ายังไม่ได้ซ่อม" }) { version } }', { id });
      await mueang(CLOSE, { id, reason: 'WITHDRAWN' });
    }
  }
  await t.caughtUp();
});
afterAll(() => t.close());

describe('complaint statistics over GraphQL', () => {
  it('counts by the office holding each complaint and month, with the resolution rate against the 80% target', async () => {
    const { data } = await t.admin.graphql(`{ complaintStatistics(from: "๑/๒๕๖๘", to: "2568-02", groupBy: [DISTRICT, MONTH]) {
      month monthTh provinceCode provinceNameTh districtCode districtNameTh received inProgress resolved closed solved setAside
      resolutionRatePercent targetPercent meetsTarget } }`);
    type Code = [string, string] | [null, null];
    const row = (month: string, monthTh: string, province: Code, district: Code, figures: number[]) => ({
      month, monthTh, provinceCode: province[0], provinceNameTh: province[1], districtCode: district[0], districtNameTh: district[1],
      received: figures[0], inProgress: figures[1], resolved: figures[2], closed: 0, solved: figures[2], setAside: 0, resolutionRatePercent: figures[3],
      targetPercent: 80, meetsTarget: false,
    });
    const chiangMai: [string, string] = ['50', 'เชียงใหม่'];
    const ratchaburi: [string, string] = ['70', 'ราชบุรี'];
    expect(data.complaintStatistics).toEqual([
      row('2025-01', 'มกราคม 2568', chiangMai, ['5001', 'เมืองเชียงใหม่'], [1, 1, 0, 0]),
      row('2025-01', 'มกราคม 2568', ratchaburi, [null, null], [1, 1, 0, 0]),
      row('2025-01', 'มกราคม 2568', ratchaburi, ['7001', 'เมืองราชบุรี'], [2, 1, 1, 50]),
      row('2025-01', 'มกราคม 2568', [null, null], [null, null], [1, 1, 0, 0]),
      row('2025-02', 'กุมภาพันธ์ 2568', chiangMai, ['5001', 'เมืองเชียงใหม่'], [1, 1, 0, 0]),
    ]);
    const march = 'from: "2025-03", to: "2025-03"';
    const byCategory = await t.admin.graphql(`{ complaintStatistics(${march}, groupBy: [CATEGORY]) {
      category received resolved closed solved setAside resolutionRatePercent meetsTarget } }`);
    // Solved of the received less those set aside (duplicate, withdrawn); an unresolvable closing is unsolved.
    expect(byCategory.data.complaintStatistics).toEqual([
      { category: 'LEGAL_ADVICE', received: 1, resolved: 0, closed: 1, solved: 0, setAside: 0, resolutionRatePercent: 0, meetsTarget: false },
      { category: 'REQUEST_HELP', received: 4, resolved: 0, closed: 4, solved: 1, setAside: 3, resolutionRatePercent: 100, meetsTarget: true },
    ]);
    const marchTotal = await officers['7001'].graphql(`{ complaintStatistics(${march}, groupBy: []) { received solved setAside resolutionRatePercent } }`);
    expect(marchTotal.data.complaintStatistics).toEqual([{ received: 5, solved: 1, setAside: 3, resolutionRatePercent: 50 }]);
    // Each office sees what it holds (a province its office's and districts'), another district's as if there were none.
    const own = async (office: string) => (await officers[office].graphql(
      '{ complaintStatistics(from: "1/2568", to: "2/2568", groupBy: [DISTRICT]) { districtCode received } }')).data.complaintStatistics;
    expect(await own('5001')).toEqual([{ districtCode: '5001', received: 2 }]);
    expect(await own('7001')).toEqual([{ districtCode: '7001', received: 2 }]);
    expect(await own('70')).toEqual([{ districtCode: null, received: 1 }, { districtCode: '7001', received: 2 }]);
    // Without districts the province and national roll-ups answer: the centre's complaints are a province of their own.
    const RANGE = 'from: "1/2568", to: "2/2568"';
    const provinces = await t.admin.graphql(`{ complaintStatistics(${RANGE}, groupBy: [PROVINCE]) { provinceCode received } }`);
    expect(provinces.data.complaintStatistics).toEqual([
      { provinceCode: '50', received: 2 }, { provinceCode: '70', received: 3 }, { provinceCode: null, received: 1 },
    ]);
    expect((await t.admin.graphql(`{ complaintStatistics(${RANGE}, groupBy: []) { received } }`)).data.complaintStatistics).toEqual([{ received: 6 }]);
    expect((await officers['70'].graphql(`{ complaintStatistics(${RANGE}, groupBy: []) { received } }`)).data.complaintStatistics).toEqual([{ received: 3 }]);
    const other = await officers['5001'].graphql('{ complaintStatistics(from: "1/2568", to: "2/2568", district: "7001") { received } }');
    expect(other.data.complaintStatistics).toEqual([]);
  });

  it('draws the month on a map as GeoJSON, each complaint shown to the office holding it only', async () => {
    const { data } = await t.admin.graphql(`{ complaintMap(month: "1/2568", category: "REQUEST_HELP") {
      type features { type geometry { type coordinates } properties { kind districtCode provinceCode count status } } } }`);
    expect(data.complaintMap.type).toBe('FeatureCollection');
    const point = { type: 'Point', coordinates: [99.81, 13.53] };
    const [chiangMai, province, ratchaburi, centre, ...points] = data.complaintMap.features;
    const count = (kind: string, districtCode: string | null, provinceCode: string | null, n: number) =>
      ({ type: 'Feature', geometry: point, properties: { kind, districtCode, provinceCode, count: n, status: null } });
    expect([chiangMai, province, ratchaburi, centre]).toEqual([
      count('DISTRICT', '5001', '50', 1), count('PROVINCE', null, '70', 1), count('DISTRICT', '7001', '70', 2), count('CENTRAL', null, null, 1),
    ]);
    expect(points).toHaveLength(5);
    expect(points.slice(2, 4)).toEqual(expect.arrayContaining(['RESOLVED', 'RECEIVED'].map((status) => ({
      type: 'Feature', geometry: point, properties: { kind: 'COMPLAINT', districtCode: '7001', provinceCode: '70', count: null, status },
    }))));
    // The map shows an office the complaints it can open, and no others.
    const MAP = '{ complaintMap(month: "1/2568") { features { properties { complaintId } } } }';
    const seen = { '7001': [ids.resolved, ids.open], '5001': [ids.toChiangMai], '70': [ids.toProvince, ids.resolved, ids.open] };
    for (const [office, expected] of Object.entries(seen)) {
      const { features } = (await officers[office].graphql(MAP)).data.complaintMap;
      const shown = features.map((f: { properties: { complaintId: string | null } }) => f.properties.complaintId).filter(Boolean);
      expect([office, shown.sort()]).toEqual([office, [...expected].sort()]);
      for (const id of Object.values(ids)) {
        const body = await officers[office].graphql('query ($id: ID!) { complaint(id: $id) { complaintId } }', { id });
        expect([office, id, body.data?.complaint?.complaintId === id]).toEqual([office, id, shown.includes(id)]);
      }
    }
  });

  it('refuses an unknown category in a filter, naming the field, rather than answering nothing', async () => {
    const refusal = async (query: string) => {
      const body = await t.admin.graphql(query);
      return body.errors?.map((e: { extensions: { code: string; field?: string }; message: string }) => [e.extensions.code, e.extensions.field]);
    };
    expect(await refusal('{ complaintMap(month: "1/2568", category: "WISH") { type } }')).toEqual([['COMPLAINT_CATEGORY_UNKNOWN', 'category']]);
    expect(await refusal('{ complaintStatistics(from: "1/2568", to: "2/2568", category: "WISH") { received } }'))
      .toEqual([['COMPLAINT_CATEGORY_UNKNOWN', 'category']]);
    expect(await refusal('{ complaints(filter: { category: "WISH" }) { totalCount } }')).toEqual([['COMPLAINT_CATEGORY_UNKNOWN', 'filter.category']]);
    expect(await refusal('{ complaints(filter: { category: "REQUEST_HELP", subCategory: "LAND_ENCROACHMENT" }) { totalCount } }'))
      .toEqual([['COMPLAINT_SUBCATEGORY_UNKNOWN', 'filter.subCategory']]);
    expect(await refusal('{ complaints(filter: { subCategory: "NO_SUCH_SUB" }) { totalCount } }')).toEqual([['COMPLAINT_SUBCATEGORY_UNKNOWN', 'filter.subCategory']]);
    const known = await t.admin.graphql('{ complaints(filter: { category: "REQUEST_HELP", subCategory: "INFORMAL_DEBT" }) { totalCount } }');
    expect(known.errors).toBeUndefined();
  });

  it('freezes ended months per holding office and shows them with the time they were frozen', async () => {
    const frozen = await t.app.get(ComplaintMonthEndTimer).tick();
    expect(frozen.slice(0, 2)).toEqual(['2025-01-01', '2025-02-01']);
    const MONTH_END = `{ complaintMonthEnd(month: "2/2568", province: "๗๐") {
      month monthTh provinceCode districtCode category receivedInMonth received inProgress resolved resolutionRatePercent frozenAt } }`;
    const { data } = await t.admin.graphql(MONTH_END);
    const figures = { month: '2025-02', monthTh: 'กุมภาพันธ์ 2568', provinceCode: '70', category: 'REQUEST_HELP', receivedInMonth: 0, frozenAt: expect.any(String) };
    const provinceOffice = { ...figures, districtCode: null, received: 1, inProgress: 1, resolved: 0, resolutionRatePercent: 0 };
    const mueang = { ...figures, districtCode: '7001', received: 2, inProgress: 1, resolved: 1, resolutionRatePercent: 50 };
    expect(data.complaintMonthEnd).toEqual([provinceOffice, mueang]);
    expect(await t.app.get(ComplaintMonthEndTimer).tick()).toEqual([]);
    expect((await officers['70'].graphql(MONTH_END)).data.complaintMonthEnd).toEqual([provinceOffice, mueang]);
    expect((await officers['7001'].graphql(MONTH_END)).data.complaintMonthEnd).toEqual([mueang]);
    // March, fiscal year to date at Mueang Ratchaburi: 2 solved of 6 received less 3 set aside.
    const MARCH_END = '{ complaintMonthEnd(month: "3/2568", district: "7001") { category received closed solved setAside resolutionRatePercent } }';
    expect((await officers['7001'].graphql(MARCH_END)).data.complaintMonthEnd).toEqual([
      { category: 'LEGAL_ADVICE', received: 1, closed: 1, solved: 0, setAside: 0, resolutionRatePercent: 0 },
      { category: 'REQUEST_HELP', received: 6, closed: 4, solved: 2, setAside: 3, resolutionRatePercent: 66.67 },
    ]);
    // A month frozen before migration 134 counted no solved nor set aside: no rate rather than 0%.
    await t.db.pool.query(`INSERT INTO complaint_month_end_frozen (month, frozen_at) VALUES ('2024-06-01', '2024-07-01T00:00:00+07:00');
      INSERT INTO complaint_month_end (month, district_code, province_code, category_main, received_in_month, received, in_progress, resolved, closed)
      VALUES ('2024-06-01', '7001', '70', 'REQUEST_HELP', 2, 9, 3, 2, 4)`);
    const old = await officers['7001'].graphql('{ complaintMonthEnd(month: "6/2567") { received resolved closed solved setAside resolutionRatePercent meetsTarget } }');
    expect(old.data.complaintMonthEnd).toEqual([
      { received: 9, resolved: 2, closed: 4, solved: null, setAside: null, resolutionRatePercent: null, meetsTarget: null },
    ]);
    const elsewhere = await officers['5001'].graphql('{ complaintMonthEnd(month: "2/2568", province: "70") { districtCode } }');
    expect(elsewhere.data.complaintMonthEnd).toEqual([]);
    const country = await t.admin.graphql('{ complaintMonthEnd(month: "2/2568") { provinceCode districtCode received } }');
    expect(country.data.complaintMonthEnd).toEqual([
      { provinceCode: '50', districtCode: '5001', received: 2 }, { provinceCode: '70', districtCode: null, received: 1 },
      { provinceCode: '70', districtCode: '7001', received: 2 }, { provinceCode: null, districtCode: null, received: 1 },
    ]);
  });

  it('shows the corrections a month end lists, by the month they change, to the offices they are of', async () => {
    // As the freeze lists them (month-end corrections are frozen in complaint-month-end-corrections.spec.ts).
    await t.db.pool.query(`INSERT INTO complaint_month_end_correction
      (month, corrected_month, district_code, province_code, category_main, received, in_progress, resolved, closed, solved, set_aside)
      VALUES ('2025-03-01', '2025-01-01', '7001', '70', 'REQUEST_HELP', 2, 1, 1, 0, 1, 0),
             ('2025-03-01', '2025-02-01', '5001', '50', 'REQUEST_HELP', 1, 1, 0, 0, 0, 0)`);
    const CORRECTIONS = `{ complaintMonthEndCorrections(month: "3/2568") {
      month monthTh correctedMonth correctedMonthTh provinceCode districtCode districtNameTh category received inProgress resolved solved
      resolutionRatePercent } }`;
    const mueang = {
      month: '2025-03', monthTh: 'มีนาคม 2568', correctedMonth: '2025-01', correctedMonthTh: 'มกราคม 2568', provinceCode: '70',
      districtCode: '7001', districtNameTh: expect.any(String), category: 'REQUEST_HELP', received: 2, inProgress: 1, resolved: 1, solved: 1,
      resolutionRatePercent: 50,
    };
    const all = (await t.admin.graphql(CORRECTIONS)).data.complaintMonthEndCorrections;
    expect(all).toEqual([mueang, expect.objectContaining({ correctedMonth: '2025-02', districtCode: '5001', received: 1 })]);
    expect((await officers['7001'].graphql(CORRECTIONS)).data.complaintMonthEndCorrections).toEqual([mueang]);
    const february = await t.admin.graphql('{ complaintMonthEndCorrections(month: "2/2568") { received } }');
    expect(february.data.complaintMonthEndCorrections).toEqual([]);
  });
});
