import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { comparePositions } from '../../src/reporting/daily/daily-report.assemble.js';
import { serialiseBody } from '../../src/reporting/daily/daily-report.body.js';
import type { DailyReport } from '../../src/reporting/daily/daily-report.service.js';
import { totalsOf } from '../../src/reporting/daily/daily-report.totals.js';
import { bkk, ReportFixture } from './report-fixture.js';

const THU = '2025-03-06';
const FRI = '2025-03-07';
const MON = '2025-03-10';

let f: ReportFixture;
let lateCommitted = '';
/** Monday's report as the service computed it live, twice, just before the freeze (the ledger at the head of the log). */
let provisional: DailyReport[] = [];
beforeAll(async () => {
  f = await ReportFixture.start();
  await f.register(bkk(THU, '09:00:00'), '4901');
  const mediated = await f.register(bkk(THU, '09:30:00'), '4901');
  await f.contact(mediated, bkk(THU, '10:00:00'));
  await f.schedule(mediated, bkk(THU, '10:05:00'), FRI, '10.00');
  expect(await f.freeze(THU, bkk(THU, '15:00:01'))).toBe('frozen');

  // Began (and recorded) at 14:59 on Friday, committed only after Friday's freeze.
  const open = await f.openRegistration(bkk(FRI, '14:59:00'), '4901');
  lateCommitted = open.streamId;
  await f.register(bkk(FRI, '11:00:00'), '4902');
  expect(await f.freeze(FRI, bkk(FRI, '15:00:05'))).toBe('frozen');
  await open.commit();

  // Monday morning: paper forms of Thursday and Friday keyed in, Friday's mediation outcome entered.
  await f.register(bkk(MON, '09:00:00'), '4901', 'PAPER', THU);
  await f.register(bkk(MON, '09:01:00'), '4901', 'PAPER', THU);
  await f.register(bkk(MON, '09:02:00'), '4901', 'PAPER', FRI);
  await f.register(bkk(MON, '09:03:00'), '4903', 'PAPER', FRI);
  await f.agree(mediated, bkk(MON, '09:30:00'));
  await f.register(bkk(MON, '10:00:00'), '4901');
  await f.runnerCaughtUp();
  provisional = [await f.service.report(MON), await f.service.report(MON)];
  expect(await f.freeze(MON, bkk(MON, '15:00:00'))).toBe('frozen');
});
afterAll(() => f.stop());

describe('a transaction that began before 15:00 and committed after the freeze', () => {
  it('is in neither the frozen report nor its regeneration', async () => {
    const fri = await f.frozen(FRI);
    expect(ReportFixture.district(fri.parsed, '4901')!.cumulative.regCounter).toBe(2);
    const log = await f.store.readAll({ transactionId: 0n, globalPosition: 0n }, 1000);
    const late = log.find((e) => e.streamId === lateCommitted)!;
    expect(comparePositions(late.position, fri.params.position)).toBeGreaterThan(0);
    expect(await f.regenerate(FRI)).toBe(fri.body);
  });

  it('shows in the next report as a correction of Friday', async () => {
    const mon = (await f.frozen(MON)).parsed;
    const line = mon.corrections.find((c) => c.districtCode === '4901' && c.periodDay === FRI)!;
    expect(line.measures.regCounter).toBe(1);
  });
});

describe('late facts of frozen periods', () => {
  it('aggregates paper forms keyed in late per district and report day, never changing the frozen reports', async () => {
    const mon = await f.frozen(MON);
    const lines = mon.parsed.corrections.map((c) => [c.districtCode, c.periodDay, c.measures.regPaper, c.measures.regCounter]);
    // 4902's counter registration committed before the freeze, but after the open transaction began:
    // readAll held it back behind that transaction, so it is a correction too.
    expect(lines).toEqual([
      ['4901', THU, 2, 0],
      ['4901', FRI, 1, 1],
      ['4902', FRI, 0, 1],
      ['4903', FRI, 1, 0],
    ]);
    expect(ReportFixture.district(mon.parsed, '4901')!.period).toMatchObject({ regPaper: 0, regCounter: 1 });
    expect(ReportFixture.district(mon.parsed, '4901')!.cumulative).toMatchObject({ regPaper: 3, regCounter: 4 });
    expect((await f.frozen(THU)).body).toBe(await f.regenerate(THU));
  });

  it('counts a mediation outcome entered late in the period of its session, as a correction', async () => {
    const mon = (await f.frozen(MON)).parsed;
    const line = mon.corrections.find((c) => c.districtCode === '4901' && c.periodDay === FRI)!;
    expect(line.measures).toMatchObject({ agreed: 1, debtBefore: 6_000_000n, debtAfter: 4_000_000n, reduction: 2_000_000n });
    expect(ReportFixture.district(mon, '4901')!.period.agreed).toBe(0);
    expect(ReportFixture.district(mon, '4901')!.cumulative).toMatchObject({ agreed: 1, contacted: 1 });
  });

  it('adds up: the previous cumulative figures plus corrections plus the period give the new cumulative ones', async () => {
    const fri = (await f.frozen(FRI)).parsed;
    const mon = (await f.frozen(MON)).parsed;
    for (const code of ['4901', '4902', '4903']) {
      const before = ReportFixture.district(fri, code)?.cumulative.regPaper ?? 0;
      const corrected = mon.corrections.filter((c) => c.districtCode === code).reduce((n, c) => n + c.measures.regPaper, 0);
      expect(before + corrected + ReportFixture.district(mon, code)!.period.regPaper).toBe(ReportFixture.district(mon, code)!.cumulative.regPaper);
    }
  });

  it('was the same, byte for byte, while provisional, with totals that add up its districts; the frozen base stays as stored', async () => {
    const frozen = await f.frozen(MON);
    for (const live of provisional) {
      expect(live.provisional).toBe(true);
      expect(serialiseBody(live.body)).toBe(frozen.body);
      expect(live.totals).toEqual(totalsOf(live.body));
    }
    expect(serialiseBody((await f.service.report(FRI)).body)).toBe((await f.frozen(FRI)).body);
  });

  it('regenerates the report with corrections byte for byte', async () => {
    expect(await f.regenerate(MON)).toBe((await f.frozen(MON)).body);
  });
});
