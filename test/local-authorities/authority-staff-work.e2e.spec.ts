import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { scopeSettingsOf } from '../../src/identity/scope/area-scope.js';
import { requestRoleReads } from '../support/request-role-reads.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * An authority's revenue staff (LOCAL) work their own authority's filings and only those, over GraphQL and under
 * row-level security alone: the PAO's staff its businesses and monthly returns, the SAO's staff its leaflet permits;
 * another authority's are answered as not found. The department's district keeps overseeing both.
 */
let t: TestApp;
let paoStaff: SignedIn;
let pongStaff: SignedIn;
let banSuanStaff: SignedIn;
let bangLamung: SignedIn;
const pong = { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' };
const banSuan = { code: '5200101', nameTh: 'เทศบาลเมืองบ้านสวน', kind: 'MUNICIPALITY', municipalityClass: 'TOWN', provinceCode: '20', districtCode: '2001', billerCode: '81777' };
const pao = { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' };
const ENACT = 'mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }';
const REGISTER_BUSINESS = 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo ownerIdNumber } }';
const BUSINESS = 'query ($n: Int!) { business(businessNo: $n) { businessNo ownerIdNumber ownerName } }';
const BUSINESSES = 'query ($c: String!) { businesses(authorityCode: $c) { totalCount } }';
const FILE = 'mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { id status version } }';
const AMEND = 'mutation ($input: AmendMonthlyReturnInput!) { amendMonthlyReturn(input: $input) { id version } }';
const RETURN = 'query ($id: ID!) { monthlyReturn(id: $id) { id version } }';
const RETURNS = 'query ($filter: MonthlyReturnFilter!) { monthlyReturns(filter: $filter) { totalCount } }';
const permitMutation = (name: string) => `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { permitId permit { status } } }`;
const PERMIT = 'query ($id: ID!) { leafletPermit(id: $id) { permit { permitId status } } }';
const PERMITS = 'query ($filter: LeafletPermitFilter) { leafletPermits(filter: $filter) { totalCount edges { node { permitId } } } }';
const hotel = {
  authorityCode: pao.code, nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL'], addressLine: '99 ถนนพัทยาสาย 2', subdistrictCode: '200401',
  ownerKind: 'JURISTIC', ownerIdNumber: '0105556000017', ownerName: 'บริษัท ทะเลงาม จำกัด',
};
const permitRequest = (authorityCode: string, subdistrictCode: string) => ({
  authorityCode, applicant: { kind: 'PERSON', name: 'นายสมชาย ใจดี', idNumber: '1101700234568', phone: '081-234-5678' },
  advertisement: 'ร้านก๋วยเตี๋ยวเปิดใหม่', places: [{ subdistrictCode, description: 'หน้าตลาด' }], from: '2568-12-15', to: '2568-12-31', leaflets: '500',
});

async function ok(as: SignedIn, query: string, variables: Record<string, unknown> = {}) {
  const body = await as.graphql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0] as any;
}
const codeOf = (answer: GraphQLAnswer) => answer.errors?.map((e) => e.extensions.code);

let businessNo: number;
let returnId: string;
let pongPermit: string;
let banSuanPermit: string;

beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2025-12-01T10:00:00+07:00') });
  for (const input of [pong, banSuan, pao]) await ok(t.admin, 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }', { input });
  const leafletTerms = { effectiveFrom: '2568-01-01', ordinance: 'ข้อบัญญัติ ค่าธรรมเนียม', leafletPermitFee: '200', leafletDecisionDays: '5',
    filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50' };
  for (const code of [pong.code, banSuan.code]) await ok(t.admin, ENACT, { input: { ...leafletTerms, authorityCode: code } });
  await ok(t.admin, ENACT, { input: {
    authorityCode: pao.code, effectiveFrom: '2567-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeePercent: '0.5',
    fuelRates: { petrol: '4.54', diesel: '4.54' }, tobaccoRate: '9.30', filingDeadlineDay: '13', surchargePercentPerMonth: '2', surchargeCapPercent: '100',
  } });
  paoStaff = await t.signInAs({ level: 'LOCAL', office: pao.code });
  pongStaff = await t.signInAs({ level: 'LOCAL', office: pong.code });
  banSuanStaff = await t.signInAs({ level: 'LOCAL', office: banSuan.code });
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
}, 120_000);
afterAll(() => t.close());

