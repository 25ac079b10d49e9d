import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { scopeSettingsOf } from '../../src/identity/scope/area-scope.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { registration } from '../support/debt-api.js';
import { requestRoleReads } from '../support/request-role-reads.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The revenue staff of a local administrative organisation (level LOCAL): registered by the centre at an authority of
 * the register, it reads its own authority and its terms, and nothing else — no other authority, no debt case, no
 * complaint, no report, no account; then the same through the request role alone (row-level security), where it
 * sees its authority's filings (a leaflet permit request) and nothing else.
 */
let t: TestApp;
let pongStaff: SignedIn;
let bangLamung: SignedIn;
let pongPermit: string;
const REGISTER = 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }';
const CREATE = 'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id level officeKey officeNameTh } } }';
const MOVE = 'mutation ($input: ChangeStaffAccountOfficeInput!) { changeStaffAccountOffice(input: $input) { officeKey officeNameTh } }';
const AUTHORITIES = 'query ($p: String, $k: LocalAuthorityKind) { localAuthorities(province: $p, kind: $k) { totalCount edges { node { code nameTh } } } }';
const pong = { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' };
const chonburiPao = { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' };
const terms = {
  authorityCode: pong.code, effectiveFrom: '2567-10-01', ordinance: 'ข้อบัญญัติ อบต.โป่ง พ.ศ. 2567', leafletPermitFee: '200',
  leafletDecisionDays: '15', filingDeadlineDay: '15', surchargePercentPerMonth: '2', surchargeCapPercent: '100',
};
const form = (officeCode: string, n: number) => ({
  citizenId: citizenId(`16200702${String(n).padStart(4, '0')}`), title: 'นาง', firstName: 'รายได้', lastName: `โป่ง${n}`, position: 'REVENUE_COLLECTION_OFFICER',
  level: 'LOCAL', officeCode, officePhone: '038123456',
});

async function ok(as: SignedIn, query: string, variables: Record<string, unknown> = {}) {
  const body = await as.graphql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0] as any;
}
/** The code and field of each refusal, each said in Thai and in English. */
const refusals = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => {
  expect(e.extensions).toEqual({ code: expect.any(String), field: e.extensions.field, messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String) });
  return [e.extensions.code, e.extensions.field];
});

beforeAll(async () => {
  t = await startTestApp();
  for (const input of [pong, chonburiPao]) await ok(t.admin, REGISTER, { input });
  await ok(t.admin, 'mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }', { input: terms });
  pongStaff = await t.signInAs({ level: 'LOCAL', office: pong.code });
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004', position: 'DEPUTY_DISTRICT_CHIEF' });
  await ok(bangLamung, 'mutation ($input: RegisterDebtorInput!) { registerDebtor(input: $input) { caseId } }', { input: registration({ districtCode: '2004' }) });
  await ok(bangLamung, RECEIVE, { input: receiveInput({ subdistrict: '200401', accused: null }) });
  // A leaflet permit request at the authority, keyed by the district it lies in.
  pongPermit = (await ok(bangLamung, 'mutation ($input: RequestLeafletPermitInput!) { requestLeafletPermit(input: $input) { permitId } }', { input: {
    authorityCode: pong.code, applicant: { kind: 'PERSON', name: 'นายสมชาย ใจดี', idNumber: '1101700234568', phone: '081-234-5678' },
    advertisement: 'ร้านก๋วยเตี๋ยวเปิดใหม่', places: [{ subdistrictCode: '200404', description: 'หน้าตลาดโป่ง' }], from: '2570-01-01', to: '2570-01-15', leaflets: '500',
  } })).permitId;
  await t.caughtUp();
});
afterAll(() => t.close());

