import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { closeCase, pastDebtCases } from '../support/retention-cases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The daily run: the service's clock starts fifteen seconds before (the start of the service takes some of them) RETENTION_RUN_AT (02:30 Asia/Bangkok); the timer
 * runs the job once, as `schedule:<instant>`, and it erases the case closed eleven years before.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2037-06-02T02:29:45+07:00'), env: { RETENTION_RUN_AT: '๐๒:๓๐' } });
  await pastDebtCases(t, 'RTS2').caseOf('2026-03-01T09:00:00+07:00', [closeCase('2026-05-01T10:00:00+07:00')]);
  await t.caughtUp();
}, 120_000);
afterAll(() => t.close());

describe('the daily retention run', () => {
  it('runs at 02:30 Asia/Bangkok by the service\'s clock, once, and erases what expired', async () => {
    const runs = async () => (await t.db.pool.query(`SELECT started_by, state, counts FROM retention_runs`)).rows;
    for (const until = Date.now() + 45_000; Date.now() < until && !(await runs()).some((r) => r.state === 'DONE');) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await runs()).toEqual([{
      started_by: 'schedule:2037-06-01T19:30:00.000Z', state: 'DONE',
      counts: {
        DEBT_CASE_CLOSED: { erased: 1, held: 0, unsealed: 0 },
        ...Object.fromEntries(['COMPLAINT_CLOSED', 'LEAFLET_PERMIT_ENDED', 'BUSINESS_FILER_REVOKED', 'STAFF_ACCOUNT_CLOSED']
          .map((rule) => [rule, { erased: 0, held: 0, unsealed: 0 }])),
      },
    }]);
  }, 90_000);
});