describe("a PAO's revenue staff work its businesses and monthly returns", () => {
  it('registers a business, keys a paper return, amends it, and reads both', async () => {
    businessNo = (await ok(paoStaff, REGISTER_BUSINESS, { input: hotel })).businessNo;
    const filed = await ok(paoStaff, FILE, { input: {
      businessNo, kind: 'HOTEL', period: '2568-10', figures: { roomRent: '1,000,000' }, filer: { name: 'นางสมใจ ใจดี', position: 'ผู้จัดการ' }, receivedOn: '2568-11-10',
    } });
    returnId = filed.id;
    expect(filed).toMatchObject({ version: 1 });
    const amended = await ok(paoStaff, AMEND, { input: {
      returnId, figures: { roomRent: '1,200,000' }, filer: { name: 'นางสมใจ ใจดี', position: 'ผู้จัดการ' }, receivedOn: '2568-11-20', reason: 'ค่าเช่าห้องพักแจ้งไว้ขาด',
    } });
    expect(amended).toEqual({ id: returnId, version: 2 });
    expect(await ok(paoStaff, RETURN, { id: returnId })).toEqual({ id: returnId, version: 2 });
    await t.caughtUp(); // the list is a read model
    expect((await ok(paoStaff, RETURNS, { filter: { authorityCode: pao.code } })).totalCount).toBe(1);
    expect((await ok(paoStaff, BUSINESSES, { c: pao.code })).totalCount).toBe(1);
    expect(await ok(paoStaff, BUSINESS, { n: businessNo })).toEqual({ businessNo, ownerIdNumber: hotel.ownerIdNumber, ownerName: hotel.ownerName });
    // The district the business lies in oversees it as before.
    expect((await ok(bangLamung, RETURNS, { filter: { authorityCode: pao.code } })).totalCount).toBe(1);
  });

  it("writes each read of the owner's id and name to the personal-data read log, never the values", async () => {
    const { rows } = await t.db.pool.query<{ account_id: string; office: string; fields: string[] }>(
      "SELECT account_id, office, fields FROM personal_data_reads WHERE record_type = 'business' AND record_id = $1 AND account_id = $2 ORDER BY read_id",
      [String(businessNo), paoStaff.accountId]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)).toEqual({ account_id: paoStaff.accountId, office: `AUTHORITY:${pao.code}`, fields: ['ownerIdNumber', 'ownerName'] });
    const log = await ok(t.admin, '{ personalDataReads(first: 50, filter: { recordType: BUSINESS }) { totalCount edges { node { recordId } } } }');
    expect(log.edges.map((e: { node: { recordId: string } }) => e.node.recordId)).toContain(String(businessNo));
  });

  it("another authority's staff read and change nothing of them: not found", async () => {
    expect(codeOf(await pongStaff.graphql(BUSINESS, { n: businessNo }))).toEqual(['BUSINESS_NOT_FOUND']);
    expect(codeOf(await pongStaff.graphql(RETURN, { id: returnId }))).toEqual(['RETURN_NOT_FOUND']);
    expect((await ok(pongStaff, BUSINESSES, { c: pao.code })).totalCount).toBe(0);
    expect((await ok(pongStaff, RETURNS, { filter: { authorityCode: pao.code } })).totalCount).toBe(0);
    expect(codeOf(await pongStaff.graphql(REGISTER_BUSINESS, { input: { ...hotel, ownerIdNumber: '3101200123453' } }))).toEqual(['AUTHORITY_NOT_FOUND']);
    expect(codeOf(await pongStaff.graphql(AMEND, { input: {
      returnId, figures: { roomRent: '1' }, filer: { name: 'ก', position: 'ข' }, receivedOn: '2568-11-21', reason: 'ลอง',
    } }))).toEqual(['RETURN_NOT_FOUND']);
    expect(await ok(paoStaff, RETURN, { id: returnId })).toEqual({ id: returnId, version: 2 });
  });
});

