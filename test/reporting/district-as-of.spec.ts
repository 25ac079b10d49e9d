import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { districtMeasuresAsOf } from '../../src/reporting/daily/district-as-of.js';
import { zeroMeasures } from '../../src/reporting/ledger/report-measures.js';
import { bkk, ReportFixture } from './report-fixture.js';

const THU = '2025-03-06';
const FRI = '2025-03-07';
const MON = '2025-03-10';
const DISTRICTS = ['4901', '4902', '3401'];

let f: ReportFixture;

beforeAll(async () => {
  f = await ReportFixture.start();
  const a = await f.register(bkk(THU, '09:00:00'), '4901');
  const b = await f.register(bkk(THU, '09:10:00'), '4902');
  await f.contact(a, bkk(THU, '10:00:00'));
  await f.contact(b, bkk(THU, '10:30:00'));
  await f.schedule(b, bkk(THU, '11:00:00'), FRI, '10:00');
  expect(await f.freeze(THU, bkk(THU, '15:00:01'))).toBe('frozen');

  // A paper form of Thursday keyed in on Friday: Thursday's frozen report stays as it was, Friday's corrects it.
  await f.register(bkk(FRI, '09:00:00'), '4901', 'PAPER', THU);
  await f.transfer(a, bkk(FRI, '10:00:00'), '3401');
  await f.agree(b, bkk(FRI, '10:30:00'));
  await f.register(bkk(FRI, '11:00:00'), '4901');
  expect(await f.freeze(FRI, bkk(FRI, '15:00:05'))).toBe('frozen');

  await f.contact(a, bkk(MON, '09:00:00'), 'NO');
  await f.register(bkk(MON, '14:59:59'), '3401', 'SELF_QR_THAID');
  await f.register(bkk(MON, '15:00:00'), '3401');
  expect(await f.freeze(MON, bkk(MON, '15:00:02'))).toBe('frozen');
}, 120_000);
afterAll(() => f.stop());

describe('districtMeasuresAsOf', () => {
  it('equals the frozen daily report\'s cumulative figures of every district at every cut-off', async () => {
    for (const day of [THU, FRI, MON]) {
      const { parsed } = await f.frozen(day);
      for (const code of DISTRICTS) {
        const frozen = ReportFixture.district(parsed, code)?.cumulative ?? zeroMeasures();
        expect({ day, code, figures: await districtMeasuresAsOf(f.store, code, parsed.cutOff) }).toEqual({ day, code, figures: frozen });
      }
    }
  }, 60_000);

  it('counts what the log had recorded before an instant between cut-offs, effective before it', async () => {
    const thursdayNoon = await districtMeasuresAsOf(f.store, '4901', new Date(bkk(THU, '12:00:00')));
    expect([thursdayNoon.regCounter, thursdayNoon.regPaper, thursdayNoon.contacted]).toEqual([1, 0, 1]);
    const fridayMorning = await districtMeasuresAsOf(f.store, '4901', new Date(bkk(FRI, '09:30:00')));
    expect([fridayMorning.regCounter, fridayMorning.regPaper, fridayMorning.transfersOut]).toEqual([1, 1, 0]);
    const fridayNoon = await districtMeasuresAsOf(f.store, '4901', new Date(bkk(FRI, '12:00:00')));
    expect([fridayNoon.regCounter, fridayNoon.regPaper, fridayNoon.contacted, fridayNoon.transfersOut]).toEqual([1, 1, 0, 1]);
  });
});
