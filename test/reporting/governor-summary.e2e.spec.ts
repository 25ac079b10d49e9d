import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { ComplaintMonthEndTimer } from '../../src/projections/complaint-statistics/complaint-month-end.timer.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';
import { pdfPages } from './pdf-text.js';

/**
 * Monday 3 March 2025 (2568), 10:00 Bangkok. Mueang Ratchaburi (7001) received three complaints in February (one
 * resolved and closed, one as a legal question) and one in January; Photharam (7007) one in February. Both months are frozen.
 * February's summary is due Monday 3 March (the 1st was a Saturday), January's was due Monday 3 February.
 */
let t: TestApp;
let reporterA: SignedIn;
let reporterB: SignedIn;
let notReporter: SignedIn;
let photharam: SignedIn;
let ratchaburi: SignedIn;
let chiangMai: SignedIn;
let chiangMaiDistrict: SignedIn;

const SEND = `mutation ($month: String!, $district: String!) { sendComplaintGovernorSummary(input: { month: $month, districtCode: $district }) {
  districtCode month sentAt sentAtTh sentBy { accountId positionTh } dueOn late } }`;
const SUMMARY = `query ($month: String!, $district: String, $province: String) {
  complaintGovernorSummary(month: $month, districtCode: $district, provinceCode: $province) {
    month monthTh fiscalYear districtCode provinceCode scopeTh frozen dueOn dueOnTh
    rows { code nameTh receivedInMonth received inProgress resolved closed solved setAside carriedOver resolutionRatePercent }
    categories { category nameTh receivedInMonth received }
    total { receivedInMonth received closed carriedOver resolutionRatePercent meetsTarget }
    sending { sentBy { accountId } late } downloads { xlsx pdf } } }`;
const STATUS = `query ($month: String!, $province: String!) { complaintGovernorSummaryStatus(month: $month, provinceCode: $province) {
  month monthTh dueOn dueOnTh frozen sentCount lateCount notSentCount overdueCount
  districts { districtCode districtTh sent overdue sending { sentBy { accountId } late sentAtTh } } } }`;
const codes = (answer: { errors?: any[] }) => (answer.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);

beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2025-03-03T10:00:00+07:00') });
  reporterA = await t.signInAs({ level: 'DISTRICT', office: '7001', position: 'DEPUTY_DISTRICT_CHIEF' });
  reporterB = await t.signInAs({ level: 'DISTRICT', office: '7001', position: 'LEGAL_OFFICER' });
  notReporter = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  photharam = await t.signInAs({ level: 'DISTRICT', office: '7007' });
  const photharamB = await t.signInAs({ level: 'DISTRICT', office: '7007' });
  ratchaburi = await t.signInAs({ level: 'PROVINCE', office: '70' });
  chiangMai = await t.signInAs({ level: 'PROVINCE', office: '50' });
  chiangMaiDistrict = await t.signInAs({ level: 'DISTRICT', office: '5001' });
  const NAME = 'mutation ($office: String!, $ids: [ID!]!) { nameResponsibleReporters(input: { officeCode: $office, accountIds: $ids }) { officeKey } }';
  expect((await t.admin.graphql(NAME, { office: '7001', ids: [reporterA.accountId, reporterB.accountId] })).errors).toBeUndefined();
  expect((await t.admin.graphql(NAME, { office: '7007', ids: [photharam.accountId, photharamB.accountId] })).errors).toBeUndefined();
  const receive = async (by: SignedIn, receivedAt: string, subdistrict: string, n: string, category?: object) => {
    const input = receiveInput({ receivedAt, subdistrict, citizenId: citizenId(`11017002${n}00`), accused: null });
    const body = await by.graphql(RECEIVE, { input: { ...input, ...(category && { category }) } });
    expect(body.errors).toBeUndefined();
    return body.data.receiveComplaint.complaint.complaintId as string;
  };
  await receive(reporterA, '20/1/2568', '700101', '01');
  const solved = await receive(reporterA, '3/2/2568', '700101', '02');
  await receive(reporterA, '10/2/2568', '700102', '03');
  await receive(reporterA, '11/2/2568', '700101', '04', { main: 'LEGAL_ADVICE', sub: 'LEGAL_LAND' });
  await receive(photharam, '12/2/2568', '700701', '05');
  await reporterA.graphql('mutation ($id: ID!) { resolveComplaint(input: { complaintId: $id, result: "ซ่อมถนนแล้ว" }) { version } }', { id: solved });
  await reporterA.graphql('mutation ($id: ID!) { closeComplaint(input: { complaintId: $id, reason: RESOLVED }) { version } }', { id: solved });
  await t.caughtUp();
  expect(await t.app.get(ComplaintMonthEndTimer).tick()).toEqual(['2025-01-01', '2025-02-01']);
}, 180_000);
afterAll(() => t.close());

