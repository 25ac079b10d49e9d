import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { type DailyReportBody, netOf } from '../../src/reporting/daily/daily-report.body.js';
import { dailyReportView } from '../../src/reporting/daily/daily-report.view.js';
import { dailyDocument } from '../../src/reporting/export/daily-document.js';
import { toPdf } from '../../src/reporting/export/pdf-export.js';
import { toXlsx } from '../../src/reporting/export/xlsx-export.js';
import { addMeasures, MEASURES, type Measures, zeroMeasures } from '../../src/reporting/ledger/report-measures.js';
import { MonthlyReportService } from '../../src/reporting/monthly/monthly-report.service.js';
import { monthlyReportView } from '../../src/reporting/monthly/monthly-report.view.js';
import { districtTitle } from '../../src/reporting/report-figures.js';
import { pdfPages } from './pdf-text.js';
import { bkk, CENTRE, ReportFixture } from './report-fixture.js';

const THU = '2025-03-06';
const FRI = '2025-03-07';
const MON = '2025-03-10';

/**
 * Every figure of every district row that does not add up: the previous report's cumulative + its correction
 * lines (facts + moved in − moved out) + the period + moved in − moved out must be the cumulative figure.
 */
function identityBreaks(previous: DailyReportBody | null, report: DailyReportBody): string[] {
  const codes = new Set([...report.districts, ...(previous?.districts ?? [])].map((d) => d.districtCode));
  const breaks: string[] = [];
  for (const code of codes) {
    const expected = zeroMeasures();
    const before = previous?.districts.find((d) => d.districtCode === code);
    if (before) addMeasures(expected, before.cumulative);
    for (const c of report.corrections.filter((line) => line.districtCode === code)) addMeasures(expected, netOf(c.measures, c.movedIn, c.movedOut));
    const row = report.districts.find((d) => d.districtCode === code);
    if (row) addMeasures(expected, netOf(row.period, row.movedIn, row.movedOut));
    const actual = row?.cumulative ?? zeroMeasures();
    for (const m of MEASURES) if (expected[m] !== actual[m]) breaks.push(`${report.day} ${code} ${m}: ${expected[m]} ≠ ${actual[m]}`);
  }
  return breaks;
}

const nonZero = (m: Measures) => Object.fromEntries(MEASURES.filter((k) => m[k] !== 0 && m[k] !== 0n).map((k) => [k, m[k]]));

let f: ReportFixture;
const ids: Record<string, string> = {};
beforeAll(async () => {
  f = await ReportFixture.start();
  // Thursday in 4901: A contacted (wishes mediation) and agreed, 60,000 baht down to 40,000; B contacted, wishes none.
  ids.a = await f.register(bkk(THU, '09:00:00'), '4901');
  ids.b = await f.register(bkk(THU, '09:10:00'), '4901');
  ids.c = await f.register(bkk(THU, '09:20:00'), '4902');
  await f.contact(ids.a, bkk(THU, '10:00:00'));
  await f.contact(ids.b, bkk(THU, '10:10:00'), 'NO');
  await f.schedule(ids.a, bkk(THU, '10:20:00'), THU, '11.00');
  await f.agree(ids.a, bkk(THU, '11:30:00'));
  expect(await f.freeze(THU, bkk(THU, '15:00:01'))).toBe('frozen');

  // Friday: both move to Mueang Ubon Ratchathani (3401); D registers in 4901; C's move to 4903 began before 15:00
  // and committed after the freeze.
  await f.transfer(ids.a, bkk(FRI, '10:00:00'), '3401');
  await f.transfer(ids.b, bkk(FRI, '10:05:00'), '3401');
  ids.d = await f.register(bkk(FRI, '11:00:00'), '4901');
  await f.contact(ids.d, bkk(FRI, '11:10:00'));
  const late = await f.openTransfer(ids.c, bkk(FRI, '14:59:00'), '4903');
  expect(await f.freeze(FRI, bkk(FRI, '15:00:05'))).toBe('frozen');
  await late.commit();

  // Monday: B, reached again at 3401, now wishes mediation; a paper form of Thursday keyed in at 4901.
  await f.contact(ids.b, bkk(MON, '09:00:00'));
  await f.register(bkk(MON, '09:30:00'), '4901', 'PAPER', THU);
  await f.runnerCaughtUp();
  expect(await f.freeze(MON, bkk(MON, '15:00:00'))).toBe('frozen');
});
afterAll(() => f.stop());

