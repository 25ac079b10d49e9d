import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type DailyReportBody, parseBody, serialiseBody } from '../../src/reporting/daily/daily-report.body.js';
import { sha256 } from '../../src/reporting/daily/daily-report.store.js';
import { totalsOf } from '../../src/reporting/daily/daily-report.totals.js';
import { dailyReportView } from '../../src/reporting/daily/daily-report.view.js';
import { dailyDocument } from '../../src/reporting/export/daily-document.js';
import { dailyVerificationCode } from '../../src/reporting/export/verification-code.js';
import { type Measures, zeroMeasures } from '../../src/reporting/ledger/report-measures.js';
import { bkk, CENTRE, ReportFixture } from './report-fixture.js';

/** A report as the code before migration 300 wrote it (serialiseBody at 83a8f31, for the body below). */
const FORMAT_1_TEXT = '{"day":"2025-03-10","cutOff":"2025-03-10T08:00:00.000Z","periodStart":"2025-03-07T08:00:00.000Z",'
  + '"position":{"transactionId":"812","globalPosition":"40"},"base":{"day":"2025-03-07","cutOff":"2025-03-07T08:00:00.000Z",'
  + '"position":{"transactionId":"790","globalPosition":"31"}},"districts":[{"districtCode":"3401","provinceCode":"34",'
  + '"period":{"transfersIn":1},"cumulative":{"regCounter":1,"contacted":1,"agreed":1,"transfersIn":1,"debtBefore":"6000000",'
  + '"debtAfter":"4000000","reduction":"2000000"}},{"districtCode":"4901","provinceCode":"49","period":{"regCounter":1,'
  + '"transfersOut":1},"cumulative":{"regCounter":3,"regPaper":1,"contacted":1,"transfersOut":1}}],"corrections":[{"districtCode":"4901",'
  + '"provinceCode":"49","periodDay":"2025-03-07","measures":{"regPaper":1,"agreed":-1,"debtBefore":"-6000000"}}]}';

const m = (figures: Partial<Measures>): Measures => ({ ...zeroMeasures(), ...figures });

