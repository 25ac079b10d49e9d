import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { DebtChannel } from '../../src/cases/debt/debt.events.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { registration, runCase } from '../support/debt-generator.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';
import { verificationCode } from '../../src/reporting/export/verification-code.js';
import { pdfPages, pdfRead } from './pdf-text.js';
import { bkk } from './report-fixture.js';

const FRI = '2025-03-07';
let t: TestApp;
/** The centre reads the reports here (national totals included); a district of Mukdahan and its province read theirs. */
let centre: SignedIn;
let districtOfficer: SignedIn;
let provinceOfficer: SignedIn;

const register = (store: PostgresEventStore, n: number, at: string, districtCode: string, channel: DebtChannel = 'COUNTER', formDate?: string) =>
  runCase(store, `api-${n}`, [registration(n, `api-${n}`, { districtCode, channel, at, formDate })]);

const graphql = (query: string, as = centre) => as.graphql(query) as Promise<any>;
const download = (path: string, as = centre) => as.get(path);

const FIGURES = 'registered registeredPaper agreed debtBefore reduction transfersIn';

beforeAll(async () => {
  // The service starts on Monday 10 March 2025 at 10:00: Friday's cut-off was missed.
  t = await startTestApp({
    clockStart: new Date(bkk('2025-03-10', '10:00:00')),
    async beforeStart(db) {
      const store = new PostgresEventStore(db.pool);
      await register(store, 1, bkk('2025-03-06', '10:00:00'), '4901');
      await register(store, 2, bkk(FRI, '11:00:00'), '4901');
      await register(store, 3, bkk(FRI, '12:00:00'), '4902', 'PAPER', FRI);
      await register(store, 4, bkk('2025-03-10', '09:00:00'), '4901');
      // Readers of the log (and so the freeze at start-up) see an event once no older transaction is open on the server,
      // which other tests share.
      for (let seen = 0; seen < 4; await new Promise((resolve) => setTimeout(resolve, 20))) {
        seen = (await db.pool.query('SELECT count(*)::int AS n FROM events WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())')).rows[0].n;
      }
    },
  });
  centre = await t.signInAs({ level: 'CENTRAL' });
  districtOfficer = await t.signInAs({ level: 'DISTRICT', office: '4902' });
  provinceOfficer = await t.signInAs({ level: 'PROVINCE', office: '49' });
  for (const until = Date.now() + 20_000; Date.now() < until;) {
    const { rows } = await t.db.pool.query('SELECT 1 FROM daily_mediation_reports');
    if (rows.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
afterAll(() => t.close());

describe('dailyMediationReport over GraphQL', () => {
  it('answers the frozen report with every district of the province, totals, position and download links', async () => {
    const { data, errors } = await graphql(`{ dailyMediationReport(date: "๒๕๖๘-๐๓-๐๗", provinceCode: "๔๙") {
      date dateTh provinceTh officeTh cutOffTh provisional frozenAt missedCutOff position { transactionId globalPosition }
      districts { districtCode districtTh period { ${FIGURES} } cumulative { ${FIGURES} } }
      provinceTotal { period { ${FIGURES} } cumulative { ${FIGURES} } } nationalTotal { cumulative { registered } }
      corrections { districtCode } downloads { xlsx pdf } } }`);
    expect(errors).toBeUndefined();
    const report = data.dailyMediationReport;
    expect(report).toMatchObject({
      date: FRI, dateTh: '7 มีนาคม 2568', provinceTh: 'จังหวัดมุกดาหาร', officeTh: 'ที่ทำการปกครองจังหวัดมุกดาหาร',
      cutOffTh: '7 มีนาคม 2568 15:00 น.', provisional: false, missedCutOff: true,
      downloads: { xlsx: `/reports/daily/${FRI}/49.xlsx`, pdf: `/reports/daily/${FRI}/49.pdf` },
    });
    // Frozen at start-up by the service's clock, which CLOCK_START set to Monday 10:00.
    const frozenAt = Date.parse(report.frozenAt) - Date.parse('2025-03-10T03:00:00.000Z');
    expect(frozenAt).toBeGreaterThanOrEqual(0);
    expect(frozenAt).toBeLessThan(60_000);
    expect(report.districts).toHaveLength(7);
    expect(report.districts.find((d: any) => d.districtCode === '4903').cumulative.registered).toBe(0);
    expect(report.provinceTotal).toMatchObject({ period: { registered: 2, registeredPaper: 1 }, cumulative: { registered: 3 } });
    expect(report.nationalTotal.cumulative.registered).toBe(3);
  });

  it('answers the figures published as at 15.00, the moved figures and the notes of the frozen report', async () => {
    const { data, errors } = await graphql(`{ dailyMediationReport(date: "${FRI}", provinceCode: "49") {
      districts { districtCode movedIn { registered } movedOut { registered contacted } }
      provinceTotal { period { creditors } cumulative { registered creditors principal outstanding wishingMediation } }
      corrections { movedIn { registered } } notesTh } }`);
    expect(errors).toBeUndefined();
    const report = data.dailyMediationReport;
    expect(report.provinceTotal).toEqual({
      period: { creditors: 2 },
      cumulative: { registered: 3, creditors: 3, principal: '150000.00', outstanding: '187501.50', wishingMediation: 0 },
    });
    expect(report.districts[0]).toEqual({ districtCode: '4901', movedIn: { registered: 0 }, movedOut: { registered: 0, contacted: 0 } });
    expect(report.notesTh[0]).toBe('ยอดสะสม = ยอดสะสมของรายงานฉบับก่อน + รายการแก้ไข + ผลในรอบรายงาน + รับโอนพร้อมเรื่อง − โอนออกพร้อมเรื่อง ทุกช่อง');
  });

  it('shows a district its own line, a province its districts and sums, and the country to the centre only', async () => {
    const query = `{ dailyMediationReport(date: "${FRI}", provinceCode: "49") {
      districts { districtCode cumulative { registered } } provinceTotal { cumulative { registered } } nationalTotal { cumulative { registered } } } }`;
    const district = (await graphql(query, districtOfficer)).data.dailyMediationReport;
    expect(district).toEqual({ districts: [{ districtCode: '4902', cumulative: { registered: 1 } }], provinceTotal: null, nationalTotal: null });
    const province = (await graphql(query, provinceOfficer)).data.dailyMediationReport;
    expect(province.districts).toHaveLength(7);
    expect(province).toMatchObject({ provinceTotal: { cumulative: { registered: 3 } }, nationalTotal: null });
    const elsewhere = (await graphql(query.replace('"49"', '"50"'), provinceOfficer)).data.dailyMediationReport;
    expect(elsewhere).toEqual({ districts: [], provinceTotal: null, nationalTotal: null });
    const provisional = `{ dailyMediationReport(date: "2025-03-10", provinceCode: "49") { districts { districtCode period { registered } } } }`;
    expect((await graphql(provisional, districtOfficer)).data.dailyMediationReport.districts).toEqual([{ districtCode: '4902', period: { registered: 0 } }]);
    const monthly = `{ monthlyMediationReport(month: "2568-03") { rows { code month { registered } } total { month { registered } } nationalTotal { month { registered } } } }`;
    expect((await graphql(monthly, provinceOfficer)).data.monthlyMediationReport).toEqual({
      rows: [{ code: '49', month: { registered: 3 } }], total: null, nationalTotal: null,
    });
    expect((await graphql(monthly, districtOfficer)).data.monthlyMediationReport).toEqual({ rows: [], total: null, nationalTotal: null });
  });

  it('marks the day before its cut-off provisional', async () => {
    const { data } = await graphql(`{ dailyMediationReport(date: "2025-03-10", provinceCode: "49") { provisional frozenAt provinceTotal { period { registered } } } }`);
    expect(data.dailyMediationReport).toEqual({ provisional: true, frozenAt: null, provinceTotal: { period: { registered: 1 } } });
  });

  it('refuses a day off with a typed error, its dates in the Buddhist Era in Thai', async () => {
    const { errors } = await graphql('{ dailyMediationReport(date: "2025-03-08", provinceCode: "49") { date } }');
    expect(errors[0].extensions).toMatchObject({
      code: 'REPORT_NOT_WORKING_DAY', field: 'date',
      messageTh: 'วันที่ 8 มีนาคม 2568 ไม่ใช่วันทำการ จึงไม่มีรายงานประจำวัน เรื่องที่บันทึกในวันนั้นรวมอยู่ในรายงานวันที่ 10 มีนาคม 2568',
    });
  });

  it('answers the monthly report with the month and the fiscal year to date', async () => {
    const { data, errors } = await graphql(`{ monthlyMediationReport(month: "2568-03", provinceCode: "49") {
      monthTh fiscalYear complete completedOn revised revisions { code } asOfDate rows { code nameTh month { registered } fiscalYearToDate { registered } }
      total { month { registered } } notesTh total { movedIn { registered } movedOut { registered } cumulative { creditors } } } }`);
    expect(errors).toBeUndefined();
    expect(data.monthlyMediationReport).toMatchObject({
      monthTh: 'มีนาคม 2568', fiscalYear: 2568, complete: false, completedOn: null, revised: false, revisions: [], asOfDate: FRI,
    });
    expect(data.monthlyMediationReport.total).toMatchObject({ movedIn: { registered: 0 }, movedOut: { registered: 0 }, cumulative: { creditors: 3 } });
    expect(data.monthlyMediationReport.notesTh[0]).toContain('ปีงบประมาณสะสม นับที่อำเภอ/เขตที่ดำเนินการ');
    expect(data.monthlyMediationReport.rows).toHaveLength(7);
    expect(data.monthlyMediationReport.total.month.registered).toBe(3);
  });
});

describe('downloads', () => {
  it('serves the daily report as a workbook whose cells read back: codes beside the names, the total as a SUM', async () => {
    const response = await download('/reports/daily/2568-03-07/49.xlsx');
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name))
      .toEqual(['ในรอบรายงาน', 'รับโอนพร้อมเรื่อง', 'โอนออกพร้อมเรื่อง', 'สะสม', 'ยอด ณ เวลา 15.00 น.', 'รายการแก้ไข', 'การรับรอง']);
    expect(workbook.title).toBe('รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวัน จังหวัดมุกดาหาร ประจำวันที่ 7 มีนาคม 2568');
    const standing = workbook.getWorksheet('ยอด ณ เวลา 15.00 น.')!.getSheetValues().filter(Boolean) as unknown[][];
    const standingTotal = standing.find((r) => r[3] === 'รวมจังหวัดมุกดาหาร')!.slice(4, 9);
    // Each a SUM over the districts with its figure cached (ExcelJS reads a cached 0 back as no result).
    expect(standingTotal.map((cell) => (cell as { result?: number }).result)).toEqual([3, 3, 150000, 187501.5, undefined]);
    expect(standingTotal.map((cell) => (cell as { formula: string }).formula)).toEqual(['D', 'E', 'F', 'G', 'H'].map((c) => expect.stringMatching(new RegExp(`^SUM\\(${c}\\d+:${c}\\d+\\)$`))));
    const sheet = workbook.getWorksheet('สะสม')!;
    expect(sheet.getCell('A1').value).toBe('ที่ทำการปกครองจังหวัดมุกดาหาร');
    expect(sheet.getCell('A2').value).toBe(workbook.title);
    expect(sheet.getCell('A3').value).toBe('ตัดยอด ณ เวลา 7 มีนาคม 2568 15:00 น. รอบรายงาน ตั้งแต่ 6 มีนาคม 2568 15:00 น. ถึงก่อน 7 มีนาคม 2568 15:00 น.');
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const mueang = rows.find((r) => r[3] === 'อำเภอเมืองมุกดาหาร')!;
    expect(mueang.slice(1, 6)).toEqual(['49', '4901', 'อำเภอเมืองมุกดาหาร', 2, 0]);
    const total = rows.find((r) => r[3] === 'รวมจังหวัดมุกดาหาร')!;
    expect(total[4]).toEqual({ formula: expect.stringMatching(/^SUM\(D\d+:D\d+\)$/), result: 3 });
    expect(rows.find((r) => r[3] === 'รวมทั้งประเทศ')![4]).toBe(3);
    expect(sheet.headerFooter.oddFooter).toMatch(/รหัสตรวจสอบ [A-Z2-7]{5}-[A-Z2-7]{5}.*หน้า &P\/&N/);
  });

  it('serves the daily report as a PDF whose Thai text and numbers read back', async () => {
    const response = await download('/reports/daily/2025-03-07/49.pdf');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfPages(new Uint8Array(await response.arrayBuffer()))).join('\n');
    for (const expected of ['ที่ทำการปกครองจังหวัดมุกดาหาร', 'รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวัน', 'อำเภอเมืองมุกดาหาร',
      '7 มีนาคม 2568 15:00 น.', 'รวมจังหวัดมุกดาหาร', 'QR ThaiD', 'ลดลง (บาท)', 'ผลการดำเนินงานสะสม', 'ข้อมูลจากระบบดำรง กรมการปกครอง']) {
      expect(text).toContain(expected.normalize('NFKD'));
    }
    expect(text).toMatch(/รวมทั้งประเทศ\s+3\s/);
    const own = (await pdfPages(new Uint8Array(await (await download('/reports/daily/2025-03-07/49.pdf', districtOfficer)).arrayBuffer()))).join('\n');
    expect(own).toContain('อำเภอนิคมคำสร้อย'.normalize('NFKD'));
    for (const other of ['อำเภอเมืองมุกดาหาร', 'รวมจังหวัดมุกดาหาร', 'รวมทั้งประเทศ']) expect(own).not.toContain(other.normalize('NFKD'));
  });

  it('serves no download without a sign-in', async () => {
    const anonymous = await fetch(`${t.base}/reports/daily/2025-03-07/49.pdf`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('serves the monthly report as xlsx and PDF, and refuses an unknown format', async () => {
    const xlsx = await download('/reports/monthly/2568-03/all.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['ประจำเดือน', 'รับโอนพร้อมเรื่อง', 'โอนออกพร้อมเรื่อง', 'ปีงบประมาณสะสม', 'สะสมทั้งหมด']);
    const pdf = await download('/reports/monthly/2025-03/49.pdf');
    const text = (await pdfPages(new Uint8Array(await pdf.arrayBuffer()))).join('\n');
    expect(text).toContain('ประจำเดือนมีนาคม 2568 ปีงบประมาณ พ.ศ. 2568'.normalize('NFKD'));
    expect(text).toContain('(รายงานประจำวันที่ปิดยอดล่าสุด 7 มีนาคม 2568)'.normalize('NFKD'));
    expect(text).toContain('ผลการดำเนินงานปีงบประมาณ พ.ศ. 2568 สะสม (นับที่อำเภอ/เขตที่ดำเนินการ)'.normalize('NFKD'));
    expect(text).not.toMatch(/\b20\d\d-\d\d/);
    const bad = await download('/reports/daily/2025-03-07/49.docx');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'REPORT_UNKNOWN_FORMAT' });
  });
});

describe('download names and bytes', () => {
  it('names each file in Thai (filename*, RFC 5987) with an ASCII fallback, in the Buddhist Era', async () => {
    const names = async (path: string) => {
      const header = (await download(path)).headers.get('content-disposition')!;
      const [, ascii, thai] = /^attachment; filename="([ -~]+)"; filename\*=UTF-8''([A-Za-z0-9%._~!$&+^`|-]+)$/.exec(header)!;
      return [ascii, decodeURIComponent(thai)];
    };
    expect(await names('/reports/daily/2568-03-07/49.pdf'))
      .toEqual(['daily-mediation-report-2568-03-07-49.pdf', 'รายงานไกล่เกลี่ยหนี้ประจำวัน-2568-03-07-จังหวัดมุกดาหาร.pdf']);
    expect(await names('/reports/daily/2025-03-10/49.xlsx'))
      .toEqual(['daily-mediation-report-2568-03-10-49-provisional.xlsx', 'รายงานไกล่เกลี่ยหนี้ประจำวัน-2568-03-10-จังหวัดมุกดาหาร-ฉบับชั่วคราว.xlsx']);
    expect(await names('/reports/monthly/2025-03/all.xlsx'))
      .toEqual(['monthly-mediation-report-2568-03-all.xlsx', 'รายงานผลการแก้ไขหนี้นอกระบบประจำเดือน-2568-03-ทั่วประเทศ.xlsx']);
  });

  it('serves a frozen report as the same bytes every time, however much later it is asked for', async () => {
    const digest = async (path: string) => createHash('sha256').update(new Uint8Array(await (await download(path)).arrayBuffer())).digest('hex');
    const paths = ['/reports/daily/2025-03-07/49.xlsx', '/reports/daily/2025-03-07/49.pdf', '/reports/monthly/2025-03/49.xlsx', '/reports/monthly/2025-03/49.pdf'];
    const first = await Promise.all(paths.map(digest));
    // Only Date moves on (by ten minutes, the service's clock with it): the time of asking must not reach the file.
    jest.useFakeTimers({ now: Date.now() + 600_000, advanceTimers: true, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
    try {
      expect(await Promise.all(paths.map(digest))).toEqual(first);
    } finally {
      jest.useRealTimers();
    }
    const pdf = await pdfRead(new Uint8Array(await (await download(paths[1])).arrayBuffer()));
    expect(pdf.info.Title).toBe('รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวัน จังหวัดมุกดาหาร ประจำวันที่ 7 มีนาคม 2568');
    const { data } = await graphql(`{ dailyMediationReport(date: "${FRI}", provinceCode: "49") { frozenAt sha256 verificationCode } }`);
    const frozenAt = new Date(data.dailyMediationReport.frozenAt).toISOString().replace(/[-:T]/g, '').slice(0, 14);
    expect(pdf.info.CreationDate).toBe(`D:${frozenAt}Z`);
    const code = data.dailyMediationReport.verificationCode;
    expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    expect(code).not.toBe(verificationCode(data.dailyMediationReport.sha256)); // it carries the seal of the log too
    for (const page of pdf.pages) expect(page).toContain(`รหัสตรวจสอบ ${code}`.normalize('NFKD'));
    expect(pdf.pages.join('\n')).not.toContain('ตำแหน่งบันทึก'.normalize('NFKD'));
  });
});

describe("confirming a district's daily report (ยืนยันรายงาน)", () => {
  let chief: SignedIn;
  let second: SignedIn;
  let other: SignedIn;
  const CERTIFY = `mutation ($input: CertifyDailyReportInput!) { certifyDailyReport(input: $input) {
    date dateTh districtCode certifiedAt certifiedAtTh certifiedBy { accountId nameTh positionTh phone } reporters { accountId } chief { nameTh positionTh } } }`;
  const STATUS = `query ($date: String!) { dailyReportCertifications(date: $date, provinceCode: "49") {
    dateTh frozen certifiedCount notCertifiedCount districts { districtCode certified certification { certifiedAt certifiedBy { accountId nameTh } } } } }`;
  const certify = (as: SignedIn, date: string, commandId?: string) => as.graphql(CERTIFY, { input: { date, districtCode: '4902', commandId } }) as Promise<any>;

  beforeAll(async () => {
    chief = await t.signInAs({ level: 'DISTRICT', office: '4902', position: 'CHIEF' });
    second = await t.signInAs({ level: 'DISTRICT', office: '4902', position: 'LEGAL_OFFICER' });
    other = await t.signInAs({ level: 'DISTRICT', office: '4902' });
    const named = await chief.graphql(`mutation ($ids: [ID!]!) { nameResponsibleReporters(input: { officeCode: "4902", accountIds: $ids }) { officeKey } }`,
      { ids: [districtOfficer.accountId, second.accountId] });
    expect(named.errors).toBeUndefined();
  });

  it('is refused to anyone but the named reporters, before the freeze, and on a day without a report', async () => {
    for (const as of [other, chief, provinceOfficer, centre]) {
      expect((await certify(as, FRI)).errors[0].extensions).toMatchObject({ code: 'REPORT_CERTIFIER_NOT_RESPONSIBLE', field: 'districtCode' });
    }
    const early = (await certify(districtOfficer, '2025-03-10')).errors[0];
    expect(early.extensions).toMatchObject({ code: 'REPORT_NOT_FROZEN', field: 'date' });
    expect(early.extensions.messageTh).toContain('10 มีนาคม 2568');
    expect((await certify(districtOfficer, '2025-03-08')).errors[0].extensions).toMatchObject({ code: 'REPORT_NOT_WORKING_DAY' });
  });

  it("changes the file only by its certification block: the province sees who has not confirmed", async () => {
    const before = await download('/reports/daily/2025-03-07/49.pdf', provinceOfficer);
    const beforeText = (await pdfPages(new Uint8Array(await before.clone().arrayBuffer()))).join('\n');
    expect(beforeText).toContain('อำเภอ/เขตยืนยันรายงานแล้ว 0 จาก 7 แห่ง'.normalize('NFKD'));
    const status = (await provinceOfficer.graphql(STATUS, { date: FRI })).data.dailyReportCertifications;
    expect(status).toMatchObject({ dateTh: '7 มีนาคม 2568', frozen: true, certifiedCount: 0, notCertifiedCount: 7 });

    const { data, errors } = await certify(districtOfficer, '๒๕๖๘-๐๓-๐๗', 'confirm-4902-friday');
    expect(errors).toBeUndefined();
    const confirmed = data.certifyDailyReport;
    expect(confirmed).toMatchObject({
      date: FRI, dateTh: '7 มีนาคม 2568', districtCode: '4902',
      certifiedBy: { accountId: districtOfficer.accountId, positionTh: 'เจ้าพนักงานปกครอง', phone: '0 2123 4567' },
      reporters: [{ accountId: districtOfficer.accountId }, { accountId: second.accountId }], chief: { positionTh: 'นายอำเภอ' },
    });
    expect(confirmed.certifiedAtTh).toMatch(/^10 มีนาคม 2568 1\d:\d\d น\.$/);
    expect((await certify(districtOfficer, FRI, 'confirm-4902-friday')).data.certifyDailyReport).toEqual(confirmed);
    const twice = (await certify(second, FRI)).errors[0];
    expect(twice.extensions).toMatchObject({ code: 'REPORT_ALREADY_CERTIFIED', field: 'date' });
    // Command ids are per account: the other reporter's equal id is no retry; the same id for another district is refused.
    expect((await certify(second, FRI, 'confirm-4902-friday')).errors[0].extensions).toMatchObject({ code: 'REPORT_ALREADY_CERTIFIED' });
    const reused = await districtOfficer.graphql(CERTIFY, { input: { date: FRI, districtCode: '4901', commandId: 'confirm-4902-friday' } }) as any;
    expect(reused.errors[0].extensions).toMatchObject({ code: 'COMMAND_ID_REUSED', field: 'commandId' });

    const after = (await provinceOfficer.graphql(STATUS, { date: FRI })).data.dailyReportCertifications;
    expect(after).toMatchObject({ certifiedCount: 1, notCertifiedCount: 6 });
    expect(after.districts.find((d: any) => d.districtCode === '4902')).toEqual({
      districtCode: '4902', certified: true,
      certification: { certifiedAt: confirmed.certifiedAt, certifiedBy: { accountId: districtOfficer.accountId, nameTh: confirmed.certifiedBy.nameTh } },
    });
    expect(after.districts.filter((d: any) => !d.certified)).toHaveLength(6);
    const own = (await districtOfficer.graphql(STATUS, { date: FRI })).data.dailyReportCertifications;
    expect(own.districts.map((d: any) => d.districtCode)).toEqual(['4902']);

    const text = (await pdfPages(new Uint8Array(await (await download('/reports/daily/2025-03-07/49.pdf', provinceOfficer)).arrayBuffer()))).join('\n');
    for (const expected of ['อำเภอ/เขตยืนยันรายงานแล้ว 1 จาก 7 แห่ง', confirmed.certifiedBy.nameTh, confirmed.certifiedAtTh, 'ผู้รายงาน', 'ผู้รับรอง', 'ผู้ว่าราชการจังหวัด']) {
      expect(text).toContain(expected.normalize('NFKD'));
    }
    const code = (page: string) => /รหัสตรวจสอบ ([A-Z2-7-]{11})/.exec(page)![1];
    expect(code(text)).toBe(code(beforeText));
    // Beside the reporters' names too, in the PDF and in the workbook's certification sheet.
    expect(text).toContain(`รหัสตรวจสอบรายงาน ${code(text)}`.normalize('NFKD'));
    const district = (await pdfPages(new Uint8Array(await (await download('/reports/daily/2025-03-07/49.pdf', districtOfficer)).arrayBuffer()))).join('\n');
    for (const expected of [`อำเภอนิคมคำสร้อย ยืนยันรายงานแล้ว โดย ${confirmed.certifiedBy.nameTh}`, `ยืนยันรายงานในระบบเมื่อ ${confirmed.certifiedAtTh}`, 'นายอำเภอ', '0 2123 4567']) {
      expect(district).toContain(expected.normalize('NFKD'));
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download('/reports/daily/2025-03-07/49.xlsx', provinceOfficer)).arrayBuffer());
    const rows = workbook.getWorksheet('การรับรอง')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => String(r[1]).startsWith(`รหัสตรวจสอบรายงาน ${code(text)}`))).toBe(true);
    expect(rows.find((r) => r[1] === 'อำเภอนิคมคำสร้อย')!.slice(1, 6))
      .toEqual(['อำเภอนิคมคำสร้อย', confirmed.certifiedBy.nameTh, 'เจ้าพนักงานปกครอง', '0 2123 4567', confirmed.certifiedAtTh]);
  });
});

