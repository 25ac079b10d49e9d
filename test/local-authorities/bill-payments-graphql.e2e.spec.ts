import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { billPaymentFile, type PaymentLine } from '../support/bill-payment-records.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';
import { CHONBURI_PAO, registerChonburiPao } from '../support/chonburi-pao.js';

/**
 * Bill payments reconciled from the bank's file over GraphQL on a real PostgreSQL: returns filed and billed (one
 * amended, so two bills), a file written in the bank's layout with matches, a wrong amount, an unknown reference and
 * a payment reversed in the same file; receipts numbered 1..n without gaps, the list updated, the run and its lines
 * kept, and the same file refused the second time.
 */
let t: TestApp;
let paoRevenue: SignedIn;
let pongRevenue: SignedIn;
let chonburi: SignedIn;
let bangLamung: SignedIn;
let chiangMai: SignedIn;
beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2025-04-25T10:00:00+07:00') });
  await registerChonburiPao(t.admin);
  chonburi = await t.signInAs({ level: 'PROVINCE', office: '20' });
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  chiangMai = await t.signInAs({ level: 'PROVINCE', office: '50' });
  await ok(t.admin, 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }', {
    input: { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' },
  });
  paoRevenue = await t.signInAs({ level: 'LOCAL', office: '2200101' });
  pongRevenue = await t.signInAs({ level: 'LOCAL', office: '6200702' });
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
const satang = (baht: string) => BigInt(baht.replace('.', ''));

const FILE = `mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { id versions { bill { ref1 ref2 amount } } } }`;
const AMEND = `mutation ($input: AmendMonthlyReturnInput!) { amendMonthlyReturn(input: $input) { id versions { bill { ref1 ref2 amount } } } }`;
const RECONCILE = `mutation ($input: ReconcileBillPaymentsInput!) { reconcileBillPayments(input: $input) {
  run { id fileDigest dryRun paymentCount matchedCount unmatchedCount exceptionCount matchedAmount unmatchedAmount exceptionAmount effectiveDate }
  lines { line outcome reasonTh reasonEn ref2 amount billAmount returnId receiptNumber } } }`;
const RUNS = 'query ($code: String!) { billPaymentRuns(authorityCode: $code) { totalCount edges { node { id fileName matchedCount exceptionCount } } } }';
const LINES = 'query ($id: ID!, $all: Boolean) { billPaymentRunLines(runId: $id, all: $all, first: 2) { totalCount edges { node { line outcome billAmount } } pageInfo { hasNextPage endCursor } } }';
const LIST = 'query ($filter: MonthlyReturnFilter!) { monthlyReturns(filter: $filter) { edges { node { id status paid lastReceiptNumber lastPaidAt } } } }';
const DETAIL = 'query ($id: ID!) { monthlyReturn(id: $id) { status paid versions { bill { ref2 payment { amount line receiptNumber paidAt } } } } }';

type Bill = { ref1: string; ref2: string; amount: string };
const bills: Record<string, Bill[]> = {};
let payments: PaymentLine[];
let content: string;

