import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { requestRoleReads } from '../support/request-role-reads.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';
import { registerChonburiPao } from '../support/chonburi-pao.js';

/**
 * Businesses of a PAO and their monthly returns over GraphQL on a real PostgreSQL: registered by the business's
 * district, filed on paper, assessed across Songkran 2568 from the shipped holiday table, amended, listed, and
 * kept from the districts and provinces it does not concern.
 */
let t: TestApp;
let bangLamung: SignedIn;
let chonburi: SignedIn;
let muangChonburi: SignedIn;
let chiangMaiDistrict: SignedIn;
beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2025-04-25T10:00:00+07:00') });
  await registerChonburiPao(t.admin);
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  chonburi = await t.signInAs({ level: 'PROVINCE', office: '20' });
  muangChonburi = await t.signInAs({ level: 'DISTRICT', office: '2001' });
  chiangMaiDistrict = await t.signInAs({ level: 'DISTRICT', office: '5001' });
});
afterAll(() => t.close());

async function ok(who: SignedIn, query: string, variables: Record<string, unknown>) {
  const answer = await who.graphql(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}
const refusals = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => {
  expect(e.extensions).toEqual({ code: expect.any(String), field: e.extensions.field, messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String) });
  return [e.extensions.code, e.extensions.field];
});

const REGISTER = 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo nameTh kinds placeTh ownerIdNumber } }';
const RETURN = `id kind period periodTh businessNo status version levy billed overpaid versions { version filedOn channel amendmentReason
  figures { roomRent } assessment { dueOn monthsLate levy surcharge difference lines { itemTh quantity rateTh amount } } bill { ref1 ref2 amount payload payBy payByTh } overpayment }`;
const FILE = `mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { ${RETURN} } }`;
const AMEND = `mutation ($input: AmendMonthlyReturnInput!) { amendMonthlyReturn(input: $input) { ${RETURN} } }`;
const ONE = `query ($id: ID!) { monthlyReturn(id: $id) { id status billed } }`;
const LIST = `query ($filter: MonthlyReturnFilter!) { monthlyReturns(filter: $filter) { totalCount edges { node { id status levy surcharge billed overpaid lastRef2 lastPayBy dueOn monthsLate } } } }`;
const hotel = {
  authorityCode: '๒๒๐๐๑๐๑', nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL'], addressLine: '99 ถนนพัทยาสาย 2', subdistrictCode: '200401',
  ownerKind: 'JURISTIC', ownerIdNumber: '0105556000017', ownerName: 'บริษัท ทะเลงาม จำกัด',
};
let businessNo: number;

