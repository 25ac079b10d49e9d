import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { START_OF_LOG } from '../../src/eventstore/event-store.port.js';
import { freezeEndedMonths } from '../../src/projections/complaint-statistics/complaint-month-end.js';
import { ComplaintStatisticsProjection } from '../../src/projections/complaint-statistics/complaint-statistics.projection.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { comparePositions } from '../../src/reporting/daily/daily-report.assemble.js';
import { verifyFrozenReports } from '../../src/audit/frozen-reports/frozen-reports.verify.js';
import { ComplaintLog } from '../support/complaint-log.js';
import { bkk, ReportFixture } from './report-fixture.js';

const THU = '2025-03-06';
const FRI = '2025-03-07';
const JAN = '2025-01-01';
const FEB = '2025-02-01';

let f: ReportFixture;
let statistics: ProjectionRunner;
let months: string[];

/** Resolves once the complaint statistics have applied the whole log. */
async function statisticsCaughtUp(): Promise<void> {
  const head = (await f.store.head(START_OF_LOG)).position;
  for (const until = Date.now() + 20_000; Date.now() < until;) {
    const checkpoint = (await readCheckpoints(f.db.pool)).get('complaint-statistics');
    if (checkpoint && comparePositions(checkpoint.position, head) >= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the complaint statistics did not catch up');
}

const cli = (...args: string[]) => promisify(execFile)(
  process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'reports', 'verify', ...args],
  { env: { ...process.env, DATABASE_URL: f.db.url } },
).then((r) => ({ ...r, exitCode: 0 }), (e: { stdout: string; stderr: string; code: number }) => ({ ...e, exitCode: e.code }));

beforeAll(async () => {
  f = await ReportFixture.start();
  statistics = new ProjectionRunner(f.db.pool, f.store, [new ComplaintStatisticsProjection()], { pollMs: 10 });
  statistics.start();
  const complaints = new ComplaintLog(f.store);
  await complaints.receive('jan', { at: '2025-01-10T03:00:00Z', receivedAt: '2025-01-10' });
  await complaints.receive('feb', { at: '2025-02-05T03:00:00Z', receivedAt: '2025-02-05' });
  await complaints.send('jan', { type: 'ResolveComplaint', at: '2025-02-06T03:00:00Z', actingOffice: { level: 'DISTRICT', code: '7001' }, result: 'ซ่อมแล้ว' });

  const a = await f.register(bkk(THU, '09:00:00'), '4901');
  await f.register(bkk(THU, '09:10:00'), '4902');
  await f.contact(a, bkk(THU, '10:00:00'));
  expect(await f.freeze(THU, bkk(THU, '15:00:01'))).toBe('frozen');
  await f.transfer(a, bkk(FRI, '10:00:00'), '3401');
  await f.register(bkk(FRI, '11:00:00'), '4901');
  expect(await f.freeze(FRI, bkk(FRI, '15:00:05'))).toBe('frozen');

  await statisticsCaughtUp();
  months = await freezeEndedMonths(f.db.pool, f.store, new Date());
}, 120_000);
afterAll(async () => {
  await statistics.stop();
  await f.stop();
});

describe('verifyFrozenReports', () => {
  it('finds every frozen daily report and month end as the log gives it after a normal run', async () => {
    expect(months.slice(0, 2)).toEqual([JAN, FEB]);
    const { rows } = await f.db.pool.query(`SELECT count(*)::int AS n FROM complaint_month_end_frozen WHERE sha256 IS NOT NULL AND transaction_id IS NOT NULL`);
    expect(rows[0].n).toBe(months.length);
    expect(await verifyFrozenReports(f.db.pool, f.store)).toEqual({ checked: 2 + months.length, matching: 2 + months.length, differing: [] });
    expect(await verifyFrozenReports(f.db.pool, f.store, { kinds: ['DAILY_REPORT'] })).toMatchObject({ checked: 2, matching: 2 });
  });

  it('verifies a month end frozen before month ends kept a position and a digest by its figures', async () => {
    await f.db.pool.query(`UPDATE complaint_month_end_frozen SET transaction_id = NULL, global_position = NULL, sha256 = NULL WHERE month = $1`, [FEB]);
    expect(await verifyFrozenReports(f.db.pool, f.store, { kinds: ['MONTH_END'] })).toMatchObject({ checked: months.length, differing: [] });
  });

  it('names a tampered report text, a tampered digest and a tampered month end, and the CLI says so with exit 1', async () => {
    const clean = await cli();
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout.trim()).toBe(`${2 + months.length} frozen reports checked: ${2 + months.length} match the event log, 0 differ`);

    const stored = await f.frozen(FRI);
    await f.db.pool.query(`UPDATE daily_mediation_reports SET body = replace(body, '"districtCode":"3401"', '"districtCode":"3402"') WHERE report_day = $1`, [FRI]);
    await f.db.pool.query(`UPDATE daily_mediation_reports SET sha256 = repeat('0', 64) WHERE report_day = $1`, [THU]);
    await f.db.pool.query(`UPDATE complaint_month_end SET received_in_month = received_in_month + 1 WHERE month = $1`, [JAN]);
    const result = await verifyFrozenReports(f.db.pool, f.store);
    expect(result).toMatchObject({ checked: 2 + months.length, matching: months.length - 1 });
    expect(result.differing.map(({ kind, key, offices }) => [kind, key, offices])).toEqual([
      ['DAILY_REPORT', THU, []], ['DAILY_REPORT', FRI, ['3401', '3402']], ['MONTH_END', JAN, ['70/7001']],
    ]);
    const [thu, fri, jan] = result.differing;
    expect(thu.storedSha256).toBe('0'.repeat(64));
    expect(thu.contentSha256).toBe(thu.regeneratedSha256);
    expect(fri).toMatchObject({ storedSha256: stored.sha256, regeneratedSha256: stored.sha256 });
    expect(fri.contentSha256).not.toBe(stored.sha256);
    expect(jan.storedSha256).toBe(jan.regeneratedSha256);
    expect(jan.contentSha256).not.toBe(jan.storedSha256);

    const differs = await cli();
    expect(differs.exitCode).toBe(1);
    const lines = differs.stdout.trim().split('\n');
    expect(lines).toEqual([
      `DIFFERS DAILY_REPORT ${THU} stored ${'0'.repeat(64)} content ${thu.contentSha256} regenerated ${thu.regeneratedSha256}`,
      `DIFFERS DAILY_REPORT ${FRI} stored ${stored.sha256} content ${fri.contentSha256} regenerated ${stored.sha256} offices 3401,3402`,
      `DIFFERS MONTH_END ${JAN} stored ${jan.storedSha256} content ${jan.contentSha256} regenerated ${jan.regeneratedSha256} offices 70/7001`,
      `${2 + months.length} frozen reports checked: ${months.length - 1} match the event log, 3 differ`,
    ]);
    const monthEnds = await cli('--kind', 'MONTH_END');
    expect([monthEnds.exitCode, monthEnds.stdout.trim().split('\n')]).toEqual([1, [lines[2], `${months.length} frozen reports checked: ${months.length - 1} match the event log, 1 differs`]]);
  }, 120_000);

  it('exits 2 with one line when it cannot run', async () => {
    const failed = await promisify(execFile)(
      process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'reports', 'verify'],
      { env: { ...process.env, DATABASE_URL: f.db.url.replace(/\/[^/?]+(\?|$)/, '/no_such_database$1') } },
    ).then(() => ({ exitCode: 0, stderr: '' }), (e: { stderr: string; code: number }) => ({ exitCode: e.code, stderr: e.stderr }));
    expect(failed.exitCode).toBe(2);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toMatch(/^reports verify failed: /);
  }, 60_000);
});
