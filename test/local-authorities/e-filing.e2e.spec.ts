import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FilerSessionPurgeTimer } from '../../src/identity/filers/filer-session-purge.timer.js';
import { billPaymentFile } from '../support/bill-payment-records.js';
import { CHONBURI_PAO, registerChonburiPao } from '../support/chonburi-pao.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { DOPA_CLIENT, dopaEnv, filingDayAhead, graphqlWith, signedInFiler } from '../support/filer-sign-in.js';
import { CookieJar, type IssuerAccount, TestIssuer } from '../support/oidc-issuer.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * ยื่นแบบออนไลน์ over GraphQL: a hotel owner signs in with D.DOPA (a real OpenID Connect provider on a loopback port),
 * reads the businesses they own, files last month online (Thai digits, a month late), amends it, sees the bill paid at the bank
 * and its receipt; another owner's business and return, and a request without a filer session, are refused.
 */
const day = filingDayAhead();
const somchai: IssuerAccount = { sub: 'dopa-0001', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };
const somying: IssuerAccount = { sub: 'dopa-0002', pid: citizenId('310120012345'), name: 'นางสมหญิง รักดี' };

let issuer: TestIssuer;
let t: TestApp;
let bangLamung: SignedIn;
let chonburi: SignedIn;
let somchaiJar: CookieJar;
let somyingJar: CookieJar;
const business: Record<string, number> = {};

const REGISTER = 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }';
const place = { authorityCode: '2200101', addressLine: '99 ถนนพัทยาสาย 2', subdistrictCode: '200401' };

async function ok(who: SignedIn, query: string, variables: Record<string, unknown>) {
  const answer = await who.graphql(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}
const asFiler = async (jar: CookieJar, query: string, variables?: Record<string, unknown>) => {
  const answer = await graphqlWith(t.base, jar, query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
};
const refusals = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => {
  expect(e.extensions).toEqual({ code: expect.any(String), field: e.extensions.field, messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String) });
  return [e.extensions.code, e.extensions.field];
});