describe('businesses and monthly returns over GraphQL', () => {
  it('registers a hotel with the district it lies in, and refuses the same owner, kind and authority twice', async () => {
    const { registerBusiness } = await ok(bangLamung, REGISTER, { input: hotel });
    expect(registerBusiness).toMatchObject({ nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL'], placeTh: 'บางละมุง, บางละมุง, ชลบุรี', ownerIdNumber: '0105556000017' });
    businessNo = registerBusiness.businessNo;
    expect(refusals(await chonburi.graphql(REGISTER, { input: { ...hotel, nameTh: 'โรงแรมทะเลงาม 2' } }))).toEqual([['BUSINESS_ALREADY_REGISTERED', 'ownerIdNumber']]);
    expect(refusals(await bangLamung.graphql(REGISTER, { input: { ...hotel, ownerIdNumber: '0105556000011' } }))).toEqual([['COMPANY_ID_CHECK_DIGIT', 'ownerIdNumber']]);
    expect(refusals(await muangChonburi.graphql(REGISTER, { input: { ...hotel, ownerIdNumber: '3101200123453' } }))).toEqual([['BUSINESS_OUTSIDE_AREA', 'subdistrictCode']]);
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM local_businesses');
    expect(rows[0].n).toBe(1);
  });

  it('files a paper return one day after the deadline Songkran moved to 17 April: a month of surcharge, billed with Ref1/Ref2', async () => {
    const { fileMonthlyReturn: filed } = await ok(bangLamung, FILE, { input: {
      businessNo, kind: 'HOTEL', period: '๒๕๖๘-๐๓', figures: { roomRent: '1,000,000' }, filer: { name: 'นางสมใจ ใจดี', position: 'ผู้จัดการ' }, receivedOn: '2568-04-18',
    } });
    const ref2 = `${String(businessNo).padStart(8, '0')}01`;
    expect(filed).toMatchObject({ id: `${businessNo}-HOTEL-2025-03`, periodTh: 'มีนาคม 2568', status: 'BILLED', version: 1, levy: '5000.00', billed: '5100.00' });
    expect(filed.versions[0].assessment).toEqual({
      dueOn: '2025-04-17', monthsLate: 1, levy: '5000.00', surcharge: '100.00', difference: '5100.00',
      lines: [{ itemTh: 'ค่าเช่าห้องพัก', quantity: '1000000.00', rateTh: '0.50 %', amount: '5000.000000' }],
    });
    expect(filed.versions[0].bill).toEqual({
      ref1: '22001011256803', ref2: expect.stringMatching(new RegExp(`^${ref2}\\d$`)), amount: '5100.00',
      payload: `|000000008014100\r22001011256803\r${filed.versions[0].bill.ref2}\r510000`,
      // A month of surcharge counted: owed as billed to the same day a month after the deadline (ชำระภายใน).
      payBy: '2025-05-17', payByTh: '17 พฤษภาคม 2568',
    });
  });

  it('refuses a duplicate return for the same business, levy and month, keeping the first', async () => {
    const again = await bangLamung.graphql(FILE, { input: { businessNo, kind: 'HOTEL', period: '2025-03', figures: { roomRent: '5' }, filer: { name: 'ก' } } });
    expect(refusals(again)).toEqual([['RETURN_DUPLICATE', 'period']]);
    expect((await ok(chonburi, ONE, { id: `${businessNo}-HOTEL-2025-03` })).monthlyReturn).toEqual({ id: `${businessNo}-HOTEL-2025-03`, status: 'BILLED', billed: '5100.00' });
  });

  it('amends the return twice: billed on a positive difference, an overpayment noted on a negative one', async () => {
    const id = `${businessNo}-HOTEL-2025-03`;
    const up = (await ok(chonburi, AMEND, { input: { returnId: id, figures: { roomRent: '1200000' }, filer: { name: 'นางสมใจ ใจดี' }, reason: 'ค่าห้องตกหล่น' } })).amendMonthlyReturn;
    expect(up.versions[1]).toMatchObject({ version: 2, amendmentReason: 'ค่าห้องตกหล่น', assessment: { levy: '6000.00', surcharge: '20.00', difference: '1020.00' }, bill: { amount: '1020.00' } });
    const down = (await ok(bangLamung, AMEND, { input: { returnId: id, figures: { roomRent: '900000' }, filer: { name: 'นางสมใจ ใจดี' }, reason: 'คืนเงินมัดจำ' } })).amendMonthlyReturn;
    expect(down).toMatchObject({ status: 'OVERPAID', version: 3, levy: '4500.00', billed: '6120.00', overpaid: '1500.00' });
    expect(down.versions[2]).toMatchObject({ bill: null, overpayment: '1500.00', assessment: { difference: '-1500.00' } });
  });

  it('lists the return for the district and the province, and for nobody outside them', async () => {
    await t.caughtUp();
    const filter = { authorityCode: '2200101', period: '2568-03' };
    const row = { id: `${businessNo}-HOTEL-2025-03`, status: 'OVERPAID', levy: '4500.00', surcharge: '120.00', billed: '6120.00', overpaid: '1500.00', dueOn: '2025-04-17', monthsLate: 1, lastPayBy: '2025-05-17' };
    for (const reader of [bangLamung, chonburi, t.admin]) {
      const { monthlyReturns } = await ok(reader, LIST, { filter });
      expect(monthlyReturns.totalCount).toBe(1);
      expect(monthlyReturns.edges[0].node).toMatchObject(row);
    }
    for (const outsider of [chiangMaiDistrict, muangChonburi]) {
      expect((await ok(outsider, LIST, { filter })).monthlyReturns.totalCount).toBe(0);
      expect(refusals(await outsider.graphql(ONE, { id: row.id }))).toEqual([['RETURN_NOT_FOUND', 'id']]);
      const amend = await outsider.graphql(AMEND, { input: { returnId: row.id, figures: { roomRent: '1' }, filer: { name: 'ก' }, reason: 'ลอง' } });
      expect(refusals(amend)).toEqual([['RETURN_NOT_FOUND', 'returnId']]);
    }
    expect((await ok(chiangMaiDistrict, 'query { businesses(authorityCode: "2200101") { totalCount } }', {})).businesses.totalCount).toBe(0);
    expect(refusals(await chiangMaiDistrict.graphql(REGISTER, { input: { ...hotel, ownerIdNumber: '3101200123453' } }))).toEqual([['AUTHORITY_NOT_FOUND', 'authorityCode']]);
    const filing = await chiangMaiDistrict.graphql(FILE, { input: { businessNo, kind: 'HOTEL', period: '2025-02', figures: { roomRent: '5' }, filer: { name: 'ก' } } });
    expect(refusals(filing)).toEqual([['BUSINESS_NOT_FOUND', 'businessNo']]);
  });

  it('refuses bad figures with their fields, and a levy the business is not registered for', async () => {
    const bad = await bangLamung.graphql(FILE, { input: { businessNo, kind: 'HOTEL', period: '2025-02', figures: { roomRent: '-1', cigarettes: '5' }, filer: { name: ' ' } } });
    expect(refusals(bad)).toEqual([
      ['RETURN_FIGURE_NOT_FOR_KIND', 'figures.cigarettes'], ['RETURN_FIGURE_MALFORMED', 'figures.roomRent'], ['TEXT_REQUIRED', 'filer.name'],
    ]);
    const fuel = await bangLamung.graphql(FILE, { input: { businessNo, kind: 'FUEL', period: '2025-02', figures: { fuel: { petrol: '1' } }, filer: { name: 'ก' } } });
    expect(refusals(fuel)).toEqual([['RETURN_KIND_NOT_REGISTERED', 'kind']]);
    const { rows } = await t.db.pool.query("SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'monthly-return-%'");
    expect(rows[0].n).toBe(9);
  });

  it('rebuilds the return list from the log to the same rows, and puts back a row changed behind its back', async () => {
    await t.caughtUp();
    const rebuilt = async (input: string) => {
      const started = await t.admin.graphql(`mutation { rebuildProjection(input: { name: "monthly-returns", ${input} }) { id } }`);
      expect(started.errors).toBeUndefined();
      for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
        const { projectionRebuilds } = await ok(t.admin, 'query { projectionRebuilds(first: 5) { edges { node { id state parts { differences swapped } } } } }', {});
        const run = projectionRebuilds.edges.map((e: { node: { id: string; state: string } }) => e.node).find((r: { id: string }) => r.id === started.data.rebuildProjection.id);
        if (run && run.state !== 'RUNNING') return run;
      }
      throw new Error('the rebuild did not finish');
    };
    expect(await rebuilt('verifyOnly: true')).toMatchObject({ state: 'VERIFIED', parts: [{ differences: 0, swapped: false }] });
    await t.db.pool.query('UPDATE monthly_returns SET billed_satang = 1');
    expect(await rebuilt('acceptDifferences: true')).toMatchObject({ state: 'SWAPPED', parts: [{ differences: 1, swapped: true }] });
    expect((await t.db.pool.query('SELECT billed_satang::int AS billed FROM monthly_returns')).rows).toEqual([{ billed: 612_000 }]);
  }, 120_000);
});

describe('row-level security of the return list, the resolvers left out', () => {
  const reads = requestRoleReads(() => t, 2);
  it('shows a return to the district the business lies in, its province and the centre, and to no other', async () => {
    const seen = (settings: Parameters<typeof reads.inScope>[0]) =>
      reads.inScope(settings, async () => (await reads.facade.query('SELECT return_id FROM monthly_returns')).rows.length);
    const common = { accountId: 'test', office: 'test' };
    expect(await seen({ level: 'DISTRICT', district: '2004', ...common })).toBe(1);
    expect(await seen({ level: 'PROVINCE', province: '20', ...common })).toBe(1);
    expect(await seen({ level: 'CENTRAL', ...common })).toBe(1);
    expect(await seen({ level: 'DISTRICT', district: '2001', ...common })).toBe(0);
    expect(await seen({ level: 'PROVINCE', province: '50', ...common })).toBe(0);
  });
});
