import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERASED_MARKER, PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import { registerChonburiPao } from '../support/chonburi-pao.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { databaseText } from '../support/database-text.js';
import { DOPA_CLIENT, dopaEnv, filingDayAhead, graphqlWith, signedInFiler } from '../support/filer-sign-in.js';
import { type CookieJar, type IssuerAccount, TestIssuer } from '../support/oidc-issuer.js';
import { type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 17's erasure of a business owner who is a natural person, for their monthly returns: their hotel's return is
 * filed on paper by their bookkeeper and amended online by them with a reason naming a guest, beside a company's return
 * filed on paper. The names, the owner's citizen id and the reason are sealed in the log from the start and read back
 * whole; the register of businesses keeps the owner sealed, found by their blind index, as the data subject's copy
 * finds the business and the return. After the owner's erasure the return's page shows the marker for every signer
 * and the reason, and the business for its owner, while the figures, assessments, bills, the list, the report and the
 * log's hash chains are as they were; their sign-in finds the business no more, the company's return keeps its signer,
 * and no table holds the owner's citizen id or name, the bookkeeper's name or the reason.
 */
const day = filingDayAhead();
const owner: IssuerAccount = { sub: 'dopa-0101', pid: citizenId('110170023071'), name: 'นายสมปอง ลบได้เสมอ' };
const bookkeeper = 'นางสาวกานดา ทำบัญชีให้';
const reason = 'คุณวิไลวรรณ แขกห้อง 204 พักต่ออีกสองคืน';
const companySigner = 'นายคงทน ลงนามแทน';

const REGISTER = 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }';
const place = { authorityCode: '2200101', addressLine: '99 ถนนพัทยาสาย 2', subdistrictCode: '200401', kinds: ['HOTEL'] };
const RETURN = `id status version levy billed paid versions { version filedOn channel filerName filerPosition amendmentReason
  figures { roomRent } assessment { dueOn monthsLate levy surcharge difference lines { quantity amount } } bill { ref1 ref2 amount payload payBy } }`;
const FILE = `mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { id } }`;
const AMEND = `mutation ($input: AmendReturnOnlineInput!) { amendReturnOnline(input: $input) { id } }`;
const ONE = `query ($id: ID!) { monthlyReturn(id: $id) { ${RETURN} } }`;
const ONLINE = `query ($id: ID!) { filerReturn(id: $id) { ${RETURN} } }`;
const LIST = `query ($filter: MonthlyReturnFilter!) { monthlyReturns(filter: $filter) { totalCount edges { node {
  id businessName status levy surcharge billed overpaid lastRef2 lastPayBy dueOn monthsLate } } } }`;
const REPORT = `query ($code: String!) { localAuthorityReport(authorityCode: $code) {
  outstanding { returnId businessName billed paid outstanding } outstandingTotal } }`;
const VERIFY = 'query { verifyLog { intact checkedEvents brokenLinks { streamId } } }';
const COPY = `mutation ($input: SubjectDataCopyInput!) { subjectDataCopy(input: $input) {
  records { recordId streamId roles events { type data } } businesses { businessNo } } }`;
const BUSINESS = 'query ($n: Int!) { business(businessNo: $n) { nameTh ownerKind ownerIdNumber ownerName } }';

let issuer: TestIssuer;
let t: TestApp;
let bangLamung: SignedIn;
let ownerJar: CookieJar;
const ids = { owners: '', company: '', ownersBusiness: 0 };

