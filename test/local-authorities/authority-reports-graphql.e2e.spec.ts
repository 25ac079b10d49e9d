import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pdfPages } from '../reporting/pdf-text.js';
import { billPaymentFile } from '../support/bill-payment-records.js';
import { CHONBURI_PAO, registerChonburiBusinesses, registerChonburiPao } from '../support/chonburi-pao.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The authorities' collection reports over GraphQL and as files, on a real PostgreSQL: Chonburi PAO's October 2568
 * hotel returns (one paid from the bank's file, one filed late and unpaid), a filling station that did not file, a
 * permit issued by the SAO of Pong; each reader sees what its scope reaches, and no authority reads another's.
 */
let t: TestApp;
let paoRevenue: SignedIn;
let pongRevenue: SignedIn;
let chonburi: SignedIn;
let bangLamung: SignedIn;
let chiangMai: SignedIn;
let auditor: SignedIn;

const ok = async (who: SignedIn, query: string, variables: Record<string, unknown>) => {
  const answer = await who.graphql(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
};
const refusals = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => {
  expect(e.extensions).toEqual({ code: expect.any(String), field: e.extensions.field, messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String) });
  return [e.extensions.code, e.extensions.field];
});

const REPORT = `query ($code: String!, $period: String) { localAuthorityReport(authorityCode: $code, period: $period) {
  authorityCode periodTh from to asOf pao downloads { xlsx pdf }
  collection { total payments byKind { kind payments amount } months { monthTh total amounts { kind amount } } }
  outstanding { returnId businessName kind periodTh dueOn billed paid outstanding daysOverdue } outstandingTotal
  nonFilers { totalCount edges { node { periodTh businessName kind } } } permitsIssued { permitNumber issuedOn applicantName fee authorityCode } } }`;
const PROVINCE = `query ($code: String!, $period: String) { localProvinceReport(authorityCode: $code, period: $period) {
  provinceCode collection { total } nonFilers { edges { node { businessName } } } permitsByAuthority { authorityCode issued fees }
  permitsIssued { permitNumber authorityNameTh fee } downloads { pdf } } }`;
const leaflet = (name: string) => `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { permitId permit { status } } }`;

beforeAll(async () => {
  // Thursday 20 November 2568, 10:00 in Bangkok: October's returns were due on the 13th.
  t = await startTestApp({ clockStart: new Date('2025-11-20T10:00:00+07:00') });
  await registerChonburiPao(t.admin);
  await ok(t.admin, 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }', {
    input: { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' },
  });
  await ok(t.admin, 'mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }', { input: {
    authorityCode: '6200702', effectiveFrom: '2568-01-01', ordinance: 'ข้อบัญญัติ อบต.โป่ง เรื่อง ค่าธรรมเนียม', leafletPermitFee: '200',
    leafletDecisionDays: '5', filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50',
  } });
  [paoRevenue, pongRevenue, chonburi, bangLamung, chiangMai, auditor] = await Promise.all([
    t.signInAs({ level: 'LOCAL', office: '2200101' }), t.signInAs({ level: 'LOCAL', office: '6200702' }), t.signInAs({ level: 'PROVINCE', office: '20' }),
    t.signInAs({ level: 'DISTRICT', office: '2004' }), t.signInAs({ level: 'PROVINCE', office: '50' }), t.signInAs({ level: 'AUDITOR' }),
  ]);

  // The register as it stood: the first two were registered in September 2568 (the service's clock starts later).
  const [seaView, , town] = await registerChonburiBusinesses(chonburi, [
    ['โรงแรมทะเลงาม', 'HOTEL', '200401', '0105556000017'], ['หจก. ปั๊มน้ำมันบางละมุง', 'FUEL', '200401', '0105556000025'],
    ['โรงแรมในเมือง', 'HOTEL', '200101', '0105556000033'],
  ], { pool: t.db.pool, count: 2, at: '2025-09-01T03:00:00Z' });
  const file = `mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { versions { bill { ref1 ref2 amount } } } }`;
  const filed = await ok(chonburi, file, { input: { businessNo: seaView, kind: 'HOTEL', period: '2568-10', figures: { roomRent: '2500100' }, filer: { name: 'นางสมใจ ใจดี' }, receivedOn: '2568-11-10' } });
  await ok(chonburi, file, { input: { businessNo: town, kind: 'HOTEL', period: '2568-10', figures: { roomRent: '1000000' }, filer: { name: 'นายมานะ ขยัน' } } });
  const bill = filed.fileMonthlyReturn.versions[0].bill;
  const content = billPaymentFile({ companyAccount: '9860012345', companyCode: CHONBURI_PAO.billerCode, day: '12112568', payments: [{ ref1: bill.ref1, ref2: bill.ref2, satang: 12_500_50n }] }).toString('base64');
  await ok(chonburi, 'mutation ($input: ReconcileBillPaymentsInput!) { reconcileBillPayments(input: $input) { run { matchedCount } } }',
    { input: { authorityCode: '2200101', contentBase64: content } });

  const requested = await ok(bangLamung, leaflet('requestLeafletPermit'), { input: {
    authorityCode: '6200702', applicant: { kind: 'PERSON', name: 'นายสมชาย ใจดี', idNumber: '1101700234568', phone: '081-234-5678' },
    advertisement: 'ร้านก๋วยเตี๋ยวเปิดใหม่', places: [{ subdistrictCode: '200404', description: 'หน้าตลาดโป่ง' }], from: '2568-12-01', to: '2568-12-31', leaflets: '5000',
  } });
  const permitId = requested.requestLeafletPermit.permitId;
  for (const [step, input] of [['checkLeafletPermit', {}], ['approveLeafletPermit', { conditions: [] }], ['recordLeafletFeePaid', { amount: '200', paidOn: '2568-11-20' }],
    ['issueLeafletPermit', {}]] as const) await ok(bangLamung, leaflet(step), { input: { permitId, ...input } });
  await t.caughtUp();
}, 180_000);
afterAll(() => t.close());

