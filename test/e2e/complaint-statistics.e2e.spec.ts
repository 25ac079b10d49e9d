import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplaintMonthEndTimer } from '../../src/projections/complaint-statistics/complaint-month-end.timer.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/** Officers of Mueang Ratchaburi (7001) and Mueang Chiang Mai (5001); statistics are read by the centre unless said. */
const officers: Record<string, SignedIn> = {};
beforeAll(async () => {
  t = await startTestApp();
  for (const office of ['7001', '5001']) officers[office] = await t.signInAs({ level: 'DISTRICT', office });
  const receive = async (receivedAt: string, subdistrict: string, n: string) => {
    const body = await officers[subdistrict.slice(0, 4)].graphql(RECEIVE, {
      input: receiveInput({ receivedAt, subdistrict, citizenId: citizenId(`11017002${n}00`), accused: null }),
    });
    return body.data.receiveComplaint.complaint.complaintId as string;
  };
  const resolved = await receive('๕/๑/๒๕๖๘', '700101', '01');
  await receive('20/1/2568', '700102', '02');
  await receive('3/2/2025', '500101', '03');
  await officers['7001'].graphql(`mutation ($id: ID!) { resolveComplaint(complaintId: $id, result: "ซ่อมถนนแล้ว") { version } }`, { id: resolved });
  await t.caughtUp();
});
afterAll(() => t.close());

describe('complaint statistics over GraphQL', () => {
  it('counts by district and month with the resolution rate against the 80% target', async () => {
    const { data } = await t.admin.graphql(`{ complaintStatistics(from: "๑/๒๕๖๘", to: "2568-02", groupBy: [DISTRICT, MONTH]) {
      month monthTh provinceCode provinceNameTh districtCode districtNameTh received inProgress resolved closed
      resolutionRatePercent targetPercent meetsTarget } }`);
    expect(data.complaintStatistics).toEqual([
      {
        month: '2025-01', monthTh: 'มกราคม 2568', provinceCode: '70', provinceNameTh: 'ราชบุรี', districtCode: '7001',
        districtNameTh: 'เมืองราชบุรี', received: 2, inProgress: 1, resolved: 1, closed: 0, resolutionRatePercent: 50,
        targetPercent: 80, meetsTarget: false,
      },
      {
        month: '2025-02', monthTh: 'กุมภาพันธ์ 2568', provinceCode: '50', provinceNameTh: 'เชียงใหม่', districtCode: '5001',
        districtNameTh: 'เมืองเชียงใหม่', received: 1, inProgress: 1, resolved: 0, closed: 0, resolutionRatePercent: 0,
        targetPercent: 80, meetsTarget: false,
      },
    ]);
    const byCategory = await t.admin.graphql('{ complaintStatistics(from: "2025-03", to: "2025-03", groupBy: [CATEGORY]) { received } }');
    expect(byCategory.data.complaintStatistics).toEqual([]);
    // A district sees its own figures only, and another district's as if there were none.
    const own = await officers['5001'].graphql('{ complaintStatistics(from: "1/2568", to: "2/2568", groupBy: [DISTRICT]) { districtCode received } }');
    expect(own.data.complaintStatistics).toEqual([{ districtCode: '5001', received: 1 }]);
    const other = await officers['5001'].graphql('{ complaintStatistics(from: "1/2568", to: "2/2568", district: "7001") { received } }');
    expect(other.data.complaintStatistics).toEqual([]);
  });

  it('draws the month on a map as GeoJSON', async () => {
    const { data } = await t.admin.graphql(`{ complaintMap(month: "1/2568", category: "REQUEST_HELP") {
      type features { type geometry { type coordinates } properties { kind districtCode count status } } } }`);
    expect(data.complaintMap.type).toBe('FeatureCollection');
    const point = { type: 'Point', coordinates: [99.81, 13.53] };
    const [districtCount, ...points] = data.complaintMap.features;
    expect(districtCount).toEqual({ type: 'Feature', geometry: point, properties: { kind: 'district', districtCode: '7001', count: 2, status: null } });
    expect(points).toHaveLength(2);
    expect(points).toEqual(expect.arrayContaining(['RESOLVED', 'RECEIVED'].map((status) => ({
      type: 'Feature', geometry: point, properties: { kind: 'complaint', districtCode: '7001', count: null, status },
    }))));
    const elsewhere = await officers['5001'].graphql('{ complaintMap(month: "1/2568") { features { type } } }');
    expect(elsewhere.data.complaintMap.features).toEqual([]);
  });

  it('freezes ended months per district and shows them with the time they were frozen', async () => {
    const frozen = await t.app.get(ComplaintMonthEndTimer).tick();
    expect(frozen.slice(0, 2)).toEqual(['2025-01-01', '2025-02-01']);
    const { data } = await t.admin.graphql(`{ complaintMonthEnd(month: "2/2568", province: "๗๐") {
      month monthTh districtCode category receivedInMonth received inProgress resolved resolutionRatePercent frozenAt } }`);
    expect(data.complaintMonthEnd).toEqual([{
      month: '2025-02', monthTh: 'กุมภาพันธ์ 2568', districtCode: '7001', category: 'REQUEST_HELP', receivedInMonth: 0,
      received: 2, inProgress: 1, resolved: 1, resolutionRatePercent: 50, frozenAt: expect.any(String),
    }]);
    expect(await t.app.get(ComplaintMonthEndTimer).tick()).toEqual([]);
    const elsewhere = await officers['5001'].graphql('{ complaintMonthEnd(month: "2/2568", province: "70") { districtCode } }');
    expect(elsewhere.data.complaintMonthEnd).toEqual([]);
  });
});
