import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dailyReportView } from '../../src/reporting/daily/daily-report.view.js';
import { dailyDocument } from '../../src/reporting/export/daily-document.js';
import { monthlyDocument } from '../../src/reporting/export/monthly-document.js';
import { toPdf } from '../../src/reporting/export/pdf-export.js';
import type { ReportDocument } from '../../src/reporting/export/report-document.js';
import { dailyVerificationCode, monthlyVerificationCode, verificationCode } from '../../src/reporting/export/verification-code.js';
import { MonthlyReportService } from '../../src/reporting/monthly/monthly-report.service.js';
import { monthlyReportView } from '../../src/reporting/monthly/monthly-report.view.js';
import { pdfPages } from './pdf-text.js';
import { bkk, ReportFixture } from './report-fixture.js';

const THU = '2025-02-27';
const FRI = '2025-02-28';
const MON = '2025-03-03';
const centre = { level: 'CENTRAL', office: { kind: 'CENTRAL', code: 'CENTRAL' } } as const;

let f: ReportFixture;
let monthly: MonthlyReportService;
/** February as its report read once Friday 28 February, its last working day, was frozen. */
let completeFebruary: ReportDocument;
beforeAll(async () => {
  f = await ReportFixture.start();
  monthly = new MonthlyReportService(f.db.pool, f.calendar);
  await f.inLog(await f.register(bkk(THU, '10:00:00'), '4901'));
  expect(await f.freeze(THU, bkk(THU, '15:00:01'))).toBe('frozen');
  await f.inLog(await f.register(bkk(FRI, '11:00:00'), '4902'));
  expect(await f.freeze(FRI, bkk(FRI, '15:00:05'))).toBe('frozen');
  completeFebruary = await monthlyDoc('2025-02');
  // Monday: a paper form of Thursday keyed in: February changes after it was complete.
  await f.inLog(await f.register(bkk(MON, '09:00:00'), '4901', 'PAPER', THU));
  expect(await f.freeze(MON, bkk(MON, '15:00:02'))).toBe('frozen');
});
afterAll(() => f.stop());

async function monthlyDoc(month: string): Promise<ReportDocument> {
  return monthlyDocument(monthlyReportView(await monthly.report(month), '49', centre), new Date(), null);
}

/** Every text of a document but its file name: headings, header lines, table titles and cells, notes. */
const textsOf = (d: ReportDocument) => JSON.stringify([d.office, d.title, d.header, d.tables, d.notes, d.certification]);