describe('bill payments reconciled from the bank file over GraphQL', () => {
  it('files and bills four hotel returns, one amended into a second bill', async () => {
    const { registerBusiness } = await ok(bangLamung, 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', {
      input: {
        authorityCode: '2200101', nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL'], addressLine: '99 ถนนพัทยาสาย 2', subdistrictCode: '200401',
        ownerKind: 'JURISTIC', ownerIdNumber: '0105556000017', ownerName: 'บริษัท ทะเลงาม จำกัด',
      },
    });
    for (const [period, rent] of [['2024-12', '1000000'], ['2025-01', '2000000'], ['2025-02', '800000'], ['2025-03', '1500000']]) {
      const { fileMonthlyReturn } = await ok(bangLamung, FILE, { input: {
        businessNo: registerBusiness.businessNo, kind: 'HOTEL', period, figures: { roomRent: rent }, filer: { name: 'นางสมใจ ใจดี' }, receivedOn: '2568-04-10',
      } });
      bills[period] = fileMonthlyReturn.versions.map((v: { bill: Bill }) => v.bill);
    }
    const { amendMonthlyReturn } = await ok(chonburi, AMEND, { input: {
      returnId: `${registerBusiness.businessNo}-HOTEL-2025-03`, figures: { roomRent: '1800000' }, filer: { name: 'นางสมใจ ใจดี' }, reason: 'ค่าห้องตกหล่น',
    } });
    bills['2025-03'] = amendMonthlyReturn.versions.map((v: { bill: Bill }) => v.bill);
    expect(bills['2025-03'].map((b) => b.ref2.slice(8, 10))).toEqual(['01', '02']);
  });

  it('classifies a dry run without paying or numbering anything', async () => {
    const [dec, jan, feb] = [bills['2024-12'][0], bills['2025-01'][0], bills['2025-02'][0]];
    const [marFirst, marSecond] = bills['2025-03'];
    const pay = (bill: Bill, over: Partial<PaymentLine> = {}): PaymentLine => ({ ref1: bill.ref1, ref2: bill.ref2, satang: satang(bill.amount), customerName: 'โรงแรมทะเลงาม', ...over });
    // The bills filed late on 10 April are payable by 13 April (the month of surcharge they count): paid on the 11th.
    // The amendment's bill, billed on 25 April a month late, is payable by mid-May: paid on the file's day.
    const inTime = { paidOn: '11042568' };
    payments = [
      pay(dec, inTime), pay(jan, inTime), pay(marSecond), pay(marFirst, { ...inTime, satang: satang(marFirst.amount) - 1n }),
      { ref1: '22001011256803', ref2: '00009999014', satang: 100_00n, customerName: 'ไม่ทราบชื่อ' },
      pay(feb, inTime), pay(feb, { ...inTime, reversal: true }),
    ];
    content = billPaymentFile({ companyAccount: '9860012345', companyCode: '80141', day: '26042568', payments }).toString('base64');
    const { reconcileBillPayments } = await ok(chonburi, RECONCILE, { input: { authorityCode: '๒๒๐๐๑๐๑', contentBase64: content, dryRun: true } });
    expect(reconcileBillPayments.run).toMatchObject({ id: null, dryRun: true, paymentCount: 7, matchedCount: 3, unmatchedCount: 1, exceptionCount: 3 });
    expect(reconcileBillPayments.lines.every((l: { receiptNumber: string | null }) => l.receiptNumber === null)).toBe(true);
    const { rows } = await t.db.pool.query('SELECT (SELECT count(*)::int FROM bill_payment_runs) AS runs, (SELECT count(*)::int FROM local_numbers_taken) AS numbers');
    expect(rows[0]).toEqual({ runs: 0, numbers: 0 });
  });

  it("refuses staff outside the province, a district account (a file spans the whole PAO) and another authority's staff", async () => {
    const dryRun = await ok(paoRevenue, RECONCILE, { input: { authorityCode: '2200101', contentBase64: content, dryRun: true } });
    expect(dryRun.reconcileBillPayments.run).toMatchObject({ dryRun: true, matchedCount: 3 });
    for (const outsider of [chiangMai, bangLamung, pongRevenue]) {
      expect(refusals(await outsider.graphql(RECONCILE, { input: { authorityCode: '2200101', contentBase64: content } })))
        .toEqual([['PAYMENT_RUN_OUTSIDE_AREA', 'authorityCode']]);
    }
    expect(refusals(await chonburi.graphql(RECONCILE, { input: { authorityCode: '2200101', contentBase64: 'not base64!' } })))
      .toEqual([['PAYMENT_FILE_NOT_BASE64', 'file']]);
  });

  it('pays the matches with receipts 1..3 and keeps the wrong amount, the unknown reference and the reversal to settle', async () => {
    const { reconcileBillPayments: { run, lines } } = await ok(chonburi, RECONCILE, { input: { authorityCode: '2200101', contentBase64: content, fileName: 'KTB260468.txt' } });
    expect(run).toMatchObject({
      dryRun: false, effectiveDate: '2025-04-26', paymentCount: 7, matchedCount: 3, unmatchedCount: 1, exceptionCount: 3,
      matchedAmount: (Number(satang(bills['2024-12'][0].amount) + satang(bills['2025-01'][0].amount) + satang(bills['2025-03'][1].amount)) / 100).toFixed(2),
      unmatchedAmount: '100.00',
    });
    expect(lines.map((l: { line: number; outcome: string; receiptNumber: string | null }) => [l.line, l.outcome, l.receiptNumber])).toEqual([
      [2, 'MATCHED', '1/2568'], [3, 'MATCHED', '2/2568'], [4, 'MATCHED', '3/2568'], [5, 'UNDERPAID', null], [6, 'UNMATCHED', null],
      [7, 'REVERSED_IN_FILE', null], [8, 'REVERSAL', null],
    ]);
    expect(lines[3]).toMatchObject({ reasonTh: 'ชำระขาด ต่ำกว่ายอดในใบแจ้งชำระ', reasonEn: 'underpaid: less than the bill', billAmount: bills['2025-03'][0].amount });
    const { rows } = await t.db.pool.query(`SELECT number FROM local_numbers_taken WHERE book = 'RECEIPT' AND authority_code = '2200101' AND fiscal_year = 2568 ORDER BY number`);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3]);

    const lineNodes = await ok(chonburi, LINES, { id: run.id });
    expect(lineNodes.billPaymentRunLines.totalCount).toBe(4);
    expect(lineNodes.billPaymentRunLines.edges.map((e: { node: { line: number } }) => e.node.line)).toEqual([5, 6]);
    const next = await ok(chonburi, LINES.replace('first: 2', 'first: 2, after: $after').replace('$all: Boolean', '$all: Boolean, $after: String'),
      { id: run.id, after: lineNodes.billPaymentRunLines.pageInfo.endCursor });
    expect(next.billPaymentRunLines.edges.map((e: { node: { line: number; outcome: string } }) => [e.node.line, e.node.outcome])).toEqual([[7, 'REVERSED_IN_FILE'], [8, 'REVERSAL']]);
    expect((await ok(t.admin, LINES, { id: run.id, all: true })).billPaymentRunLines.totalCount).toBe(7);
    expect((await ok(chonburi, RUNS, { code: '2200101' })).billPaymentRuns).toEqual({
      totalCount: 1, edges: [{ node: { id: run.id, fileName: 'KTB260468.txt', matchedCount: 3, exceptionCount: 3 } }],
    });
    expect((await ok(chiangMai, LINES, { id: run.id })).billPaymentRunLines.totalCount).toBe(0);
    expect((await ok(paoRevenue, RUNS, { code: '2200101' })).billPaymentRuns.totalCount).toBe(1);
    expect((await ok(pongRevenue, RUNS, { code: '2200101' })).billPaymentRuns.totalCount).toBe(0);
    expect((await ok(chiangMai, RUNS, { code: '2200101' })).billPaymentRuns.totalCount).toBe(0);
    expect(refusals(await chiangMai.graphql('query ($id: ID!) { billPaymentRun(id: $id) { id } }', { id: run.id }))).toEqual([['PAYMENT_RUN_NOT_FOUND', 'id']]);
  });

  it('shows the payment and receipt on the return and in the list (PAID only when the latest bill is paid)', async () => {
    const id = (period: string) => `${bills[period][0].ref2.slice(0, 8).replace(/^0+/, '')}-HOTEL-${period}`;
    const dec = (await ok(bangLamung, DETAIL, { id: id('2024-12') })).monthlyReturn;
    expect(dec).toMatchObject({ status: 'PAID', paid: bills['2024-12'][0].amount });
    expect(dec.versions[0].bill.payment).toEqual({ amount: bills['2024-12'][0].amount, line: 2, receiptNumber: '1/2568', paidAt: '2025-04-11T03:15:00.000Z' });
    const mar = (await ok(bangLamung, DETAIL, { id: id('2025-03') })).monthlyReturn;
    expect(mar).toMatchObject({ status: 'PAID', paid: bills['2025-03'][1].amount });
    expect(mar.versions.map((v: { bill: { payment: unknown } }) => v.bill.payment === null)).toEqual([true, false]);
    await t.caughtUp();
    const list = (await ok(chonburi, LIST, { filter: { authorityCode: '2200101' } })).monthlyReturns.edges.map((e: { node: unknown }) => e.node);
    expect(list).toEqual([
      { id: id('2025-03'), status: 'PAID', paid: bills['2025-03'][1].amount, lastReceiptNumber: '3/2568', lastPaidAt: '2025-04-26T03:15:00.000Z' },
      { id: id('2025-02'), status: 'BILLED', paid: '0.00', lastReceiptNumber: null, lastPaidAt: null },
      { id: id('2025-01'), status: 'PAID', paid: bills['2025-01'][0].amount, lastReceiptNumber: '2/2568', lastPaidAt: '2025-04-11T03:15:00.000Z' },
      { id: id('2024-12'), status: 'PAID', paid: bills['2024-12'][0].amount, lastReceiptNumber: '1/2568', lastPaidAt: '2025-04-11T03:15:00.000Z' },
    ]);
  });

  it('refuses the same file a second time: nothing paid twice, no number taken', async () => {
    expect(refusals(await chonburi.graphql(RECONCILE, { input: { authorityCode: '2200101', contentBase64: content } })))
      .toEqual([['PAYMENT_FILE_ALREADY_RECONCILED', 'file']]);
    const { rows } = await t.db.pool.query(`SELECT (SELECT count(*)::int FROM bill_payment_runs) AS runs, (SELECT max(number) FROM local_numbers_taken) AS last`);
    expect(rows[0]).toEqual({ runs: 1, last: 3 });
    // A new file paying the same December bill again is an exception, not a second payment.
    const again = billPaymentFile({ companyAccount: '9860012345', companyCode: '80141', day: '27042568', payments: [payments[0]] }).toString('base64');
    const { reconcileBillPayments } = await ok(chonburi, RECONCILE, { input: { authorityCode: '2200101', contentBase64: again } });
    expect(reconcileBillPayments.lines).toEqual([expect.objectContaining({ outcome: 'ALREADY_PAID', receiptNumber: null })]);
  });

  it("keeps a payment taken after its bill's pay-by date to settle, the surcharge having grown: nothing paid, no number taken", async () => {
    const feb = bills['2025-02'][0];
    const febId = `${feb.ref2.slice(0, 8).replace(/^0+/, '')}-HOTEL-2025-02`;
    // February 2568 was due on 13 March and filed on 10 April: a month of surcharge, billed to pay by 13 April.
    const billed = (await ok(bangLamung, 'query ($id: ID!) { monthlyReturn(id: $id) { versions { bill { payBy payByTh } } } }', { id: febId })).monthlyReturn;
    expect(billed.versions[0].bill).toEqual({ payBy: '2025-04-13', payByTh: '13 เมษายน 2568' });
    await t.caughtUp();
    const listed = (await ok(chonburi, 'query ($filter: MonthlyReturnFilter!) { monthlyReturns(filter: $filter) { edges { node { id lastPayBy } } } }',
      { filter: { authorityCode: '2200101', period: '2568-02' } })).monthlyReturns.edges.map((e: { node: unknown }) => e.node);
    expect(listed).toEqual([{ id: febId, lastPayBy: '2025-04-13' }]);
    const late = billPaymentFile({ companyAccount: '9860012345', companyCode: CHONBURI_PAO.billerCode, day: '28042568', payments: [
      { ref1: feb.ref1, ref2: feb.ref2, satang: satang(feb.amount), customerName: 'โรงแรมทะเลงาม' },
    ] }).toString('base64');
    const { reconcileBillPayments } = await ok(chonburi, RECONCILE, { input: { authorityCode: '2200101', contentBase64: late } });
    expect(reconcileBillPayments.run).toMatchObject({ matchedCount: 0, exceptionCount: 1 });
    expect(reconcileBillPayments.lines).toEqual([expect.objectContaining({
      outcome: 'PAID_AFTER_PAY_BY', reasonTh: 'ชำระหลังวันที่ต้องชำระภายใน เงินเพิ่มเพิ่มขึ้นแล้ว',
      reasonEn: "paid after the bill's pay-by date: the surcharge has grown since", billAmount: feb.amount, returnId: febId, receiptNumber: null,
    })]);
    expect((await ok(bangLamung, DETAIL, { id: febId })).monthlyReturn).toMatchObject({ status: 'BILLED', paid: '0.00' });
    const { rows } = await t.db.pool.query(`SELECT max(number) AS last FROM local_numbers_taken`);
    expect(rows[0]).toEqual({ last: 3 });
  });
});
