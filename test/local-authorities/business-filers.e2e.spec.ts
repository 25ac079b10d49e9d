import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { scopeSettingsOf } from '../../src/identity/scope/area-scope.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { registerChonburiPao } from '../support/chonburi-pao.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { DOPA_CLIENT, dopaEnv, filingDayAhead, graphqlWith, signedInFiler } from '../support/filer-sign-in.js';
import { CookieJar, type IssuerAccount, TestIssuer } from '../support/oidc-issuer.js';
import { requestRoleReads } from '../support/request-role-reads.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล over GraphQL, with D.DOPA a real OpenID Connect provider on a loopback port: the PAO's
 * staff authorise a director to file for the company's hotel, the director sees it and files online (their role the
 * position), staff revoke it and the filing is refused at once, the list following; typed errors store nothing; another
 * authority's staff find no such business, the department's district reads without recording.
 */
const day = filingDayAhead();
const director: IssuerAccount = { sub: 'dopa-0101', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };
const owner: IssuerAccount = { sub: 'dopa-0102', pid: citizenId('310120012345'), name: 'นางสมหญิง รักดี' };
const thai = (digits: string) => digits.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);

let issuer: TestIssuer;
let t: TestApp;
let paoStaff: SignedIn;
let pongStaff: SignedIn;
let bangLamung: SignedIn;
let directorJar: CookieJar;
const business: Record<string, number> = {};
const pong = { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' };
const place = { authorityCode: '2200101', addressLine: '99 ถนนพัทยาสาย 2', subdistrictCode: '200401' };

const FILERS = `filerNo citizenId name role evidenceReference evidenceDate evidenceDateTh active authorisedAtTh revokedAtTh revokeReason
  authorisedBy { kind accountId office { key } } revokedBy { kind accountId }`;
const AUTHORISE = `mutation ($input: AuthoriseBusinessFilerInput!) { authoriseBusinessFiler(input: $input) { businessNo authorisedFilers { ${FILERS} } } }`;
const REVOKE = `mutation ($input: RevokeBusinessFilerInput!) { revokeBusinessFiler(input: $input) { businessNo authorisedFilers { ${FILERS} } } }`;
const BUSINESS = `query ($n: Int!) { business(businessNo: $n) { businessNo authorisedFilers { ${FILERS} } } }`;
const FILER_BUSINESSES = '{ filerBusinesses { businessNo nameTh authorityNameTh filesAs authorisedRole ownerName } }';
const FILE = 'mutation ($input: FileReturnOnlineInput!) { fileReturnOnline(input: $input) { id status versions { channel filerName filerPosition } } }';
const RETURNS = 'query ($no: Int) { filerReturns(businessNo: $no) { edges { node { id } } } }';
const AMEND = 'mutation ($input: AmendReturnOnlineInput!) { amendReturnOnline(input: $input) { id version } }';

async function ok(who: SignedIn, query: string, variables: Record<string, unknown>) {
  const answer = await who.graphql(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return Object.values(answer.data)[0] as any;
}
const asFiler = async (query: string, variables?: Record<string, unknown>) => {
  const answer = await graphqlWith(t.base, directorJar, query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return Object.values(answer.data)[0] as any;
};
const refusals = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => {
  expect(e.extensions).toEqual({ code: expect.any(String), field: e.extensions.field, messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String) });
  return [e.extensions.code, e.extensions.field];
});
const businessEvents = async () => Number((await t.db.pool.query("SELECT count(*) AS n FROM events WHERE stream_id LIKE 'business-%'")).rows[0].n);
const authorisation = (overrides: Record<string, unknown> = {}) => ({
  businessNo: business.company, citizenId: thai(director.pid), name: director.name, role: 'กรรมการผู้มีอำนาจ',
  evidenceReference: 'หนังสือรับรองนิติบุคคล ชบ 1234/2568', evidenceDate: thai('1/10/2568'), ...overrides,
});

beforeAll(async () => {
  issuer = await TestIssuer.start(DOPA_CLIENT, [director, owner]);
  t = await startTestApp({ clockStart: day.clockStart, env: dopaEnv(issuer) });
  await registerChonburiPao(t.admin);
  await ok(t.admin, 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }', { input: pong });
  paoStaff = await t.signInAs({ level: 'LOCAL', office: '2200101' });
  pongStaff = await t.signInAs({ level: 'LOCAL', office: pong.code });
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  for (const [key, input] of Object.entries({
    company: { ...place, nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL'], ownerKind: 'JURISTIC', ownerIdNumber: '0105556000017', ownerName: 'บริษัท ทะเลงาม จำกัด' },
    ownerHotel: { ...place, nameTh: 'โรงแรมสมหญิง', kinds: ['HOTEL'], ownerKind: 'CITIZEN', ownerIdNumber: owner.pid, ownerName: owner.name },
  })) business[key] = (await ok(paoStaff, 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', { input })).businessNo;
  directorJar = await signedInFiler(t.base, issuer, director);
}, 120_000);
afterAll(async () => {
  await t?.close();
  await issuer?.close();
});

describe('a company authorises its director, who files for it online', () => {
  it("the PAO's staff record the director (Thai digits, a B.E. date), who and when kept", async () => {
    const { authorisedFilers } = await ok(paoStaff, AUTHORISE, { input: authorisation() });
    expect(authorisedFilers).toEqual([{
      filerNo: 1, citizenId: director.pid, name: 'นายสมชาย ใจดี', role: 'กรรมการผู้มีอำนาจ', evidenceReference: 'หนังสือรับรองนิติบุคคล ชบ 1234/2568',
      evidenceDate: '2025-10-01', evidenceDateTh: '1 ตุลาคม 2568', active: true, authorisedAtTh: expect.stringMatching(/25\d\d/), revokedAtTh: null,
      revokeReason: null, authorisedBy: { kind: 'STAFF', accountId: paoStaff.accountId, office: { key: 'AUTHORITY:2200101' } }, revokedBy: null,
    }]);
    expect((await ok(bangLamung, BUSINESS, { n: business.company })).authorisedFilers.map((f: { filerNo: number }) => f.filerNo)).toEqual([1]);
  });

  it('the director sees the company\'s business beside none of their own, and files for it with their role as position', async () => {
    await t.caughtUp();
    expect(await asFiler(FILER_BUSINESSES)).toEqual([{
      businessNo: business.company, nameTh: 'โรงแรมทะเลงาม', authorityNameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', filesAs: 'AUTHORISED_FILER',
      authorisedRole: 'กรรมการผู้มีอำนาจ', ownerName: 'บริษัท ทะเลงาม จำกัด',
    }]);
    const filed = await asFiler(FILE, { input: { businessNo: business.company, kind: 'HOTEL', period: day.periodTyped, figures: { roomRent: '๒๐๐,๐๐๐' } } });
    expect(filed).toMatchObject({ id: `${business.company}-HOTEL-${day.period}`, status: 'BILLED',
      versions: [{ channel: 'ONLINE', filerName: 'นายสมชาย ใจดี', filerPosition: 'กรรมการผู้มีอำนาจ' }] });
    const { rows } = await t.db.pool.query('SELECT DISTINCT metadata->>\'actor\' AS actor FROM events WHERE stream_id = $1', [`monthly-return-${filed.id}`]);
    expect(rows).toEqual([{ actor: 'filer:dopa-0101' }]);
    const amended = await asFiler(AMEND, { input: { returnId: filed.id, figures: { roomRent: '250000' }, reason: 'ค่าห้องตกหล่น', position: 'กรรมการผู้จัดการ' } });
    expect(amended.version).toBe(2);
    await t.caughtUp();
    expect((await asFiler(RETURNS, { no: business.company })).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([filed.id]);
  });
});

describe('revoked, the director files no more', () => {
  it('refuses their filing from the moment the revocation is stored, the list following once projected', async () => {
    const runner = t.app.get(ProjectionRunner);
    await t.caughtUp();
    await runner.stop();
    try {
      const { authorisedFilers } = await ok(paoStaff, REVOKE, { input: { businessNo: business.company, filerNo: 1, reason: 'พ้นจากตำแหน่งกรรมการ' } });
      expect(authorisedFilers[0]).toMatchObject({ active: false, revokeReason: 'พ้นจากตำแหน่งกรรมการ', revokedAtTh: expect.stringMatching(/25\d\d/),
        revokedBy: { kind: 'STAFF', accountId: paoStaff.accountId } });
      const input = { businessNo: business.company, kind: 'HOTEL', period: '2025-01', figures: { roomRent: '1' } };
      expect(refusals(await graphqlWith(t.base, directorJar, FILE, { input }))).toEqual([['BUSINESS_NOT_FOUND', 'businessNo']]);
      const amend = { returnId: `${business.company}-HOTEL-${day.period}`, figures: { roomRent: '1' }, reason: 'แก้' };
      expect(refusals(await graphqlWith(t.base, directorJar, AMEND, { input: amend }))).toEqual([['RETURN_NOT_FOUND', 'returnId']]);
    } finally {
      runner.start();
    }
    await t.caughtUp();
    expect(await asFiler(FILER_BUSINESSES)).toEqual([]);
    expect(refusals(await graphqlWith(t.base, directorJar, RETURNS, { no: business.company }))).toEqual([['RETURN_NOT_FOUND', 'businessNo']]);
  });

  it('authorises them again as a new, second authorisation; the first stays revoked', async () => {
    const { authorisedFilers } = await ok(paoStaff, AUTHORISE, { input: authorisation({ role: 'ผู้รับมอบอำนาจ', evidenceReference: 'หนังสือมอบอำนาจ 5/2568' }) });
    expect(authorisedFilers.map((f: { filerNo: number; active: boolean; role: string }) => [f.filerNo, f.active, f.role]))
      .toEqual([[1, false, 'กรรมการผู้มีอำนาจ'], [2, true, 'ผู้รับมอบอำนาจ']]);
    await t.caughtUp();
    expect((await asFiler(FILER_BUSINESSES)).map((b: { authorisedRole: string }) => b.authorisedRole)).toEqual(['ผู้รับมอบอำนาจ']);
  });
});

describe('refusals, typed by field, storing nothing', () => {
  it('refuses a citizen-owned business, a director authorised already, bad fields all at once, and a revocation of a revoked one', async () => {
    const before = await businessEvents();
    expect(refusals(await paoStaff.graphql(AUTHORISE, { input: authorisation({ businessNo: business.ownerHotel }) })))
      .toEqual([['BUSINESS_FILER_OWNER_NOT_JURISTIC', 'businessNo']]);
    expect(refusals(await paoStaff.graphql(AUTHORISE, { input: authorisation() }))).toEqual([['BUSINESS_FILER_ALREADY_AUTHORISED', 'citizenId']]);
    expect(refusals(await paoStaff.graphql(AUTHORISE, { input: authorisation({
      citizenId: '1101700230701', name: '', role: 'ก'.repeat(101), evidenceReference: ' ', evidenceDate: '30/2/2568',
    }) }))).toEqual([['CITIZEN_ID_CHECK_DIGIT', 'citizenId'], ['TEXT_REQUIRED', 'name'], ['TEXT_TOO_LONG', 'role'],
      ['TEXT_REQUIRED', 'evidenceReference'], ['DATE_MALFORMED', 'evidenceDate']]);
    expect(refusals(await paoStaff.graphql(AUTHORISE, { input: authorisation({ citizenId: owner.pid, evidenceDate: '2099-01-01' }) })))
      .toEqual([['BUSINESS_FILER_EVIDENCE_DATE_AHEAD', 'evidenceDate']]);
    const revoke = { businessNo: business.company, filerNo: 1, reason: 'ซ้ำ' };
    expect(refusals(await paoStaff.graphql(REVOKE, { input: revoke }))).toEqual([['BUSINESS_FILER_NOT_ACTIVE', 'filerNo']]);
    expect(refusals(await paoStaff.graphql(REVOKE, { input: { ...revoke, filerNo: 9 } }))).toEqual([['BUSINESS_FILER_NOT_FOUND', 'filerNo']]);
    expect(refusals(await paoStaff.graphql(REVOKE, { input: { ...revoke, filerNo: 2, reason: 'x'.repeat(501) } }))).toEqual([['TEXT_TOO_LONG', 'reason']]);
    expect(await businessEvents()).toBe(before);
  });

  it("answers another authority's staff as not found, and the department's district, which reads it, may not record", async () => {
    const before = await businessEvents();
    expect(refusals(await pongStaff.graphql(BUSINESS, { n: business.company }))).toEqual([['BUSINESS_NOT_FOUND', 'businessNo']]);
    expect(refusals(await pongStaff.graphql(AUTHORISE, { input: authorisation({ citizenId: owner.pid }) }))).toEqual([['BUSINESS_NOT_FOUND', 'businessNo']]);
    expect(refusals(await pongStaff.graphql(REVOKE, { input: { businessNo: business.company, filerNo: 2, reason: 'x' } })))
      .toEqual([['BUSINESS_NOT_FOUND', 'businessNo']]);
    expect(refusals(await bangLamung.graphql(AUTHORISE, { input: authorisation({ citizenId: owner.pid }) })))
      .toEqual([['BUSINESS_FILER_LOCAL_STAFF_ONLY', 'businessNo']]);
    expect(refusals(await paoStaff.graphql(AUTHORISE, { input: authorisation({ businessNo: 99999 }) }))).toEqual([['BUSINESS_NOT_FOUND', 'businessNo']]);
    expect(await businessEvents()).toBe(before);
  });
});

describe('a retry', () => {
  it('under the same command id stores nothing new and answers the same', async () => {
    const before = await businessEvents();
    const input = authorisation({ citizenId: owner.pid, name: owner.name, role: 'ผู้รับมอบอำนาจ', commandId: 'authorise-somying' });
    const first = await ok(paoStaff, AUTHORISE, { input });
    expect(await ok(paoStaff, AUTHORISE, { input })).toEqual(first);
    expect(await businessEvents()).toBe(before + 1);
    expect(first.authorisedFilers.map((f: { filerNo: number }) => f.filerNo)).toEqual([1, 2, 3]);
  });
});

describe('the authorised filers under row-level security alone (the request role, no resolver)', () => {
  const reads = requestRoleReads(() => t, 1);
  const seenBy = (settings: Parameters<typeof scopeSettingsOf>[0]) => reads.inScope(scopeSettingsOf(settings), async () => {
    const { rows } = (await reads.facade.query('SELECT filer_no FROM business_authorised_filers ORDER BY filer_no')) as pg.QueryResult<{ filer_no: number }>;
    return rows.map((r) => r.filer_no);
  });

  it("shows the PAO's own staff and the business's district its rows, another authority's staff none", async () => {
    await t.caughtUp();
    expect(await seenBy({ accountId: paoStaff.accountId, level: 'LOCAL', office: { kind: 'AUTHORITY', code: '2200101' } })).toEqual([1, 2, 3]);
    expect(await seenBy({ accountId: pongStaff.accountId, level: 'LOCAL', office: { kind: 'AUTHORITY', code: pong.code } })).toEqual([]);
    expect(await seenBy({ accountId: bangLamung.accountId, level: 'DISTRICT', office: { kind: 'DISTRICT', code: '2004' } })).toEqual([1, 2, 3]);
    expect(await seenBy({ accountId: bangLamung.accountId, level: 'DISTRICT', office: { kind: 'DISTRICT', code: '2001' } })).toEqual([]);
  });
});

describe("erasing an authorised filer's personal data (issue 17)", () => {
  const ERASURE = `mutation ($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) {
    decision refusals { cases { caseType caseId } } keysDestroyed streamCount } }`;
  const asked = (pid: string, commandId: string) => {
    const [y, m, d] = day.clockStart.toISOString().slice(0, 10).split('-').map(Number);
    return { commandId, citizenId: pid, requester: 'DATA_SUBJECT', basis: 'CONSENT_WITHDRAWN', letterReference: 'หนังสือขอลบข้อมูล', receivedOn: `${d}/${m}/${y + 543}` };
  };
  const filersRows = async () => (await t.db.pool.query(
    'SELECT filer_no, citizen_id, name FROM business_authorised_filers WHERE business_no = $1 ORDER BY filer_no', [business.company])).rows;

  it('is refused while they own a business or may file for one, naming each', async () => {
    expect((await ok(t.admin, ERASURE, { input: asked(owner.pid, 'owner') }))).toEqual({
      decision: 'REFUSED', keysDestroyed: null, streamCount: null,
      refusals: [{ cases: [{ caseType: 'BUSINESS', caseId: String(business.company) }, { caseType: 'BUSINESS', caseId: String(business.ownerHotel) }]
        .sort((a, b) => Number(a.caseId) - Number(b.caseId)) }],
    });
    expect((await ok(t.admin, ERASURE, { input: asked(director.pid, 'director-active') })).refusals)
      .toEqual([{ cases: [{ caseType: 'BUSINESS', caseId: String(business.company) }] }]);
  });

  it('once revoked, erases their name and citizen id in every authorisation of theirs, the list folded anew; the others stay', async () => {
    const { rows: sealed } = await t.db.pool.query<{ text: string }>(
      `SELECT string_agg(data::text, E'\\n') AS text FROM events WHERE stream_id = $1`, [`business-${business.company}`]);
    for (const value of [director.pid, director.name, owner.pid, owner.name]) expect(sealed[0].text).not.toContain(value);
    await ok(paoStaff, REVOKE, { input: { businessNo: business.company, filerNo: 2, reason: 'หมดอายุหนังสือมอบอำนาจ' } });
    const ownerJar = await signedInFiler(t.base, issuer, owner);
    const filerOf = async (jar: CookieJar) => (await graphqlWith(t.base, jar, '{ filer { name } }')).data.filer;
    expect(await filerOf(directorJar)).toEqual({ name: director.name });
    const erasure = await ok(t.admin, ERASURE, { input: asked(director.pid, 'director-revoked') });
    // Their one key in the business's stream and in the return they signed online: the streams' own (the revocations'
    // reasons, the amendment's) stay, as the company's.
    expect(erasure).toEqual({ decision: 'ACCEPTED', refusals: [], keysDestroyed: 2, streamCount: 2 });
    const RETURN = 'query ($id: ID!) { monthlyReturn(id: $id) { levy versions { filerName filerPosition amendmentReason } } }';
    expect(await ok(paoStaff, RETURN, { id: `${business.company}-HOTEL-${day.period}` })).toEqual({ levy: '1250.00', versions: [
      { filerName: 'ข้อมูลถูกลบตามคำขอ / erased', filerPosition: 'กรรมการผู้มีอำนาจ', amendmentReason: null },
      { filerName: 'ข้อมูลถูกลบตามคำขอ / erased', filerPosition: 'กรรมการผู้จัดการ', amendmentReason: 'ค่าห้องตกหล่น' },
    ] });
    const { authorisedFilers } = await ok(paoStaff, BUSINESS, { n: business.company });
    expect(authorisedFilers.map((f: any) => [f.filerNo, f.citizenId, f.name, f.role, f.revokeReason])).toEqual([
      [1, 'ข้อมูลถูกลบตามคำขอ / erased', 'ข้อมูลถูกลบตามคำขอ / erased', 'กรรมการผู้มีอำนาจ', 'พ้นจากตำแหน่งกรรมการ'],
      [2, 'ข้อมูลถูกลบตามคำขอ / erased', 'ข้อมูลถูกลบตามคำขอ / erased', 'ผู้รับมอบอำนาจ', 'หมดอายุหนังสือมอบอำนาจ'],
      [3, owner.pid, owner.name, 'ผู้รับมอบอำนาจ', null],
    ]);
    expect(await filersRows()).toEqual([
      { filer_no: 1, citizen_id: null, name: 'ข้อมูลถูกลบตามคำขอ / erased' }, { filer_no: 2, citizen_id: null, name: 'ข้อมูลถูกลบตามคำขอ / erased' },
      { filer_no: 3, citizen_id: owner.pid, name: owner.name },
    ]);
    await t.caughtUp();
    expect(await filersRows()).toHaveLength(3);
    // The director's filer session ended with the erasure; the owner's goes on.
    expect(await filerOf(directorJar)).toBeNull();
    expect(await filerOf(ownerJar)).toEqual({ name: owner.name });
  });
});
