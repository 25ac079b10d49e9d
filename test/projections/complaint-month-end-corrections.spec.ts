import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyFrozenReports } from '../../src/audit/frozen-reports/frozen-reports.verify.js';
import { START_OF_LOG } from '../../src/eventstore/event-store.port.js';
import { freezeEndedMonths } from '../../src/projections/complaint-statistics/complaint-month-end.js';
import { ComplaintStatisticsProjection } from '../../src/projections/complaint-statistics/complaint-statistics.projection.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { comparePositions } from '../../src/reporting/daily/daily-report.assemble.js';
import { ComplaintLog } from '../support/complaint-log.js';
import { ReportFixture } from '../reporting/report-fixture.js';

const JAN = '2025-01-01';
const FEB = '2025-02-01';
const MAR = '2025-03-01';

let f: ReportFixture;
let statistics: ProjectionRunner;
let complaints: ComplaintLog;

async function statisticsCaughtUp(): Promise<void> {
  const head = (await f.store.head(START_OF_LOG)).position;
  for (const until = Date.now() + 20_000; Date.now() < until;) {
    const checkpoint = (await readCheckpoints(f.db.pool)).get('complaint-statistics');
    if (checkpoint && comparePositions(checkpoint.position, head) >= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the complaint statistics did not catch up');
}

/** Freezes every month ended by the first day of `month`, once the statistics hold the whole log. */
async function freezeUntil(month: string): Promise<string[]> {
  await statisticsCaughtUp();
  return freezeEndedMonths(f.db.pool, f.store, new Date(`${month}T12:00:00+07:00`));
}

const monthEnd = async (month: string) => (await f.db.pool.query(
  `SELECT district_code, category_main, received_in_month, received, in_progress, resolved, closed FROM complaint_month_end
   WHERE month = $1 ORDER BY district_code, category_main`, [month])).rows;
const corrections = async (month: string) => (await f.db.pool.query(
  `SELECT to_char(corrected_month, 'YYYY-MM-DD') AS corrected, district_code, category_main, received, in_progress, resolved, closed, solved
   FROM complaint_month_end_correction WHERE month = $1 ORDER BY corrected_month, district_code`, [month])).rows;

beforeAll(async () => {
  f = await ReportFixture.start();
  statistics = new ProjectionRunner(f.db.pool, f.store, [new ComplaintStatisticsProjection()], { pollMs: 10 });
  statistics.start();
  complaints = new ComplaintLog(f.store);
}, 120_000);
afterAll(async () => {
  await statistics.stop();
  await f.stop();
});

describe('month-end corrections', () => {
  let january: unknown[];

  it('freezes January without corrections', async () => {
    await complaints.receive('jan-1', { at: '2025-01-10T03:00:00Z', receivedAt: '2025-01-10' });
    expect(await freezeUntil(FEB)).toEqual([JAN]);
    january = await monthEnd(JAN);
    expect(january).toEqual([expect.objectContaining({ district_code: '7001', received_in_month: 1, received: 1 })]);
    expect(await corrections(JAN)).toEqual([]);
  });

  it('lists a paper complaint dated in January, keyed in after its freeze, in February\'s month end, January unchanged', async () => {
    await complaints.receive('jan-paper', { at: '2025-02-10T03:00:00Z', receivedAt: '2025-01-20', channel: 'LETTER' });
    await complaints.send('jan-paper', { type: 'ResolveComplaint', at: '2025-02-11T03:00:00Z', actingOffice: { level: 'DISTRICT', code: '7001' }, result: 'ซ่อมแล้ว' });
    await complaints.receive('feb-1', { at: '2025-02-12T03:00:00Z', receivedAt: '2025-02-12' });
    expect(await freezeUntil(MAR)).toEqual([FEB]);

    expect(await monthEnd(JAN)).toEqual(january);
    expect(await corrections(FEB)).toEqual([{
      corrected: JAN, district_code: '7001', category_main: 'REQUEST_HELP', received: 1, in_progress: 0, resolved: 1, closed: 0, solved: 1,
    }]);
    // February's own figures are the fiscal year to date as they stand: the late complaint is in them.
    expect(await monthEnd(FEB)).toEqual([expect.objectContaining({ received_in_month: 1, received: 3, resolved: 1 })]);
  });

  it('regenerates both month ends byte-for-byte, and names a changed correction line', async () => {
    expect(await verifyFrozenReports(f.db.pool, f.store, { kinds: ['MONTH_END'] })).toEqual({ checked: 2, matching: 2, differing: [] });
    await f.db.pool.query(`UPDATE complaint_month_end_correction SET received = 2 WHERE month = $1`, [FEB]);
    const tampered = await verifyFrozenReports(f.db.pool, f.store, { kinds: ['MONTH_END'] });
    expect(tampered.differing).toEqual([expect.objectContaining({ key: FEB, offices: ['70/7001'] })]);
    await f.db.pool.query(`UPDATE complaint_month_end_correction SET received = 1 WHERE month = $1`, [FEB]);
  });

  it('does not list the correction twice: not again when February is frozen again, nor in March', async () => {
    expect(await freezeUntil(MAR)).toEqual([]);
    expect(await corrections(FEB)).toHaveLength(1);
    expect(await freezeUntil('2025-04-01')).toEqual([MAR]);
    expect(await corrections(MAR)).toEqual([]);
    expect(await verifyFrozenReports(f.db.pool, f.store, { kinds: ['MONTH_END'] })).toMatchObject({ checked: 3, matching: 3 });
  });
});