describe('local authority reports over GraphQL', () => {
  it("gives the PAO's own staff its collection by levy and month, the bill outstanding and the business that did not file", async () => {
    const report = (await ok(paoRevenue, REPORT, { code: '๒๒๐๐๑๐๑', period: '๒๕๖๙' })).localAuthorityReport;
    expect(report).toMatchObject({
      authorityCode: '2200101', periodTh: 'ปีงบประมาณ พ.ศ. 2569', from: '2025-10', to: '2026-09', asOf: '2025-11-20', pao: true,
      downloads: { xlsx: '/reports/local-authority/2200101/2569.xlsx', pdf: '/reports/local-authority/2200101/2569.pdf' },
      collection: { total: '12500.50', payments: 1, byKind: [
        { kind: 'HOTEL', payments: 1, amount: '12500.50' }, { kind: 'FUEL', payments: 0, amount: '0.00' }, { kind: 'TOBACCO', payments: 0, amount: '0.00' }] },
      outstandingTotal: '5100.00', permitsIssued: [],
    });
    expect(report.collection.months.map((m: { monthTh: string; total: string }) => [m.monthTh, m.total])).toEqual([['ตุลาคม 2568', '0.00'], ['พฤศจิกายน 2568', '12500.50']]);
    // Filed a week late: 2 % surcharge for the month begun.
    expect(report.outstanding).toEqual([{
      returnId: expect.stringMatching(/-HOTEL-2025-10$/), businessName: 'โรงแรมในเมือง', kind: 'HOTEL', periodTh: 'ตุลาคม 2568', dueOn: '2025-11-13',
      billed: '5100.00', paid: '0.00', outstanding: '5100.00', daysOverdue: 7,
    }]);
    // The town hotel, registered after October, owes no October return.
    expect(report.nonFilers).toEqual({ totalCount: 1, edges: [{ node: { periodTh: 'ตุลาคม 2568', businessName: 'หจก. ปั๊มน้ำมันบางละมุง', kind: 'FUEL' } }] });
    expect((await ok(chonburi, REPORT, { code: '2200101' })).localAuthorityReport).toMatchObject({ periodTh: 'ปีงบประมาณ พ.ศ. 2569', collection: { total: '12500.50' } });
    expect((await ok(auditor, REPORT, { code: '2200101', period: '2568-10' })).localAuthorityReport)
      .toMatchObject({ periodTh: 'เดือนตุลาคม 2568', collection: { total: '0.00' }, outstandingTotal: '5100.00' });
  });

  it("bounds a district account to its district's businesses, and gives the province all of it", async () => {
    const district = (await ok(bangLamung, REPORT, { code: '2200101', period: '2569' })).localAuthorityReport;
    expect([district.collection.total, district.outstanding, district.nonFilers.totalCount]).toEqual(['12500.50', [], 1]);
    expect((await ok(chonburi, REPORT, { code: '2200101', period: '2569' })).localAuthorityReport.outstandingTotal).toBe('5100.00');
  });

  it('gives the SAO its permit fees and the permit it issued', async () => {
    const report = (await ok(pongRevenue, REPORT, { code: '6200702', period: '2568-11' })).localAuthorityReport;
    expect(report).toMatchObject({
      pao: false, collection: { total: '200.00', byKind: [{ kind: 'LEAFLET', payments: 1, amount: '200.00' }] }, outstanding: [], nonFilers: { totalCount: 0, edges: [] },
      permitsIssued: [{ permitNumber: '1/2569', issuedOn: '2025-11-20', applicantName: 'นายสมชาย ใจดี', fee: '200.00', authorityCode: '6200702' }],
    });
  });

  it("gives the PAO the province-wide view: its collection, its non-filers, every authority's permits", async () => {
    const view = (await ok(paoRevenue, PROVINCE, { code: '2200101', period: '2569' })).localProvinceReport;
    expect(view).toEqual({
      provinceCode: '20', collection: { total: '12500.50' }, nonFilers: { edges: [{ node: { businessName: 'หจก. ปั๊มน้ำมันบางละมุง' } }] },
      permitsByAuthority: [{ authorityCode: '6200702', issued: 1, fees: '200.00' }],
      permitsIssued: [{ permitNumber: '1/2569', authorityNameTh: 'องค์การบริหารส่วนตำบลโป่ง', fee: '200.00' }],
      downloads: { pdf: '/reports/local-province/2200101/2569.pdf' },
    });
    expect(refusals(await t.admin.graphql(PROVINCE, { code: '6200702', period: '2569' }))).toEqual([['AUTHORITY_REPORT_NOT_PAO', 'authorityCode']]);
  });

  it('pages the non-filers like every list: first and after, their page info, and typed refusals of a bad size or cursor', async () => {
    const PAGED = `query ($code: String!, $first: Int, $after: String) { localAuthorityReport(authorityCode: $code, period: "2569") {
      nonFilers(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { businessName } } } } }`;
    const first = (await ok(paoRevenue, PAGED, { code: '2200101', first: 1 })).localAuthorityReport.nonFilers;
    expect(first).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: false }, edges: [{ node: { businessName: 'หจก. ปั๊มน้ำมันบางละมุง' } }] });
    const after = (await ok(paoRevenue, PAGED, { code: '2200101', first: 1, after: first.pageInfo.endCursor })).localAuthorityReport.nonFilers;
    expect(after).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: null }, edges: [] });
    expect(refusals(await paoRevenue.graphql(PAGED, { code: '2200101', first: 0 }))).toEqual([['PAGE_SIZE_INVALID', 'first']]);
    expect(refusals(await paoRevenue.graphql(PAGED, { code: '2200101', first: 201 }))).toEqual([['PAGE_SIZE_INVALID', 'first']]);
    expect(refusals(await paoRevenue.graphql(PAGED, { code: '2200101', after: 'not-a-cursor' }))).toEqual([['CURSOR_INVALID', 'after']]);
  });

  it('keeps each authority to its own: A cannot read B, nor another province', async () => {
    for (const [who, code] of [[pongRevenue, '2200101'], [paoRevenue, '6200702'], [chiangMai, '2200101'], [chiangMai, '6200702']] as const) {
      expect(refusals(await who.graphql(REPORT, { code, period: '2569' }))).toEqual([['AUTHORITY_NOT_FOUND', 'authorityCode']]);
    }
    expect(refusals(await pongRevenue.graphql(PROVINCE, { code: '2200101', period: '2569' }))).toEqual([['AUTHORITY_NOT_FOUND', 'authorityCode']]);
    expect(refusals(await paoRevenue.graphql(REPORT, { code: '2200101', period: '2569-13' }))).toEqual([['AUTHORITY_REPORT_PERIOD_MALFORMED', 'period']]);
  });
});