describe('the documents of the reports', () => {
  it('write every date in the Buddhist Era: the corrections heading, their report day, file names', async () => {
    const frozen = await f.frozen(MON);
    const view = dailyReportView(await f.service.report(MON), '49', centre);
    const daily = dailyDocument(view, new Date(), null);
    const corrections = daily.tables.find((t) => t.sheet === 'รายการแก้ไข')!;
    expect(corrections.title).toBe('รายการแก้ไขรายงานที่ปิดยอดแล้ว (บันทึกหลังการปิดยอดวันที่ 28 กุมภาพันธ์ 2568)');
    expect(corrections.rows[0].cells.slice(0, 2)).toEqual(['อำเภอเมืองมุกดาหาร', '27 กุมภาพันธ์ 2568']);
    expect(textsOf(daily)).not.toMatch(/\b20\d\d-\d\d/);
    expect(daily.fileName).toEqual({ th: 'รายงานไกล่เกลี่ยหนี้ประจำวัน-2568-03-03-จังหวัดมุกดาหาร', ascii: 'daily-mediation-report-2568-03-03-49' });
    expect(daily.issuedAt).toEqual(frozen.frozenAt);
    // The code names the day, the province, the report's SHA-256 and its seal of the log.
    expect(frozen.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(daily.verificationCode).toBe(dailyVerificationCode(MON, '49', frozen.sha256, frozen.seal));
    expect(daily.verificationCode).not.toBe(verificationCode(frozen.sha256));
    expect(daily.verificationCode).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    const block = { title: 'การยืนยันและรับรองรายงาน', lines: ['ยังไม่ได้ยืนยัน'], table: null, signatures: [] };
    expect(dailyDocument(view, new Date(), block).certification!.lines).toEqual([
      'ยังไม่ได้ยืนยัน', `รหัสตรวจสอบรายงาน ${daily.verificationCode} (ตรวจสอบกับระบบดำรงได้ที่เมนู ตรวจสอบรายงานด้วยรหัส)`,
    ]);
    expect(textsOf(daily)).not.toContain('ตำแหน่งบันทึก');
  });

  it('say how far an incomplete month runs, in the Buddhist Era', async () => {
    const march = await monthlyDoc('2025-03');
    expect(march.header).toContain('ข้อมูลยังไม่ครบเดือน ถึง 3 มีนาคม 2568 15:00 น. (รายงานประจำวันที่ปิดยอดล่าสุด 3 มีนาคม 2568)');
    expect(textsOf(march)).not.toMatch(/\b20\d\d-\d\d/);
    expect(march.fileName.ascii).toBe('monthly-mediation-report-2568-03-49');
  });

  it('mark a month once complete that changed since as revised, with what changed', async () => {
    expect(completeFebruary.header).toEqual([
      'รอบเดือน ตั้งแต่ 31 มกราคม 2568 15:00 น. ถึงก่อน 28 กุมภาพันธ์ 2568 15:00 น.', 'ปีงบประมาณสะสม ตั้งแต่ 30 กันยายน 2567 15:00 น.',
      'ข้อมูลครบทั้งเดือน ตั้งแต่รายงานประจำวันที่ปิดยอดวันที่ 28 กุมภาพันธ์ 2568',
    ]);
    expect(completeFebruary.tables.map((t) => t.sheet)).toEqual(['ประจำเดือน', 'รับโอนพร้อมเรื่อง', 'โอนออกพร้อมเรื่อง', 'ปีงบประมาณสะสม', 'สะสมทั้งหมด']);
    const view = monthlyReportView(await monthly.report('2568-02'), '49', centre);
    expect(view).toMatchObject({ complete: true, revised: true, completedOn: FRI, asOfDate: MON });
    expect(view.revisions.map((r) => [r.code, r.month.registeredPaper, r.fiscalYearToDate.registeredPaper, r.cumulative.registeredPaper]))
      .toEqual([['4901', 1, 1, 1]]);
    const february = monthlyDocument(view, new Date(), null);
    expect(february.header[3]).toBe('ฉบับปรับปรุง: ตัวเลขของเดือนเปลี่ยนไปตามข้อมูลที่บันทึกภายหลัง ถึงรายงานประจำวันที่ปิดยอดวันที่ 3 มีนาคม 2568 (ดูตารางรายการปรับปรุง)');
    const revision = february.tables[5];
    expect(revision.title).toBe('รายการปรับปรุงหลังข้อมูลครบทั้งเดือน (บันทึกหลังการปิดยอดวันที่ 28 กุมภาพันธ์ 2568)');
    expect(revision.rows.map((r) => r.cells.slice(0, 4))).toEqual([
      ['อำเภอเมืองมุกดาหาร', 'ประจำเดือน', 1, 0], ['อำเภอเมืองมุกดาหาร', 'ปีงบประมาณสะสม', 1, 0], ['อำเภอเมืองมุกดาหาร', 'สะสมทั้งหมด', 1, 0],
    ]);
    expect(february.verificationCode).toBe(monthlyVerificationCode('2025-02', (await f.frozen(MON)).sha256));
    expect(february.verificationCode).not.toBe(completeFebruary.verificationCode);
    const text = (await pdfPages(new Uint8Array(await toPdf(february)))).join('\n');
    for (const expected of ['ฉบับปรับปรุง', 'รายการปรับปรุงหลังข้อมูลครบทั้งเดือน', `รหัสตรวจสอบ ${february.verificationCode}`]) {
      expect(text).toContain(expected.normalize('NFKD'));
    }
  });
});