describe('daily reports frozen before the standing and moved figures (format 1)', () => {
  it('read back and are written again to the same bytes', () => {
    const body = parseBody(FORMAT_1_TEXT);
    expect(body.format).toBe(1);
    expect(serialiseBody(body)).toBe(FORMAT_1_TEXT);
  });

  it('are written as before from figures that hold more: no standing figures, a correction line net', () => {
    const body: DailyReportBody = {
      ...parseBody(FORMAT_1_TEXT),
      districts: [
        { districtCode: '4901', provinceCode: '49', period: m({ regCounter: 1, transfersOut: 1, creditors: 1 }), movedIn: m({}),
          movedOut: m({ regCounter: 1, contacted: 1, creditors: 1 }), cumulative: m({ regCounter: 3, regPaper: 1, contacted: 1, transfersOut: 1, creditors: 4 }) },
        { districtCode: '3401', provinceCode: '34', period: m({ transfersIn: 1 }), movedIn: m({ regCounter: 1, contacted: 1 }), movedOut: m({}),
          cumulative: m({ regCounter: 1, contacted: 1, agreed: 1, transfersIn: 1, debtBefore: 6_000_000n, debtAfter: 4_000_000n, reduction: 2_000_000n, principal: 5n }) },
        { districtCode: '4903', provinceCode: '49', period: m({ wishingMediation: 1 }), movedIn: m({}), movedOut: m({}), cumulative: m({ wishingMediation: 1 }) },
      ],
      corrections: [
        { districtCode: '4901', provinceCode: '49', periodDay: '2025-03-07', measures: m({ regPaper: 1 }), movedIn: m({}),
          movedOut: m({ agreed: 1, debtBefore: 6_000_000n }) },
        { districtCode: '4902', provinceCode: '49', periodDay: '2025-03-07', measures: m({ outstanding: 1n }), movedIn: m({}), movedOut: m({}) },
      ],
    };
    expect(serialiseBody(body)).toBe(FORMAT_1_TEXT);
    expect(serialiseBody({ ...body, format: 2 })).toMatch(/^\{"format":2,"day":"2025-03-10",.*"movedOut":\{"agreed":1,"debtBefore":"6000000"\}/);
  });
});

const THU = '2025-03-06';
const FRI = '2025-03-07';

describe('a report frozen in format 1, and the first report after it', () => {
  let f: ReportFixture;
  let stored = '';
  beforeAll(async () => {
    f = await ReportFixture.start();
    const moving = await f.register(bkk(THU, '09:00:00'), '4901');
    await f.register(bkk(THU, '09:10:00'), '4902');
    await f.contact(moving, bkk(THU, '10:00:00'));
    expect(await f.freeze(THU, bkk(THU, '15:00:01'))).toBe('frozen');
    // As the code before migration 300 froze it: the same figures without the standing and moved ones.
    stored = serialiseBody({ ...(await f.frozen(THU)).parsed, format: 1 });
    await f.db.pool.query('UPDATE daily_mediation_reports SET body = $1, sha256 = $2 WHERE report_day = $3', [stored, sha256(stored), THU]);
    await f.transfer(moving, bkk(FRI, '10:00:00'), '3401');
    await f.register(bkk(FRI, '11:00:00'), '4901');
  });
  afterAll(() => f.stop());

  it('keeps its bytes and shows no figures it did not hold', async () => {
    const report = await f.service.report(THU);
    expect(report.sha256).toBe(sha256(stored));
    const view = dailyReportView(report, '49', CENTRE);
    const mueang = view.districts.find((d) => d.districtCode === '4901')!;
    expect(mueang).toMatchObject({ movedIn: null, movedOut: null, cumulative: { registered: 1, contacted: 1, creditors: null, principal: null, wishingMediation: null } });
    expect(view.provinceTotal).toMatchObject({ movedIn: null, cumulative: { registered: 2, outstanding: null } });
    expect(view.notesTh.join(' ')).toContain('จึงไม่แสดงตัวเลขเหล่านี้');
    expect(await f.regenerate(THU)).toBe(stored);
    const document = dailyDocument(view, new Date(), null);
    expect(document.tables.map((t) => t.sheet)).toEqual(['ในรอบรายงาน', 'สะสม', 'รายการแก้ไข']);
    expect(document.tables[2].columns.slice(0, 3).map((c) => c.title)).toEqual(['อำเภอ/เขต', 'ของรายงาน วันที่', 'ลง\nทะเบียน']);
    expect(document.notes).toEqual(['ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย', ...view.notesTh]);
    expect(document.verificationCode).toBe(dailyVerificationCode(THU, '49', sha256(stored), (await f.frozen(THU)).seal));
  });

  it('is followed by a report whose standing figures count from the start of the log, live and frozen alike', async () => {
    await f.runnerCaughtUp();
    const live = await f.service.report(FRI);
    expect(await f.freeze(FRI, bkk(FRI, '15:00:00'))).toBe('frozen');
    const frozen = await f.frozen(FRI);
    expect(serialiseBody(live.body)).toBe(frozen.body);
    expect(live.totals).toEqual(totalsOf(live.body));
    expect(await f.regenerate(FRI)).toBe(frozen.body);
    expect(ReportFixture.district(frozen.parsed, '4901')!.cumulative).toMatchObject({ regCounter: 1, creditors: 1, principal: 5_000_000n, wishingMediation: 0 });
    expect(ReportFixture.district(frozen.parsed, '4902')!.cumulative).toMatchObject({ regCounter: 1, creditors: 1, outstanding: 6_000_000n });
    expect(ReportFixture.district(frozen.parsed, '3401')!.cumulative).toMatchObject({ regCounter: 1, contacted: 1, creditors: 1, wishingMediation: 1 });
    const view = dailyReportView(await f.service.report(FRI), '49', CENTRE);
    expect(view.provinceTotal!.cumulative).toMatchObject({ registered: 2, creditors: 2, principal: '100000.00', wishingMediation: 0 });
  });
});