describe('local authority report files', () => {
  it('serves the xlsx and the PDF in Thai, and refuses another authority with its code', async () => {
    const xlsx = await paoRevenue.get('/reports/local-authority/2200101/2569.xlsx');
    expect([xlsx.status, xlsx.headers.get('content-type')]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await paoRevenue.get('/reports/local-authority/2200101/๒๕๖๙.pdf');
    expect(pdf.status).toBe(200);
    const text = (await pdfPages(new Uint8Array(await pdf.arrayBuffer()))).join(' ');
    for (const expected of ['รายงานการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. 2569', '12,500.50', '5,100.00', 'หจก. ปั๊มน้ำมันบางละมุง']) {
      expect(text).toContain(expected.normalize('NFKD'));
    }
    expect(text).toContain('รายงานการจัดเก็บรายได้ ข้อมูล ณ วันที่'.normalize('NFKD'));
    expect(text).not.toContain('ฉบับชั่วคราว'.normalize('NFKD'));
    const province = await paoRevenue.get('/reports/local-province/2200101/2569.pdf');
    expect(province.status).toBe(200);
    expect((await pdfPages(new Uint8Array(await province.arrayBuffer()))).join(' ')).toContain('องค์การบริหารส่วนตำบลโป่ง'.normalize('NFKD'));
    const refused = await pongRevenue.get('/reports/local-authority/2200101/2569.pdf');
    expect([refused.status, ((await refused.json()) as { code: string }).code]).toEqual([400, 'AUTHORITY_NOT_FOUND']);
  });
});