describe('a report reconciles after transfers', () => {
  it('shows what the moved cases took out of 4901 and brought into 3401, beside the transfer counts', async () => {
    const fri = (await f.frozen(FRI)).parsed;
    const mueang = ReportFixture.district(fri, '4901')!;
    const carried = {
      regCounter: 2, contacted: 2, agreed: 1, creditors: 2, wishingMediation: 1,
      debtBefore: 6_000_000n, debtAfter: 4_000_000n, reduction: 2_000_000n, principal: 10_000_000n, outstanding: 12_000_000n,
    };
    expect(nonZero(mueang.movedOut)).toEqual(carried);
    expect(nonZero(mueang.period)).toEqual({ regCounter: 1, contacted: 1, transfersOut: 2, creditors: 1, wishingMediation: 1, principal: 5_000_000n, outstanding: 6_000_000n });
    expect(nonZero(ReportFixture.district(fri, '3401')!.movedIn)).toEqual(carried);
    expect(nonZero(ReportFixture.district(fri, '3401')!.period)).toEqual({ transfersIn: 2 });
    expect(mueang.cumulative).toMatchObject({ contacted: 1, agreed: 0, debtBefore: 0n, regCounter: 1 });
  });

  it('adds up for every district and every figure, corrections of a late transfer included', async () => {
    const [thu, fri, mon] = await Promise.all([THU, FRI, MON].map(async (day) => (await f.frozen(day)).parsed));
    expect(identityBreaks(null, thu)).toEqual([]);
    expect(identityBreaks(thu, fri)).toEqual([]);
    expect(identityBreaks(fri, mon)).toEqual([]);
    const lines = mon.corrections.map((c) => [c.districtCode, c.periodDay, nonZero(c.measures), nonZero(c.movedIn), nonZero(c.movedOut)]);
    const registration = { regCounter: 1, creditors: 1, principal: 5_000_000n, outstanding: 6_000_000n };
    expect(lines).toEqual([
      ['4901', THU, { regPaper: 1, creditors: 1, principal: 5_000_000n, outstanding: 6_000_000n }, {}, {}],
      ['4902', FRI, { transfersOut: 1 }, {}, registration],
      ['4903', FRI, { transfersIn: 1 }, registration, {}],
    ]);
    expect(ReportFixture.district(mon, '3401')!.period.wishingMediation).toBe(1);
    for (const day of [THU, FRI, MON]) expect(await f.regenerate(day)).toBe((await f.frozen(day)).body);
  });

  it('carries the 15:00 figures (debtors, creditors, principal, outstanding, wishing mediation) in the frozen report', async () => {
    const view = dailyReportView(await f.service.report(MON), '34', CENTRE);
    const ubon = view.districts.find((d) => d.districtCode === '3401')!;
    expect(ubon.cumulative).toMatchObject({ registered: 2, creditors: 2, principal: '100000.00', outstanding: '120000.00', wishingMediation: 2 });
    expect(view.provinceTotal!.cumulative).toMatchObject({ registered: 2, creditors: 2, wishingMediation: 2 });
    expect(view.notesTh.join(' ')).toContain('รับโอนพร้อมเรื่อง');
    const fri = dailyReportView(await f.service.report(FRI), '49', CENTRE);
    expect(fri.provinceTotal).toMatchObject({ period: { transfersOut: 2 }, movedOut: { contacted: 2, agreed: 1, reduction: '20000.00' } });
  });

  it('credits the fiscal year to the district that did the work, the cumulative figures to the one holding the case', async () => {
    const monthly = new MonthlyReportService(f.db.pool, f.calendar);
    const march = monthlyReportView(await monthly.report('2025-03'), '49', CENTRE);
    const mueang = march.rows.find((r) => r.code === '4901')!;
    expect([mueang.fiscalYearToDate.registered, mueang.cumulative.registered]).toEqual([4, 2]);
    expect(mueang.movedOut).toMatchObject({ registered: 2, contacted: 2, agreed: 1, creditors: 2 });
    // Nothing before March: the cumulative figures are the month's plus what moved in, less what moved out.
    for (const [name, row] of [...march.rows.map((r) => [r.nameTh, r] as const), ['total', march.total!] as const]) {
      for (const key of ['registered', 'contacted', 'agreed', 'creditors', 'wishingMediation', 'transfersIn', 'transfersOut'] as const) {
        expect([name, key, row.month[key]! + row.movedIn[key]! - row.movedOut[key]!]).toEqual([name, key, row.cumulative[key]]);
      }
    }
    expect(march.notesTh[0]).toContain('นับที่อำเภอ/เขตที่ดำเนินการ');
  });

  it('prints a late transfer\'s moved figures beside its correction line and outside the total, the 15:00 table and the notes', async () => {
    const document = dailyDocument(dailyReportView(await f.service.report(MON), '49', CENTRE), new Date(), null);
    expect(document.tables.map((t) => t.sheet)).toEqual(['ในรอบรายงาน', 'รับโอนพร้อมเรื่อง', 'โอนออกพร้อมเรื่อง', 'สะสม', 'ยอด ณ เวลา 15.00 น.', 'รายการแก้ไข']);
    const corrections = document.tables[5];
    expect(corrections.columns.slice(0, 4).map((c) => c.title)).toEqual(['อำเภอ/เขต', 'ของรายงาน วันที่', 'รายการ', 'ลง\nทะเบียน']);
    expect(corrections.rows.map((r) => [...r.cells.slice(0, 4), r.aside ?? false])).toEqual([
      [districtTitle('4901'), '6 มีนาคม 2568', 'ผลการดำเนินงาน', 1, false],
      [districtTitle('4902'), '7 มีนาคม 2568', 'ผลการดำเนินงาน', 0, false],
      [districtTitle('4902'), '7 มีนาคม 2568', 'โอนออกพร้อมเรื่อง', 1, true],
      [districtTitle('4903'), '7 มีนาคม 2568', 'ผลการดำเนินงาน', 0, false],
      [districtTitle('4903'), '7 มีนาคม 2568', 'รับโอนพร้อมเรื่อง', 1, true],
      ['รวมรายการแก้ไข', '', 'ผลการดำเนินงาน', 1, false],
    ]);
    expect(document.tables[4].columns.map((c) => c.title)).toEqual(['อำเภอ/เขต', 'ลูกหนี้ (ราย)', 'เจ้าหนี้ (ราย)', 'เงินต้น (บาท)', 'ยอดหนี้คงค้าง (บาท)', 'ประสงค์\nไกล่เกลี่ย (ราย)']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await toXlsx(document)).buffer);
    const values = workbook.getWorksheet('รายการแก้ไข')!.getSheetValues() as unknown[][];
    const heading = values.findIndex((row) => row?.[3] === 'อำเภอ/เขต');
    const total = values.find((row) => row?.[3] === 'รวมรายการแก้ไข')!;
    expect(total[6]).toEqual({ formula: `SUM(F${heading + 1}:F${heading + 2},F${heading + 4})`, result: 1 });

    const text = (await pdfPages(new Uint8Array(await toPdf(document)))).join('\n');
    for (const expected of ['โอนออกพร้อมเรื่องในรอบรายงาน', 'ยอด ณ 10 มีนาคม 2568 15:00 น.', 'ยอดหนี้คงค้าง', 'ยอดสะสม = ยอดสะสมของรายงานฉบับก่อน']) {
      expect(text).toContain(expected.normalize('NFKD'));
    }
  });
});