describe('the monthly complaint summary to the governor', () => {
  it('shows a district\'s month from the frozen month end, by category, with what is carried over and the rate', async () => {
    const { data, errors } = await reporterA.graphql(SUMMARY, { month: '๒๕๖๘-๐๒', district: '7001' });
    expect(errors).toBeUndefined();
    expect(data.complaintGovernorSummary).toEqual({
      month: '2025-02', monthTh: 'กุมภาพันธ์ 2568', fiscalYear: 2568, districtCode: '7001', provinceCode: '70', scopeTh: 'อำเภอเมืองราชบุรี',
      frozen: true, dueOn: '2025-03-03', dueOnTh: '3 มีนาคม 2568',
      rows: [{
        code: '7001', nameTh: 'อำเภอเมืองราชบุรี', receivedInMonth: 3, received: 4, inProgress: 3, resolved: 0, closed: 1, solved: 1, setAside: 0,
        carriedOver: 3, resolutionRatePercent: 25,
      }],
      categories: [
        { category: 'LEGAL_ADVICE', nameTh: expect.any(String), receivedInMonth: 1, received: 1 },
        { category: 'REQUEST_HELP', nameTh: 'ขอความช่วยเหลือ', receivedInMonth: 2, received: 3 },
      ],
      total: { receivedInMonth: 3, received: 4, closed: 1, carriedOver: 3, resolutionRatePercent: 25, meetsTarget: false },
      sending: null,
      downloads: { xlsx: '/reports/complaint-summary/2025-02/7001.xlsx', pdf: '/reports/complaint-summary/2025-02/7001.pdf' },
    });
  });

  it('rolls the province up over its districts for the province office', async () => {
    const { data } = await ratchaburi.graphql(SUMMARY, { month: '2025-02', province: '70' });
    const rows = data.complaintGovernorSummary.rows.filter((r: any) => r.received > 0);
    expect(rows.map((r: any) => [r.code, r.received])).toEqual([['7001', 4], ['7007', 1]]);
    expect(data.complaintGovernorSummary.total).toMatchObject({ receivedInMonth: 4, received: 5 });
    expect(data.complaintGovernorSummary.rows.at(-1)).toMatchObject({ code: null, nameTh: 'ศูนย์ดำรงธรรมจังหวัดราชบุรี' });
  });

  it('keeps another province and another district out', async () => {
    expect(codes(await chiangMai.graphql(SUMMARY, { month: '2025-02', district: '7001' }))).toEqual([['GOVERNOR_SUMMARY_OUT_OF_AREA', 'districtCode']]);
    expect(codes(await chiangMai.graphql(SUMMARY, { month: '2025-02', province: '70' }))).toEqual([['GOVERNOR_SUMMARY_OUT_OF_AREA', 'provinceCode']]);
    expect(codes(await photharam.graphql(SUMMARY, { month: '2025-02', district: '7001' }))).toEqual([['GOVERNOR_SUMMARY_OUT_OF_AREA', 'districtCode']]);
    expect(codes(await chiangMai.graphql(STATUS, { month: '2025-02', province: '70' }))).toEqual([['GOVERNOR_SUMMARY_OUT_OF_AREA', 'provinceCode']]);
    const download = await chiangMai.get('/reports/complaint-summary/2025-02/7001.pdf');
    expect(download.status).toBe(400);
    expect(await download.json()).toMatchObject({ code: 'GOVERNOR_SUMMARY_OUT_OF_AREA' });
  });

  it('is sent by a responsible reporter only, once, on time on its due date; January\'s is late', async () => {
    expect(codes(await notReporter.graphql(SEND, { month: '2025-02', district: '7001' }))).toEqual([['GOVERNOR_SUMMARY_NOT_RESPONSIBLE', 'districtCode']]);
    expect(codes(await ratchaburi.graphql(SEND, { month: '2025-02', district: '7001' }))).toEqual([['GOVERNOR_SUMMARY_NOT_RESPONSIBLE', 'districtCode']]);
    expect(codes(await chiangMaiDistrict.graphql(SEND, { month: '2025-02', district: '7001' }))).toEqual([['GOVERNOR_SUMMARY_OUT_OF_AREA', 'districtCode']]);
    expect(codes(await reporterA.graphql(SEND, { month: '2025-03', district: '7001' }))).toEqual([['GOVERNOR_SUMMARY_MONTH_NOT_OVER', 'month']]);
    const sent = await reporterB.graphql(SEND, { month: '2568-02', district: '๗๐๐๑' });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendComplaintGovernorSummary).toMatchObject({
      districtCode: '7001', month: '2025-02', sentBy: { accountId: reporterB.accountId, positionTh: 'นิติกร' }, dueOn: '2025-03-03', late: false,
    });
    expect(sent.data.sendComplaintGovernorSummary.sentAtTh).toMatch(/^3 มีนาคม 2568 10:\d\d น\.$/);
    expect(codes(await reporterA.graphql(SEND, { month: '2025-02', district: '7001' }))).toEqual([['GOVERNOR_SUMMARY_ALREADY_SENT', 'month']]);
    const january = await reporterA.graphql(SEND, { month: '2025-01', district: '7001' });
    expect(january.data.sendComplaintGovernorSummary).toMatchObject({ dueOn: '2025-02-03', late: true });
    const stream = await t.app.get<EventStore>(EVENT_STORE).readStream('governor-summary-7001-2025-02');
    expect(stream.map((e) => [e.type, e.metadata.actor, e.metadata.actorOffice])).toEqual([
      ['ComplaintSummarySentToGovernor', `account:${reporterB.accountId}`, 'DISTRICT:7001'],
    ]);
    const history = await t.admin.graphql('{ streamHistory(streamId: "governor-summary-7001-2025-02") { typeLabelTh changes { field afterTh } } }');
    expect(history.data.streamHistory).toEqual([{
      typeLabelTh: 'รับรองและส่งสรุปผลเสนอผู้ว่าราชการจังหวัด',
      changes: expect.arrayContaining([{ field: 'dueOn', afterTh: '3 มีนาคม 2568' }, { field: 'late', afterTh: 'ไม่ใช่' }]),
    }]);
    await t.caughtUp();
    const streams = await t.admin.graphql('{ caseStreams(caseType: GOVERNOR_SUMMARY) { edges { node { streamId caseType lastEventType } } } }');
    expect(streams.data.caseStreams.edges.map((e: any) => e.node)).toEqual(['governor-summary-7001-2025-01', 'governor-summary-7001-2025-02'].map((streamId) => ({
      streamId, caseType: 'GOVERNOR_SUMMARY', lastEventType: 'ComplaintSummarySentToGovernor',
    })));
    expect((await t.admin.graphql('{ caseStreams(first: 500) { totalCount } }')).errors).toBeUndefined();
  });

  it('shows the province who has sent (when, by whom, on time or late), who has not, and who is overdue', async () => {
    const { data } = await ratchaburi.graphql(STATUS, { month: '1/2568', province: '70' });
    const status = data.complaintGovernorSummaryStatus;
    expect(status).toMatchObject({ month: '2025-01', monthTh: 'มกราคม 2568', dueOn: '2025-02-03', dueOnTh: '3 กุมภาพันธ์ 2568', frozen: true, sentCount: 1, lateCount: 1 });
    expect(status.notSentCount).toBe(status.districts.length - 1);
    expect(status.overdueCount).toBe(status.notSentCount);
    expect(status.districts.find((d: any) => d.districtCode === '7001')).toMatchObject({ sent: true, overdue: false, sending: { sentBy: { accountId: reporterA.accountId }, late: true } });
    const february = (await ratchaburi.graphql(STATUS, { month: '2025-02', province: '70' })).data.complaintGovernorSummaryStatus;
    expect(february).toMatchObject({ sentCount: 1, lateCount: 0, overdueCount: 0 });
    expect(february.districts.find((d: any) => d.districtCode === '7007')).toMatchObject({ districtTh: 'อำเภอโพธาราม', sent: false, overdue: false, sending: null });
    const own = (await reporterA.graphql(STATUS, { month: '2025-02', province: '70' })).data.complaintGovernorSummaryStatus;
    expect(own.districts.map((d: any) => d.districtCode)).toEqual(['7001']);
  });

  it('downloads the district\'s summary as xlsx and PDF with its figures and its sending', async () => {
    const xlsx = await reporterA.get('/reports/complaint-summary/2568-02/7001.xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('รายหน่วยงาน')!;
    const values = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    expect(values.find((row) => row.includes('อำเภอเมืองราชบุรี'))).toEqual(['70', '7001', 'อำเภอเมืองราชบุรี', 3, 4, 3, 0, 1, 1, 0, 3, '25.00']);
    const categories = (workbook.getWorksheet('ตามประเภทเรื่อง')!.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    expect(categories.find((row) => row[0] === 'ขอความช่วยเหลือ')).toEqual(['ขอความช่วยเหลือ', 2, 3, 2, 0, 1, 1, 0, 2, '33.33']);
    const pdf = await reporterA.get('/reports/complaint-summary/2025-02/7001.pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfPages(new Uint8Array(await pdf.arrayBuffer()))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('เสนอผู้ว่าราชการจังหวัด'.normalize('NFKD'));
    expect(text).toContain('กุมภาพันธ์ 2568'.normalize('NFKD'));
    expect(text).toContain('ส่งตามกำหนด'.normalize('NFKD'));
  });

  it('downloads the province roll-up with which districts sent', async () => {
    const xlsx = await ratchaburi.get('/reports/complaint-summary/2025-02/70.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sent = (workbook.getWorksheet('การรับรอง')!.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    expect(sent.find((row) => row.includes('อำเภอเมืองราชบุรี'))).toEqual(expect.arrayContaining(['นิติกร', 'ตามกำหนด']));
    expect(sent.find((row) => row.includes('อำเภอโพธาราม'))).toEqual(expect.arrayContaining(['ยังไม่ส่ง']));
    const pdf = new Uint8Array(await (await ratchaburi.get('/reports/complaint-summary/2025-02/70.pdf')).arrayBuffer());
    const text = (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('อำเภอ/เขตส่งแล้ว 1 จาก'.normalize('NFKD'));
  });
});
