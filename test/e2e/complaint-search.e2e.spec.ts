import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { citizenId, RECEIVE, receiveInput, type ReceiveOptions } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * ค้นหาเรื่องร้องเรียน over GraphQL: staff taking a call find a complaint by tracking code, citizen id, name or
 * Thai words typed without spaces, ranked, with the passage that matched, only in their area.
 */
let t: TestApp;
const as = {} as Record<'d7001' | 'd7002' | 'p70' | 'd5001', SignedIn>;
const received = {} as Record<string, { complaintId: string; trackingCode: string }>;
const SEARCH = `query ($text: String!, $first: Int, $after: String) { searchComplaints(text: $text, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { complaintId trackingCode status subject rank matchedIn receivedAtTh owningOffice { level code nameTh }
    snippet { text matched } } } } }`;

async function receive(name: string, who: SignedIn, options: ReceiveOptions) {
  const body = await who.graphql(RECEIVE, { input: receiveInput(options) });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  received[name] = body.data.receiveComplaint.complaint;
}
const search = async (who: SignedIn, text: string, first = 20) => {
  const body = await who.graphql(SEARCH, { text, first });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.searchComplaints;
};
const ids = async (who: SignedIn, text: string) => (await search(who, text)).edges.map((e: any) => e.node.complaintId).sort();

beforeAll(async () => {
  t = await startTestApp();
  as.d7001 = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  as.d7002 = await t.signInAs({ level: 'DISTRICT', office: '7002' });
  as.p70 = await t.signInAs({ level: 'PROVINCE', office: '70' });
  as.d5001 = await t.signInAs({ level: 'DISTRICT', office: '5001' });
  await receive('road', as.d7001, { subject: 'ถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ' });
  await receive('debt', as.d7001, { subject: 'ถูกทวงหนี้นอกระบบข่มขู่ทุกวัน', citizenId: citizenId('310060012345'), firstName: 'มานะ', accused: null });
  await receive('water', as.d7002, { subject: 'น้ำประปาไม่ไหลมาสามวัน', subdistrict: '700201', accused: null });
  await receive('far', as.d5001, { subject: 'ถนนชำรุดหน้าโรงเรียน', subdistrict: '500101' });
  await t.caughtUp();
}, 120_000);
afterAll(() => t.close());

describe('searchComplaints', () => {
  it('finds Thai words typed without spaces, with the passage that matched marked, ranked', async () => {
    const page = await search(as.d7001, 'หนี้นอกระบบ');
    expect(page.totalCount).toBe(1);
    const [hit] = page.edges.map((e: any) => e.node);
    expect(hit).toMatchObject({ complaintId: received.debt.complaintId, matchedIn: 'SUBJECT', rank: 1000, status: 'RECEIVED',
      owningOffice: { level: 'DISTRICT', code: '7001' } });
    expect(hit.snippet.filter((p: any) => p.matched).map((p: any) => p.text)).toEqual(['หนี้นอกระบบ']);
    expect(hit.snippet.map((p: any) => p.text).join('')).toBe('ถูกทวงหนี้นอกระบบข่มขู่ทุกวัน');
    expect(hit.receivedAtTh).toMatch(/25\d\d/);
    expect(await ids(as.d7001, 'รถจักรยานยนต์')).toEqual([received.debt.complaintId, received.road.complaintId].sort());
    const ranked = (await search(as.d7001, 'ชำรุด')).edges.map((e: any) => [e.node.complaintId, e.node.matchedIn]);
    expect(ranked[0]).toEqual([received.road.complaintId, 'SUBJECT']);
    expect(ranked).toContainEqual([received.debt.complaintId, 'DESCRIPTION']);
  });

  it('finds a complaint by its tracking code typed with Thai digits and dashes, or the citizen id, first', async () => {
    const typed = received.debt.trackingCode.toLowerCase().replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    const [byCode] = (await search(as.d7001, typed)).edges.map((e: any) => e.node);
    expect(byCode).toMatchObject({ complaintId: received.debt.complaintId, matchedIn: 'TRACKING_CODE', rank: 2000, snippet: [] });
    const thaiId = citizenId('310060012345').replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    const [byId] = (await search(as.d7001, thaiId)).edges.map((e: any) => e.node);
    expect(byId).toMatchObject({ complaintId: received.debt.complaintId, matchedIn: 'CITIZEN_ID' });
    expect(await ids(as.d7001, 'มานะ')).toEqual([received.debt.complaintId]);
  });

  it('cuts to the area: a district its own, the province its districts, the centre all', async () => {
    // Every complaint here has the fixture's description, about a damaged road (ถนนชำรุด…).
    expect(await ids(as.d7001, 'ถนน ชำรุด')).toEqual([received.road.complaintId, received.debt.complaintId].sort());
    expect(await ids(as.d7002, 'ชำรุด')).toEqual([received.water.complaintId]);
    expect(await ids(as.d7002, 'หลุมบ่อ')).toEqual([]);
    expect(await ids(as.d7002, 'ประปา')).toEqual([received.water.complaintId]);
    expect(await ids(as.p70, 'หลุมบ่อ')).toEqual([received.road.complaintId]);
    expect(await ids(as.p70, 'ชำรุด')).toEqual([received.road.complaintId, received.debt.complaintId, received.water.complaintId].sort());
    expect(await ids(t.admin, 'ชำรุด')).toHaveLength(4);
    expect(await ids(as.d5001, 'ชำรุด')).toEqual([received.far.complaintId]);
    expect(await ids(as.d5001, received.road.trackingCode)).toEqual([]);
  });

  it('pages through the hits', async () => {
    const first = await t.admin.graphql(SEARCH, { text: 'ชำรุด', first: 2 });
    expect(first.data.searchComplaints.pageInfo.hasNextPage).toBe(true);
    const next = await t.admin.graphql(SEARCH, { text: 'ชำรุด', first: 2, after: first.data.searchComplaints.pageInfo.endCursor });
    expect(first.data.searchComplaints.totalCount).toBe(4);
    const all = [...first.data.searchComplaints.edges, ...next.data.searchComplaints.edges].map((e: any) => e.node.complaintId);
    expect(new Set(all).size).toBe(4);
    expect(next.data.searchComplaints.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses empty, too long and wordless text with a code, Thai and English messages and the field', async () => {
    for (const [text, code] of [[' ', 'SEARCH_TEXT_REQUIRED'], ['ถนน'.repeat(70), 'SEARCH_TEXT_TOO_LONG'], ['?!', 'SEARCH_TEXT_NO_WORDS']]) {
      const body = await as.d7001.graphql(SEARCH, { text });
      expect(body.data?.searchComplaints ?? null).toBeNull();
      expect(body.errors?.[0].extensions).toMatchObject({ code, field: 'text', messageTh: expect.any(String), messageEn: expect.any(String) });
    }
  });
});