async function ok(who: SignedIn, query: string, variables: Record<string, unknown> = {}) {
  const answer = await who.graphql(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}
async function online(query: string, variables: Record<string, unknown>) {
  const answer = await graphqlWith(t.base, ownerJar, query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}
const withoutSigners = (detail: any) => ({
  ...detail, versions: detail.versions.map(({ filerName: _, amendmentReason: __, ...rest }: any) => rest),
});

/** What erasure must leave as it was: both returns' figures, the list, the report's outstanding bills, the log's chains. */
async function figures() {
  return {
    owners: withoutSigners((await ok(bangLamung, ONE, { id: ids.owners })).monthlyReturn),
    company: (await ok(bangLamung, ONE, { id: ids.company })).monthlyReturn,
    list: (await ok(bangLamung, LIST, { filter: { authorityCode: '2200101' } })).monthlyReturns,
    report: (await ok(bangLamung, REPORT, { code: '2200101' })).localAuthorityReport,
    verify: (await ok(t.admin, VERIFY)).verifyLog,
  };
}

beforeAll(async () => {
  issuer = await TestIssuer.start(DOPA_CLIENT, [owner]);
  t = await startTestApp({ clockStart: day.clockStart, env: dopaEnv(issuer) });
  await registerChonburiPao(t.admin);
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  const owners = ids.ownersBusiness = (await ok(bangLamung, REGISTER, { input: {
    ...place, nameTh: 'โรงแรมชายหาดสมปอง', ownerKind: 'CITIZEN', ownerIdNumber: owner.pid, ownerName: owner.name,
  } })).registerBusiness.businessNo;
  const company = (await ok(bangLamung, REGISTER, { input: {
    ...place, nameTh: 'โรงแรมทะเลงาม', ownerKind: 'JURISTIC', ownerIdNumber: '0105556000017', ownerName: 'บริษัท ทะเลงาม จำกัด',
  } })).registerBusiness.businessNo;
  const paper = (businessNo: number, name: string, position: string) => ({
    businessNo, kind: 'HOTEL', period: day.period, figures: { roomRent: '1,000,000' }, filer: { name, position },
  });
  ids.owners = (await ok(bangLamung, FILE, { input: paper(owners, bookkeeper, 'ผู้ทำบัญชี') })).fileMonthlyReturn.id;
  ids.company = (await ok(bangLamung, FILE, { input: paper(company, companySigner, 'กรรมการ') })).fileMonthlyReturn.id;
  ownerJar = await signedInFiler(t.base, issuer, owner);
  await online(AMEND, { input: { returnId: ids.owners, figures: { roomRent: '1200000' }, reason, position: 'เจ้าของ' } });
  await t.caughtUp();
}, 120_000);
afterAll(async () => {
  await t?.close();
  await issuer?.close();
});

describe("erasing a business owner's personal data in their monthly returns", () => {
  it('seals the signers, the owner\'s citizen id and the reason in the log, and reads them back whole', async () => {
    const { rows } = await t.db.pool.query<{ data: string }>(`SELECT data::text FROM events WHERE stream_id LIKE 'monthly-return-%'`);
    const stored = rows.map((r) => r.data).join('\n');
    for (const value of [owner.pid, owner.name, bookkeeper, reason, companySigner]) expect(stored).not.toContain(value);
    expect(stored).toContain('"roomRentSatang": 120000000');
    const { monthlyReturn } = await ok(bangLamung, ONE, { id: ids.owners });
    expect(monthlyReturn.versions.map((v: any) => [v.channel, v.filerName, v.filerPosition, v.amendmentReason])).toEqual([
      ['PAPER', bookkeeper, 'ผู้ทำบัญชี', null], ['ONLINE', owner.name, 'เจ้าของ', reason],
    ]);
    expect((await online(ONLINE, { id: ids.owners })).filerReturn).toEqual(monthlyReturn);
  });

  it('keeps no owner in plain in the register of businesses, and shows them whole from their sealed box', async () => {
    const { rows } = await t.db.pool.query(`SELECT owner_id, owner_name, owner_index IS NOT NULL AS indexed, owner_sealed::text AS sealed
      FROM local_businesses WHERE business_no = $1`, [ids.ownersBusiness]);
    expect(rows).toEqual([{ owner_id: null, owner_name: null, indexed: true, sealed: expect.not.stringContaining(owner.pid) }]);
    const kinds = await t.db.pool.query('SELECT owner_id FROM local_business_kinds WHERE business_no = $1', [ids.ownersBusiness]);
    expect(kinds.rows).toEqual([{ owner_id: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect((await ok(bangLamung, BUSINESS, { n: ids.ownersBusiness })).business)
      .toEqual({ nameTh: 'โรงแรมชายหาดสมปอง', ownerKind: 'CITIZEN', ownerIdNumber: owner.pid, ownerName: owner.name });
    const again = await bangLamung.graphql(REGISTER, { input: {
      ...place, nameTh: 'โรงแรมสมปอง 2', ownerKind: 'CITIZEN', ownerIdNumber: owner.pid, ownerName: owner.name,
    } });
    expect(again.errors?.map((e) => e.extensions.code)).toEqual(['BUSINESS_ALREADY_REGISTERED']);
  });

  it("finds the return and the business in the owner's copy by their blind index, as the owner of its business", async () => {
    const { subjectDataCopy } = await ok(t.admin, COPY, { input: { citizenId: owner.pid, requestReference: 'คำขอสำเนา 1/2568' } });
    const returns = subjectDataCopy.records.filter((r: any) => r.streamId.startsWith('monthly-return-'));
    expect(returns.map((r: any) => [r.streamId, r.roles])).toEqual([[`monthly-return-${ids.owners}`, ['RETURN_OWNER']]]);
    expect(returns[0].events.map((e: any) => e.type)).toContain('MonthlyReturnAmended');
    expect(returns[0].events.map((e: any) => e.data).join('\n')).toContain(reason);
    expect(subjectDataCopy.businesses).toEqual([{ businessNo: ids.ownersBusiness }]);
  });

  it('shows the marker for every signer and the reason after, keeps every figure, and leaves none of them in the database', async () => {
    const before = await figures();
    expect(before.verify.intact).toBe(true);
    expect(before.owners).toMatchObject({ status: 'BILLED', version: 2, levy: '6000.00' });

    const outcome = await t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseSubject(owner.pid, { kind: 'REQUEST', reference: 'e2e' });
    // The owner's key of their business's registration, their one key in the return (their citizen id and their
    // signature online) and the return's own.
    expect(outcome).toEqual({ keysDestroyed: 3, streams: [`local-business-${ids.ownersBusiness}`, `monthly-return-${ids.owners}`] });

    const detail = (await ok(bangLamung, ONE, { id: ids.owners })).monthlyReturn;
    expect(detail.versions.map((v: any) => [v.filerName, v.filerPosition, v.amendmentReason])).toEqual([
      [ERASED_MARKER, 'ผู้ทำบัญชี', null], [ERASED_MARKER, 'เจ้าของ', ERASED_MARKER],
    ]);
    expect(withoutSigners(detail)).toEqual(before.owners);
    // Their sign-in no longer finds the business as theirs: the register holds no citizen id of theirs to match.
    const refused = await graphqlWith(t.base, ownerJar, ONLINE, { id: ids.owners });
    expect(refused.errors?.map((e) => e.extensions.code)).toEqual(['RETURN_NOT_FOUND']);
    const company = (await ok(bangLamung, ONE, { id: ids.company })).monthlyReturn;
    expect(company.versions[0].filerName).toBe(companySigner);

    await t.caughtUp();
    // The log holds no event more: erasure destroys keys only.
    expect(await figures()).toEqual(before);
    const { business } = await ok(bangLamung, BUSINESS, { n: ids.ownersBusiness });
    expect(business).toEqual({ nameTh: 'โรงแรมชายหาดสมปอง', ownerKind: 'CITIZEN', ownerIdNumber: ERASED_MARKER, ownerName: ERASED_MARKER });
    expect((await graphqlWith(t.base, ownerJar, '{ filerBusinesses { businessNo } }', {})).data.filerBusinesses).toEqual([]);
    // Every table but their live D.DOPA session (filer_sessions: an hour's sign-in, purged when it ends; not the register's).
    const dump = await databaseText(t.db.pool, ['filer_sessions']);
    for (const value of [bookkeeper, reason, 'วิไลวรรณ', owner.pid, owner.name]) expect(dump).not.toContain(value);
  });
});
