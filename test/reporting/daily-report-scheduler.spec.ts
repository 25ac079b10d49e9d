import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DailyReportFreezer } from '../../src/reporting/daily/daily-report.freezer.js';
import { DailyReportScheduler } from '../../src/reporting/daily/daily-report.scheduler.js';
import { bkk, ReportFixture } from './report-fixture.js';

const FRI = '2025-03-07';
const MON = '2025-03-10';
const TUE = '2025-03-11';

let f: ReportFixture;
let scheduler: DailyReportScheduler;
beforeAll(async () => {
  f = await ReportFixture.start();
  scheduler = new DailyReportScheduler(f.clock, f.calendar, f.reports, f.freezer);
  await f.register(bkk(FRI, '14:00:00'), '4901');
  await f.register(bkk(FRI, '16:00:00'), '4901');
  await f.register(bkk(FRI, '16:30:00'), '4901', 'PAPER', FRI);
});
afterAll(() => f.stop());

describe('the scheduler', () => {
  it('freezes a missed cut-off from what was recorded before it', async () => {
    f.clock.set(bkk(MON, '09:00:00'));
    expect(await scheduler.freezeDue()).toEqual([FRI]);
    const fri = await f.frozen(FRI);
    expect(fri.missed).toBe(true);
    expect(ReportFixture.district(fri.parsed, '4901')!.cumulative).toMatchObject({ regCounter: 1, regPaper: 0 });
    expect(await f.regenerate(FRI)).toBe(fri.body);
  });

  it('serves a provisional report before the cut-off, computed live', async () => {
    const report = await f.service.report(MON);
    expect(report).toMatchObject({ provisional: true, frozenAt: null, sha256: null });
    expect(ReportFixture.district(report.body, '4901')!.period.regCounter).toBe(1);
    expect(report.body.corrections.map((c) => [c.districtCode, c.periodDay, c.measures.regPaper])).toEqual([['4901', FRI, 1]]);
    await f.register(bkk(MON, '14:59:59'), '4901');
    await f.runnerCaughtUp();
    expect(ReportFixture.district((await f.service.report(MON)).body, '4901')!.period.regCounter).toBe(2);
    expect((await f.service.report(TUE)).body.base?.day).toBe(FRI);
  });

  it('freezes at the cut-off with the head of the log; the report is then final', async () => {
    f.clock.set(bkk(MON, '14:59:59'));
    expect(await scheduler.freezeDue()).toEqual([]);
    f.clock.set(bkk(MON, '15:00:01'));
    expect(await scheduler.freezeDue()).toEqual([MON]);
    const report = await f.service.report(MON);
    expect(report).toMatchObject({ provisional: false, missed: false });
    expect(report.frozenAt!.toISOString()).toBe('2025-03-10T08:00:01.000Z');
    expect(ReportFixture.district(report.body, '4901')!.period.regCounter).toBe(2);
    expect(await f.regenerate(MON)).toBe((await f.frozen(MON)).body);
    // The next day's provisional report, asked for before, now builds on Monday's.
    const tue = await f.service.report(TUE);
    expect(tue).toMatchObject({ provisional: true, body: { base: { day: MON } } });
    expect(ReportFixture.district(tue.body, '4901')!.cumulative).toEqual(ReportFixture.district(report.body, '4901')!.cumulative);
  });

  it('lets only one of two replicas freeze a day', async () => {
    const other = new DailyReportFreezer(f.db.pool, f.store, f.calendar);
    const outcomes = await Promise.all([f.freeze(TUE, bkk(TUE, '15:00:00')), other.freeze(TUE, new Date(bkk(TUE, '15:00:00')))]);
    expect(outcomes.filter((o) => o === 'frozen')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'frozen')[0]).toMatch(/busy|exists/);
  });

  it('freezes every missed working day at start-up, oldest first', async () => {
    f.clock.set(bkk('2025-03-17', '09:00:00'));
    scheduler.start();
    try {
      for (const until = Date.now() + 20_000; !(await f.reports.find('2025-03-14', false)) && Date.now() < until;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await scheduler.stop();
    }
    const { rows } = await f.db.pool.query(`SELECT to_char(report_day, 'YYYY-MM-DD') AS day, base_day IS NOT NULL AS based, missed
      FROM daily_mediation_reports ORDER BY report_day`);
    expect(rows.map((r) => r.day)).toEqual([FRI, MON, TUE, '2025-03-12', '2025-03-13', '2025-03-14']);
    expect(rows.slice(3).every((r) => r.based && r.missed)).toBe(true);
  });
});