describe('LOCAL accounts: the centre registers them at an authority of the register', () => {
  it('refuses an authority the register does not hold, a malformed code, and anyone but the centre, storing nothing', async () => {
    const count = async () => (await t.db.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM staff_accounts WHERE level = 'LOCAL'")).rows[0].n;
    const before = await count();
    expect(refusals(await t.admin.graphql(CREATE, { input: form('6200799', 1) })))
      .toEqual([['OFFICE_AUTHORITY_NOT_FOUND', 'officeCode']]);
    expect(refusals(await t.admin.graphql(CREATE, { input: form('62007', 2) })))
      .toEqual([['OFFICE_CODE_MALFORMED', 'officeCode']]);
    const chonburi = await t.signInAs({ level: 'PROVINCE', office: '20', administrator: true });
    expect((await chonburi.graphql(CREATE, { input: form(pong.code, 3) })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('names the authority\'s office by the register, and the account by its authority', async () => {
    const office = await ok(t.admin, 'query ($o: String!) { staffOffice(officeCode: $o) { officeKey nameTh registrableLevels } }', { o: '๖๒๐๐๗๐๒' });
    expect(office).toEqual({ officeKey: 'AUTHORITY:6200702', nameTh: pong.nameTh, registrableLevels: ['LOCAL'] });
    expect(refusals(await t.admin.graphql('{ staffOffice(officeCode: "6200799") { nameTh } }'))).toEqual([['OFFICE_AUTHORITY_NOT_FOUND', 'officeCode']]);
    const me = await ok(pongStaff, '{ me { account { level officeKey officeCode officeNameTh mayWorkCases } } }');
    expect(me.account).toEqual({ level: 'LOCAL', officeKey: 'AUTHORITY:6200702', officeCode: pong.code, officeNameTh: pong.nameTh, mayWorkCases: false });
    const listed = await ok(t.admin, 'query ($o: String!) { staffAccounts(officeCode: $o) { edges { node { id officeNameTh } } } }', { o: pong.code });
    expect(listed.edges.map((e: { node: object }) => e.node)).toEqual([{ id: pongStaff.accountId, officeNameTh: pong.nameTh }]);
    const fromDistrict = await ok(bangLamung, 'query ($o: String!) { staffAccounts(officeCode: $o) { totalCount } }', { o: pong.code });
    expect(fromDistrict.totalCount).toBe(0);
  });

  it('moves an account to another authority of the register only', async () => {
    const moved = await t.signInAs({ level: 'LOCAL', office: pong.code });
    expect(refusals(await t.admin.graphql(MOVE, { input: { accountId: moved.accountId, level: 'LOCAL', officeCode: '6200799' } })))
      .toEqual([['OFFICE_AUTHORITY_NOT_FOUND', 'officeCode']]);
    expect(await ok(t.admin, MOVE, { input: { accountId: moved.accountId, level: 'LOCAL', officeCode: chonburiPao.code } }))
      .toEqual({ officeKey: 'AUTHORITY:2200101', officeNameTh: chonburiPao.nameTh });
  });

  it("holds an authority's revenue positions only: a department position is refused for LOCAL, a revenue one for a district, storing nothing", async () => {
    const count = async () => (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_accounts')).rows[0].n;
    const before = await count();
    expect(refusals(await t.admin.graphql(CREATE, { input: { ...form(pong.code, 4), position: 'ADMINISTRATIVE_OFFICER' } })))
      .toEqual([['POSITION_NOT_OF_AUTHORITY', 'position']]);
    const chonburi = await t.signInAs({ level: 'PROVINCE', office: '20', administrator: true });
    const districtForm = { ...form('2004', 5), level: 'DISTRICT', position: 'REVENUE_TECHNICAL_OFFICER' };
    expect(refusals(await chonburi.graphql(CREATE, { input: districtForm }))).toEqual([['POSITION_OF_AUTHORITY_ONLY', 'position']]);
    expect(await count()).toBe(before + 1);
    const made = await ok(t.admin, 'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { position positionTh } } }',
      { input: { ...form(chonburiPao.code, 6), position: 'FINANCE_DIRECTOR' } });
    expect(made.account).toEqual({ position: 'FINANCE_DIRECTOR', positionTh: 'ผู้อำนวยการกองคลัง' });
  });
});

describe('what a LOCAL account reads', () => {
  it('reads its own authority and its terms, and no other authority', async () => {
    const own = await ok(pongStaff, AUTHORITIES);
    expect(own).toEqual({ totalCount: 1, edges: [{ node: { code: pong.code, nameTh: pong.nameTh } }] });
    expect((await ok(pongStaff, AUTHORITIES, { p: '10' })).totalCount).toBe(0);
    expect((await ok(pongStaff, AUTHORITIES, { k: 'PAO' })).totalCount).toBe(0);
    expect((await ok(pongStaff, 'query ($c: String!) { localAuthority(code: $c) { code } }', { c: pong.code })).code).toBe(pong.code);
    const inForce = await ok(pongStaff, 'query ($c: String!) { authorityTermsInForce(code: $c, on: "2024-11-01") { ordinance leafletPermitFee } }', { c: pong.code });
    expect(inForce).toEqual({ ordinance: terms.ordinance, leafletPermitFee: '200.00' });
    for (const query of ['localAuthority(code: $c) { code }', 'authorityTermsHistory(code: $c) { ordinance }', 'authorityTermsInForce(code: $c, on: "2024-11-01") { ordinance }']) {
      expect(refusals(await pongStaff.graphql(`query ($c: String!) { ${query} }`, { c: chonburiPao.code }))).toEqual([['AUTHORITY_NOT_FOUND', 'code']]);
    }
    // The district the authority lies in reads it as before; the province's PAO beside it.
    expect((await ok(bangLamung, AUTHORITIES)).totalCount).toBe(2);
  });

  it('reads no debt case, complaint, count, report, account or log of the department', async () => {
    const body = await pongStaff.graphql('{ debtCases { totalCount } complaints { totalCount } handedOverCases { totalCount } districtCounts(provinceCode: "20") { district { code } } }');
    expect(body.data).toEqual({ debtCases: { totalCount: 0 }, complaints: { totalCount: 0 }, handedOverCases: { totalCount: 0 }, districtCounts: [] });
    for (const query of ['{ nationalCounts { registered } }', '{ caseStreams { edges { node { streamId } } } }', '{ personalDataReads(first: 1) { totalCount } }']) {
      expect([query, (await pongStaff.graphql(query)).errors?.[0].extensions.code]).toEqual([query, 'FORBIDDEN']);
    }
    const accounts = await ok(pongStaff, 'query ($o: String!) { staffAccounts(officeCode: $o) { totalCount } }', { o: '2004' });
    expect(accounts.totalCount).toBe(0);
    const receive = await pongStaff.graphql(RECEIVE, { input: receiveInput({ subdistrict: '200401', accused: null }) });
    expect(receive.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('a LOCAL account under row-level security alone (the request role, no resolver)', () => {
  const reads = requestRoleReads(() => t, 1);

  it("sees its authority's filings and no other row of any table the request role may read", async () => {
    const { rows: tables } = await t.db.pool.query<{ name: string }>(`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p') AND has_table_privilege('damrong_request', c.oid, 'SELECT')
       ORDER BY 1`);
    expect(tables.map((r) => r.name)).toEqual(expect.arrayContaining(['debt_cases', 'complaint_list', 'events', 'staff_accounts']));
    const settings = scopeSettingsOf({ accountId: pongStaff.accountId, level: 'LOCAL', office: { kind: 'AUTHORITY', code: pong.code } });
    const { permits, counts } = await reads.inScope(settings, async () => {
      const seen: [string, number][] = [];
      for (const { name } of tables) {
        const result = (await reads.facade.query(`SELECT count(*)::int AS n FROM ${name}`)) as pg.QueryResult<{ n: number }>;
        seen.push([name, result.rows[0].n]);
      }
      const own = (await reads.facade.query('SELECT permit_id, authority_code FROM leaflet_permits')) as pg.QueryResult;
      return { permits: own.rows, counts: seen };
    });
    // With the owner, the same tables hold the district's records.
    const owned = await t.db.pool.query<{ n: number }>('SELECT (SELECT count(*) FROM debt_cases) + (SELECT count(*) FROM complaint_list) AS n');
    expect(Number(owned.rows[0].n)).toBeGreaterThan(0);
    // The projections' positions are no record of anyone: every request reads them (to wait for its own writes).
    // Its own authority's leaflet permit requests are its work (0980); nothing else of anyone.
    expect(counts.filter(([, n]) => n > 0).map(([name]) => name)).toEqual(['leaflet_permits', 'projection_checkpoints']);
    expect(permits).toEqual([{ permit_id: pongPermit, authority_code: pong.code }]);
    // The same read as the PAO's staff: the SAO's request too, as it is of the PAO's province (0991, the PAO's
    // province-wide report); the permit list and detail show them their own authority's only.
    const paoSettings = scopeSettingsOf({ accountId: pongStaff.accountId, level: 'LOCAL', office: { kind: 'AUTHORITY', code: chonburiPao.code } });
    const ofPao = await reads.inScope(paoSettings, async () => ((await reads.facade.query('SELECT authority_code FROM leaflet_permits')) as pg.QueryResult<{ authority_code: string }>).rows);
    expect(ofPao).toEqual([{ authority_code: pong.code }]);
  });
});