describe("an SAO's revenue staff work its leaflet permits", () => {
  it('requests, checks, approves, takes the fee and issues; lists its own only', async () => {
    pongPermit = (await ok(pongStaff, permitMutation('requestLeafletPermit'), { input: permitRequest(pong.code, '200404') })).permitId;
    banSuanPermit = (await ok(banSuanStaff, permitMutation('requestLeafletPermit'), { input: permitRequest(banSuan.code, '200101') })).permitId;
    await ok(pongStaff, permitMutation('checkLeafletPermit'), { input: { permitId: pongPermit } });
    await ok(pongStaff, permitMutation('approveLeafletPermit'), { input: { permitId: pongPermit, conditions: 'ห้ามโปรยบนถนนสาธารณะ' } });
    await ok(pongStaff, permitMutation('recordLeafletFeePaid'), { input: { permitId: pongPermit, amount: '200', paidOn: '2568-12-01' } });
    expect((await ok(pongStaff, permitMutation('issueLeafletPermit'), { input: { permitId: pongPermit } })).permit.status).toBe('ISSUED');
    await t.caughtUp();
    const listed = await ok(pongStaff, PERMITS);
    expect(listed.edges.map((e: { node: { permitId: string } }) => e.node.permitId)).toEqual([pongPermit]);
    expect((await ok(pongStaff, PERMITS, { filter: { authorityCode: banSuan.code } })).totalCount).toBe(0);
    expect((await ok(bangLamung, PERMITS)).totalCount).toBe(1);
  });

  it("reads and changes nothing of another authority's permits, nor does the PAO's staff", async () => {
    expect(codeOf(await pongStaff.graphql(PERMIT, { id: banSuanPermit }))).toEqual(['LEAFLET_PERMIT_NOT_FOUND']);
    expect(codeOf(await pongStaff.graphql(permitMutation('refuseLeafletPermit'), { input: { permitId: banSuanPermit, reasons: 'ลอง' } })))
      .toEqual(['LEAFLET_PERMIT_NOT_FOUND']);
    expect(codeOf(await pongStaff.graphql(permitMutation('requestLeafletPermit'), { input: permitRequest(banSuan.code, '200101') })))
      .toEqual(['LEAFLET_AUTHORITY_OUTSIDE_AREA']);
    expect(codeOf(await paoStaff.graphql(PERMIT, { id: pongPermit }))).toEqual(['LEAFLET_PERMIT_NOT_FOUND']);
    expect((await ok(paoStaff, PERMITS)).totalCount).toBe(0);
    const pdf = await pongStaff.get(`/leaflet-permits/${banSuanPermit}.pdf`);
    expect([pdf.status, ((await pdf.json()) as { code: string }).code]).toEqual([404, 'LEAFLET_PERMIT_NOT_FOUND']);
    expect((await pongStaff.get(`/leaflet-permits/${pongPermit}.pdf`)).status).toBe(200);
  });
});

describe('under row-level security alone (the request role, no resolver)', () => {
  const reads = requestRoleReads(() => t, 1);
  const seenBy = (staff: SignedIn, code: string) => reads.inScope(
    scopeSettingsOf({ accountId: staff.accountId, level: 'LOCAL', office: { kind: 'AUTHORITY', code } }), async () => {
      const count = async (sql: string) => ((await reads.facade.query(sql)) as pg.QueryResult<{ ids: string[] }>).rows[0].ids ?? [];
      return {
        returns: await count('SELECT array_agg(return_id ORDER BY return_id) AS ids FROM monthly_returns'),
        permits: await count('SELECT array_agg(permit_id ORDER BY permit_id) AS ids FROM leaflet_permits'),
      };
    });

  it("a LOCAL reader sees its own authority's rows and no other's (a PAO's also its province's permits, for its province view)", async () => {
    await t.caughtUp();
    expect(await seenBy(paoStaff, pao.code)).toEqual({ returns: [returnId], permits: [pongPermit, banSuanPermit].sort() });
    expect(await seenBy(pongStaff, pong.code)).toEqual({ returns: [], permits: [pongPermit] });
    expect(await seenBy(banSuanStaff, banSuan.code)).toEqual({ returns: [], permits: [banSuanPermit] });
  });
});
