import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bkk, ReportFixture } from './report-fixture.js';

const THU = '2025-03-06';
const FRI = '2025-03-07';
const MON = '2025-03-10';
const TUE_HOLIDAY = '2025-03-11';
const WED = '2025-03-12';

let f: ReportFixture;
const ids: Record<string, string> = {};
beforeAll(async () => {
  f = await ReportFixture.start();
  for (const name of ['a1', 'a2', 'a3']) ids[name] = await f.register(bkk(THU, '10:00:00'), '4901');
  expect(await f.freeze(THU, bkk(THU, '15:00:01'))).toBe('frozen');
  ids.x = await f.register(bkk(FRI, '14:59:59'), '4901');
  ids.y = await f.register(bkk(FRI, '15:00:01'), '4901');
  await f.transfer(ids.a1, bkk(FRI, '14:59:59'), '4902');
  await f.transfer(ids.a2, bkk(FRI, '15:00:01'), '4902');
  expect(await f.freeze(FRI, bkk(FRI, '15:00:05'))).toBe('frozen');
  await f.calendar.add(TUE_HOLIDAY, 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', null, { actor: 'account:central-admin', office: 'CENTRAL' });
  ids.z = await f.register(bkk(TUE_HOLIDAY, '11:00:00'), '4902');
  expect(await f.freeze(MON, bkk(MON, '15:00:00'))).toBe('frozen');
  expect(await f.freeze(WED, bkk(WED, '15:00:00'))).toBe('frozen');
});
afterAll(() => f.stop());

describe('the 15:00 cut-off', () => {
  it('counts 14:59:59 in the day and 15:00:01 in the next working day, Friday to Monday', async () => {
    const fri = (await f.frozen(FRI)).parsed;
    const mon = (await f.frozen(MON)).parsed;
    expect(ReportFixture.district(fri, '4901')!.period.regCounter).toBe(1);
    expect(ReportFixture.district(mon, '4901')!.period.regCounter).toBe(1);
    expect(fri.periodStart.toISOString()).toBe('2025-03-06T08:00:00.000Z');
    expect(mon.periodStart.toISOString()).toBe('2025-03-07T08:00:00.000Z');
    expect(mon.cutOff.toISOString()).toBe('2025-03-10T08:00:00.000Z');
  });

  it('attributes a case transferred just before the cut-off to its new district, just after to its old one', async () => {
    const fri = (await f.frozen(FRI)).parsed;
    expect(ReportFixture.district(fri, '4901')!.cumulative).toMatchObject({ regCounter: 3, transfersOut: 1 });
    expect(ReportFixture.district(fri, '4902')!.cumulative).toMatchObject({ regCounter: 1, transfersIn: 1 });
    expect(ReportFixture.district(fri, '4902')!.period).toMatchObject({ regCounter: 0, transfersIn: 1 });
    const mon = (await f.frozen(MON)).parsed;
    expect(ReportFixture.district(mon, '4901')!.cumulative).toMatchObject({ regCounter: 3, transfersOut: 2 });
    expect(ReportFixture.district(mon, '4902')!.cumulative).toMatchObject({ regCounter: 2, transfersIn: 2 });
    expect(ReportFixture.district(mon, '4901')!.period).toMatchObject({ regCounter: 1, transfersOut: 1 });
  });

  it('puts what was recorded on a holiday into the next working day and has no report for the holiday', async () => {
    const wed = (await f.frozen(WED)).parsed;
    expect(wed.periodStart.toISOString()).toBe('2025-03-10T08:00:00.000Z');
    expect(ReportFixture.district(wed, '4902')!.period.regCounter).toBe(1);
    await expect(f.service.report('2568-03-11')).rejects.toMatchObject({ code: 'REPORT_NOT_WORKING_DAY' });
  });

  it('regenerates every frozen report from the log byte for byte', async () => {
    for (const day of [THU, FRI, MON, WED]) {
      const frozen = await f.frozen(day);
      expect(await f.regenerate(day)).toBe(frozen.body);
    }
  });

  it('serves the frozen report for a date typed in Thai digits and the Buddhist Era', async () => {
    const report = await f.service.report('๒๕๖๘-๐๓-๐๗');
    expect(report.provisional).toBe(false);
    expect(report.body.day).toBe(FRI);
    expect(report.sha256).toBe((await f.frozen(FRI)).sha256);
  });

  it('freezes a day only once', async () => {
    expect(await f.freeze(FRI, bkk(FRI, '15:30:00'))).toBe('exists');
  });
});
