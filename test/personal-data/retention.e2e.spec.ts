import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { closeCase as close, pastComplaints, pastDebtCases, reopenCase as reopen } from '../support/retention-cases.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * Retention over GraphQL on PostgreSQL, the service's clock at 1 June 2037 (CLOCK_START): debt cases written to the
 * log with the instants they happened at (the decider itself, as the service would have then): one closed eleven
 * years before (due), one closed last year (kept), one closed eleven years before and reopened (not closed), one
 * that expires within 30 days; complaints in the same four ways (resolved, resolved-closed-reopened, closed last year,
 * closed eleven years less ten days ago). Only central administrators see or run it.
 */
const NOW = new Date('2037-06-01T10:00:00+07:00');
const SETTINGS = `{ retentionSettings { dailyRunTime batchSize rules { rule years dueNow heldNow expiringIn30Days } } }`;
const RUNS = `{ retentionRuns(first: 5) { totalCount edges { node { runId startedBy startedAt finishedAt durationMs state errorCode counts { rule erased held } } } } }`;
const RUN = `mutation { runRetentionNow { runId startedBy state durationMs counts { rule erased held } } }`;

let t: TestApp;
let officer: SignedIn;
let caseOf: ReturnType<typeof pastDebtCases>['caseOf'];

beforeAll(async () => {
  t = await startTestApp({ clockStart: NOW });
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  caseOf = pastDebtCases(t, 'RTN0').caseOf;
  await caseOf('2026-03-01T09:00:00+07:00', [close('2026-05-01T10:00:00+07:00')]);
  await caseOf('2036-03-01T09:00:00+07:00', [close('2036-05-01T10:00:00+07:00')]);
  await caseOf('2026-03-01T09:00:00+07:00', [close('2026-05-01T10:00:00+07:00'), reopen('2026-06-01T10:00:00+07:00')]);
  await caseOf('2027-05-01T09:00:00+07:00', [close('2027-06-10T10:00:00+07:00')]);
  await caseOf('2026-03-01T09:00:00+07:00', []);
  const { complaintOf } = pastComplaints(t, 'RTNC');
  await complaintOf('2026-01-10T09:00:00+07:00', [['resolve', '2026-02-01T10:00:00+07:00']]);
  await complaintOf('2026-01-10T09:00:00+07:00', [['resolve', '2026-02-01T10:00:00+07:00'], ['close', '2026-03-01T10:00:00+07:00'], ['reopen', '2026-04-01T10:00:00+07:00']]);
  await complaintOf('2036-01-10T09:00:00+07:00', [['resolve', '2036-02-01T10:00:00+07:00'], ['close', '2036-03-01T10:00:00+07:00']]);
  await complaintOf('2026-05-01T09:00:00+07:00', [['resolve', '2027-06-05T10:00:00+07:00'], ['close', '2027-06-20T10:00:00+07:00']]);
  await t.caughtUp();
}, 120_000);
afterAll(() => t.close());

describe('retention of personal data', () => {
  it('shows the rules in force and finds what ended eleven years ago, not what ended last year, the reopened or the open', async () => {
    const answer = await t.admin.graphql(SETTINGS);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.retentionSettings).toEqual({
      dailyRunTime: null, batchSize: 200,
      rules: [
        { rule: 'DEBT_CASE_CLOSED', years: 10, dueNow: 1, heldNow: 0, expiringIn30Days: 1 },
        { rule: 'COMPLAINT_CLOSED', years: 10, dueNow: 1, heldNow: 0, expiringIn30Days: 1 },
      ],
    });
  });

  it('runs one at a time across instances: while another holds the run\'s lock, RETENTION_RUNNING and no run recorded', async () => {
    const other = await t.db.pool.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtextextended('damrong:retention-run', 0))`);
      const refused = await t.admin.graphql(RUN);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RETENTION_RUNNING', messageTh: expect.any(String), messageEn: expect.any(String) });
    } finally {
      await other.query('SELECT pg_advisory_unlock_all()');
      other.release();
    }
    expect((await t.admin.graphql(RUNS)).data.retentionRuns.totalCount).toBe(0);
  });

  it('refuses a district officer: no rules, no runs, no run', async () => {
    for (const query of [SETTINGS, RUNS, RUN]) {
      const refused = await officer.graphql(query);
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM retention_runs')).rows[0].n).toBe(0);
  });
});
