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
 * whole; the data subject's copy finds the return by the owner's blind index. After the owner's erasure the return's
 * page, for staff and for the owner online, shows the marker for every signer and the reason, while the figures,
 * assessments, bills, the list, the report and the log's hash chains are as they were, the company's return keeps its
 * signer, and no table holds the bookkeeper's name or the reason.
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
const COPY = `mutation ($input: SubjectDataCopyInput!) { subjectDataCopy(input: $input) { records { recordId streamId roles events { type data } } } }`;

let issuer: TestIssuer;
let t: TestApp;
let bangLamung: SignedIn;
let ownerJar: CookieJar;
const ids = { owners: '', company: '' };

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
  const owners = (await ok(bangLamung, REGISTER, { input: {
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
  });

  it("finds the return in the owner's copy by their blind index, as the owner of its business", async () => {
    const { subjectDataCopy } = await ok(t.admin, COPY, { input: { citizenId: owner.pid, requestReference: 'คำขอสำเนา 1/2568' } });
    const returns = subjectDataCopy.records.filter((r: any) => r.streamId.startsWith('monthly-return-'));
    expect(returns.map((r: any) => [r.streamId, r.roles])).toEqual([[`monthly-return-${ids.owners}`, ['RETURN_OWNER']]]);
    expect(returns[0].events.map((e: any) => e.type)).toContain('MonthlyReturnAmended');
    expect(returns[0].events.map((e: any) => e.data).join('\n')).toContain(reason);
  });

  it('shows the marker for every signer and the reason after, keeps every figure, and leaves none of them in the database', async () => {
    const before = await figures();
    expect(before.verify.intact).toBe(true);
    expect(before.owners).toMatchObject({ status: 'BILLED', version: 2, levy: '6000.00' });

    const outcome = await t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseSubject(owner.pid, { kind: 'REQUEST', reference: 'e2e' });
    // The owner's one key in the return (their citizen id and their signature online) and the return's own.
    expect(outcome).toEqual({ keysDestroyed: 2, streams: [`monthly-return-${ids.owners}`] });

    for (const detail of [(await ok(bangLamung, ONE, { id: ids.owners })).monthlyReturn, (await online(ONLINE, { id: ids.owners })).filerReturn]) {
      expect(detail.versions.map((v: any) => [v.filerName, v.filerPosition, v.amendmentReason])).toEqual([
        [ERASED_MARKER, 'ผู้ทำบัญชี', null], [ERASED_MARKER, 'เจ้าของ', ERASED_MARKER],
      ]);
      expect(withoutSigners(detail)).toEqual(before.owners);
    }
    const company = (await ok(bangLamung, ONE, { id: ids.company })).monthlyReturn;
    expect(company.versions[0].filerName).toBe(companySigner);

    await t.caughtUp();
    // The log holds no event more: erasure destroys keys only.
    expect(await figures()).toEqual(before);
    const dump = await databaseText(t.db.pool);
    for (const value of [bookkeeper, reason, 'วิไลวรรณ']) expect(dump).not.toContain(value);
    const { rows } = await t.db.pool.query<{ data: string }>(`SELECT string_agg(data::text, E'\\n') AS data FROM events`);
    for (const value of [owner.pid, owner.name]) expect(rows[0].data).not.toContain(value);
  });
});