beforeAll(async () => {
  issuer = await TestIssuer.start(DOPA_CLIENT, [somchai, somying]);
  t = await startTestApp({ clockStart: day.clockStart, env: dopaEnv(issuer) });
  await registerChonburiPao(t.admin);
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  chonburi = await t.signInAs({ level: 'PROVINCE', office: '20' });
  for (const [key, input] of Object.entries({
    somchaiHotel: { ...place, nameTh: 'โรงแรมสมชายบีช', kinds: ['HOTEL', 'TOBACCO'], ownerKind: 'CITIZEN', ownerIdNumber: somchai.pid, ownerName: somchai.name },
    somyingHotel: { ...place, nameTh: 'โรงแรมสมหญิง', kinds: ['HOTEL'], ownerKind: 'CITIZEN', ownerIdNumber: somying.pid, ownerName: somying.name },
    company: { ...place, nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL'], ownerKind: 'JURISTIC', ownerIdNumber: '0105556000017', ownerName: 'บริษัท ทะเลงาม จำกัด' },
  })) business[key] = (await ok(bangLamung, REGISTER, { input })).registerBusiness.businessNo;
  somchaiJar = await signedInFiler(t.base, issuer, somchai);
  somyingJar = await signedInFiler(t.base, issuer, somying);
});
afterAll(async () => {
  await t?.close();
  await issuer?.close();
});

const BUSINESSES = '{ filerBusinesses { businessNo nameTh authorityNameTh kinds placeTh } }';
const RETURN = `id kind period periodTh businessNo status version levy billed paid versions { version filedOn channel filerName filerPosition amendmentReason
  figures { roomRent } assessment { dueOn dueOnTh monthsLate levy surcharge difference } bill { ref1 ref2 amount payload payment { receiptNumber } } overpayment }`;
const FILE = `mutation ($input: FileReturnOnlineInput!) { fileReturnOnline(input: $input) { ${RETURN} } }`;
const AMEND = `mutation ($input: AmendReturnOnlineInput!) { amendReturnOnline(input: $input) { ${RETURN} } }`;
const ONE = `query ($id: ID!) { filerReturn(id: $id) { ${RETURN} } }`;
const LIST = 'query ($no: Int) { filerReturns(businessNo: $no) { totalCount edges { node { id businessName status channel levy billed paid lastRef2 lastReceiptNumber } } } }';

describe('a filer files online what they own', () => {
  it('lists only the businesses the signed-in citizen owns', async () => {
    expect((await asFiler(somchaiJar, BUSINESSES)).filerBusinesses).toEqual([{
      businessNo: business.somchaiHotel, nameTh: 'โรงแรมสมชายบีช', authorityNameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kinds: ['HOTEL', 'TOBACCO'],
      placeTh: 'บางละมุง, บางละมุง, ชลบุรี',
    }]);
    expect((await asFiler(somyingJar, BUSINESSES)).filerBusinesses.map((b: { businessNo: number }) => b.businessNo)).toEqual([business.somyingHotel]);
  });

  it('files last month online in Thai digits: filed today by the name D.DOPA gave, assessed a month late, billed', async () => {
    const { fileReturnOnline: filed } = await asFiler(somchaiJar, FILE, { input: {
      businessNo: business.somchaiHotel, kind: 'HOTEL', period: day.periodTyped, figures: { roomRent: '๑,๐๐๐,๐๐๐' }, position: 'เจ้าของ',
    } });
    expect(filed).toMatchObject({ id: `${business.somchaiHotel}-HOTEL-${day.period}`, periodTh: expect.stringMatching(/^[ก-๙]+ \d{4}$/), status: 'BILLED', version: 1, levy: '5000.00', billed: '5100.00' });
    expect(filed.versions[0]).toMatchObject({
      filedOn: day.clockStart.toISOString().slice(0, 10), channel: 'ONLINE', filerName: 'นายสมชาย ใจดี', filerPosition: 'เจ้าของ', figures: { roomRent: '1000000.00' },
      assessment: { monthsLate: 1, levy: '5000.00', surcharge: '100.00', difference: '5100.00' },
      bill: { ref1: `22001011${day.periodBe}`, amount: '5100.00', payment: null },
    });
    expect(filed.versions[0].bill.payload).toBe(`|000000008014100\r22001011${day.periodBe}\r${filed.versions[0].bill.ref2}\r510000`);
    const { rows } = await t.db.pool.query('SELECT DISTINCT metadata->>\'actor\' AS actor FROM events WHERE stream_id LIKE $1', [`%${filed.id}`]);
    expect(rows).toEqual([{ actor: 'filer:dopa-0001' }]);
    // An auditor replaying the return reads a filer online there, not the system and not a raw subject.
    const history = await t.admin.graphql(`query ($id: ID!) { streamHistory(streamId: $id) { type actedBy { kind systemTh } } }`, { id: `monthly-return-${filed.id}` });
    expect(history.errors).toBeUndefined();
    expect(history.data.streamHistory[0]).toEqual({ type: 'MonthlyReturnFiled', actedBy: { kind: 'FILER', systemTh: 'ผู้ยื่นแบบออนไลน์ (ยืนยันตัวตนด้วย D.DOPA)' } });
  });

  it('amends it: a new version billed on the difference, read back whole', async () => {
    const id = `${business.somchaiHotel}-HOTEL-${day.period}`;
    const { amendReturnOnline } = await asFiler(somchaiJar, AMEND, { input: { returnId: id, figures: { roomRent: '1200000' }, reason: 'ค่าห้องตกหล่น' } });
    expect(amendReturnOnline).toMatchObject({ version: 2, levy: '6000.00', billed: '6120.00' });
    expect(amendReturnOnline.versions[1]).toMatchObject({
      version: 2, channel: 'ONLINE', filerName: 'นายสมชาย ใจดี', amendmentReason: 'ค่าห้องตกหล่น',
      assessment: { levy: '6000.00', surcharge: '20.00', difference: '1020.00' }, bill: { amount: '1020.00' },
    });
    expect((await asFiler(somchaiJar, ONE, { id })).filerReturn).toEqual(amendReturnOnline);
    const unchanged = await graphqlWith(t.base, somchaiJar, AMEND, { input: { returnId: id, figures: { roomRent: '1,200,000' }, reason: 'ซ้ำ' } });
    expect(refusals(unchanged)).toEqual([['RETURN_AMENDMENT_UNCHANGED', 'figures']]);
  });

  it('lists their returns, and shows the bill paid at the bank with its receipt', async () => {
    const id = `${business.somchaiHotel}-HOTEL-${day.period}`;
    const { versions } = (await asFiler(somchaiJar, ONE, { id })).filerReturn;
    const content = billPaymentFile({ companyAccount: '9860012345', companyCode: CHONBURI_PAO.billerCode, day: day.paidOn, payments: versions.map((v: { bill: { ref1: string; ref2: string; amount: string } }) => ({
      ref1: v.bill.ref1, ref2: v.bill.ref2, satang: BigInt(v.bill.amount.replace('.', '')), customerName: 'สมชาย',
    })) }).toString('base64');
    await ok(chonburi, 'mutation ($input: ReconcileBillPaymentsInput!) { reconcileBillPayments(input: $input) { run { matchedCount } } }', {
      input: { authorityCode: '2200101', contentBase64: content },
    });
    await t.caughtUp();
    expect((await asFiler(somchaiJar, LIST)).filerReturns).toEqual({ totalCount: 1, edges: [{ node: {
      id, businessName: 'โรงแรมสมชายบีช', status: 'PAID', channel: 'ONLINE', levy: '6000.00', billed: '6120.00', paid: '6120.00',
      lastRef2: versions[1].bill.ref2, lastReceiptNumber: `2/${day.fiscalYear}`,
    } }] });
    const paid = (await asFiler(somchaiJar, ONE, { id })).filerReturn;
    expect(paid.status).toBe('PAID');
    expect(paid.versions.map((v: { bill: { payment: { receiptNumber: string } } }) => v.bill.payment.receiptNumber)).toEqual([`1/${day.fiscalYear}`, `2/${day.fiscalYear}`]);
    // Staff see the online filing in their list, its channel ONLINE.
    const staffList = await ok(bangLamung, 'query ($f: MonthlyReturnFilter!) { monthlyReturns(filter: $f) { edges { node { id channel } } } }', { f: { authorityCode: '2200101' } });
    expect(staffList.monthlyReturns.edges).toEqual([{ node: { id, channel: 'ONLINE' } }]);
  });
});

describe('what a filer may not do', () => {
  it("can neither file for, amend, list nor read another's business or return, nor a company's", async () => {
    const input = { businessNo: business.somyingHotel, kind: 'HOTEL', period: day.period, figures: { roomRent: '500000' } };
    expect(refusals(await graphqlWith(t.base, somchaiJar, FILE, { input }))).toEqual([['BUSINESS_NOT_FOUND', 'businessNo']]);
    expect(refusals(await graphqlWith(t.base, somchaiJar, FILE, { input: { ...input, businessNo: business.company } }))).toEqual([['BUSINESS_NOT_FOUND', 'businessNo']]);
    const { fileReturnOnline } = await asFiler(somyingJar, FILE, { input });
    const theirs = { returnId: fileReturnOnline.id, figures: { roomRent: '1' }, reason: 'แก้' };
    expect(refusals(await graphqlWith(t.base, somchaiJar, AMEND, { input: theirs }))).toEqual([['RETURN_NOT_FOUND', 'returnId']]);
    expect(refusals(await graphqlWith(t.base, somchaiJar, ONE, { id: fileReturnOnline.id }))).toEqual([['RETURN_NOT_FOUND', 'id']]);
    expect(refusals(await graphqlWith(t.base, somchaiJar, LIST, { no: business.somyingHotel }))).toEqual([['RETURN_NOT_FOUND', 'businessNo']]);
    await t.caughtUp();
    expect((await asFiler(somchaiJar, LIST)).filerReturns.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([`${business.somchaiHotel}-HOTEL-${day.period}`]);
    const { rows } = await t.db.pool.query('SELECT version FROM events WHERE stream_id LIKE $1', [`%${fileReturnOnline.id}`]);
    expect(rows.length).toBe(3);
  });

  it('refuses every filer read and filing without a filer session, a staff session being none', async () => {
    const input = { businessNo: business.somchaiHotel, kind: 'TOBACCO', period: day.period, figures: { cigarettes: '1000' } };
    expect(refusals(await graphqlWith(t.base, new CookieJar(), FILE, { input }))).toEqual([['FILER_NOT_SIGNED_IN', null]]);
    expect(refusals(await bangLamung.graphql(BUSINESSES))).toEqual([['FILER_NOT_SIGNED_IN', null]]);
    expect(refusals(await bangLamung.graphql(LIST))).toEqual([['FILER_NOT_SIGNED_IN', null]]);
  });

  it('answers bad figures, a month not ended and a levy not registered with typed errors, all at once', async () => {
    const answer = await graphqlWith(t.base, somchaiJar, FILE, { input: {
      businessNo: business.somchaiHotel, kind: 'TOBACCO', period: day.clockStart.toISOString().slice(0, 7), figures: { cigarettes: '12.5' }, position: 'x'.repeat(201),
    } });
    expect(refusals(answer)).toEqual([
      ['RETURN_PERIOD_NOT_ENDED', 'period'], ['RETURN_FIGURE_MALFORMED', 'figures.cigarettes'], ['TEXT_TOO_LONG', 'position'],
    ]);
    expect(refusals(await graphqlWith(t.base, somchaiJar, FILE, { input: { businessNo: business.somchaiHotel, kind: 'FUEL', period: day.period, figures: {} } })))
      .toEqual([['RETURN_KIND_NOT_REGISTERED', 'kind']]);
  });
});

describe('filer sessions over', () => {
  it('are purged by the hourly pass; a live one stays', async () => {
    // One session expired an hour before the service's clock started, one signed out a minute before.
    const hour = 3_600_000;
    const at = (ms: number) => new Date(day.clockStart.getTime() + ms);
    await t.db.pool.query(`INSERT INTO filer_sessions (token_sha256, citizen_index, filer_sealed, issuer, subject, expires_at, ended_at)
      VALUES ('\\x01', $1, '\\x00', 'i', 's1', $2, NULL), ('\\x02', $1, '\\x00', 'i', 's2', $3, $4)`, [Buffer.alloc(32), at(-hour), at(hour), at(-60_000)]);
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM filer_sessions')).rows[0].n;
    const purged = await t.app.get(FilerSessionPurgeTimer).run();
    expect(purged).toBeGreaterThanOrEqual(2);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM filer_sessions')).rows[0].n).toBe(before - purged);
    expect((await asFiler(somchaiJar, '{ filer { name } }')).filer).toEqual({ name: 'นายสมชาย ใจดี' });
  });
});
