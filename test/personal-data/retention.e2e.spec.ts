import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { closeCase as close, pastComplaints, pastDebtCases, reopenCase as reopen } from '../support/retention-cases.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * Retention over GraphQL on PostgreSQL, the service's clock at 1 June 2037 (CLOCK_START): debt cases written to the
 * log with the instants they happened at (the decider itself, as the service would have then): one closed eleven
 * years before (due), one closed as long ago under a legal hold (held), one closed last year (kept), one closed eleven years before and reopened (not closed), one
 * that expires within 30 days; complaints in the same four ways (resolved, resolved-closed-reopened, closed last year,
 * closed eleven years less ten days ago). Only central administrators see or run it.
 */
const NOW = new Date('2037-06-01T10:00:00+07:00');
const SETTINGS = `{ retentionSettings { dailyRunTime batchSize rules { rule years dueNow heldNow expiringIn30Days } } }`;
const COUNTS = 'counts { rule erased held unsealed }';
const RUNS = `{ retentionRuns(first: 5) { totalCount edges { node { runId startedBy startedAt finishedAt durationMs state errorCode ${COUNTS} } } } }`;
const RUN = `mutation { runRetentionNow { runId startedBy state durationMs ${COUNTS} } }`;

let t: TestApp;
let officer: SignedIn;
let caseOf: ReturnType<typeof pastDebtCases>['caseOf'];
let due: string;
let kept: string;
let held: string;
/** The complaint resolved in 2026: due by 2037. */
let dueComplaint: string;
const logLines: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ clockStart: NOW, logs: { write: (line: string) => void logLines.push(line) } });
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  caseOf = pastDebtCases(t, 'RTN0').caseOf;
  due = await caseOf('2026-03-01T09:00:00+07:00', [close('2026-05-01T10:00:00+07:00')]);
  kept = await caseOf('2036-03-01T09:00:00+07:00', [close('2036-05-01T10:00:00+07:00')]);
  held = await caseOf('2026-03-01T09:00:00+07:00', [close('2026-05-01T10:00:00+07:00')]);
  await caseOf('2026-03-01T09:00:00+07:00', [close('2026-05-01T10:00:00+07:00'), reopen('2026-06-01T10:00:00+07:00')]);
  await caseOf('2027-05-01T09:00:00+07:00', [close('2027-06-10T10:00:00+07:00')]);
  await caseOf('2026-03-01T09:00:00+07:00', []);
  const { complaintOf } = pastComplaints(t, 'RTNC');
  dueComplaint = await complaintOf('2026-01-10T09:00:00+07:00', [['resolve', '2026-02-01T10:00:00+07:00']]);
  await complaintOf('2026-01-10T09:00:00+07:00', [['resolve', '2026-02-01T10:00:00+07:00'], ['close', '2026-03-01T10:00:00+07:00'], ['reopen', '2026-04-01T10:00:00+07:00']]);
  await complaintOf('2036-01-10T09:00:00+07:00', [['resolve', '2036-02-01T10:00:00+07:00'], ['close', '2036-03-01T10:00:00+07:00']]);
  await complaintOf('2026-05-01T09:00:00+07:00', [['resolve', '2027-06-05T10:00:00+07:00'], ['close', '2027-06-20T10:00:00+07:00']]);
  const hold = await t.admin.graphql(`mutation ($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { caseId } }`,
    { input: { caseType: 'DEBT', caseId: held.slice('debt-'.length), orderReference: 'ศาลแพ่ง คดีหมายเลขดำที่ พ.123/2580', reason: 'คู่กรณีฟ้องตามสัญญาประนีประนอม' } });
  expect(hold.errors).toBeUndefined();
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
        { rule: 'DEBT_CASE_CLOSED', years: 10, dueNow: 1, heldNow: 1, expiringIn30Days: 1 },
        { rule: 'COMPLAINT_CLOSED', years: 10, dueNow: 1, heldNow: 0, expiringIn30Days: 1 },
        { rule: 'LEAFLET_PERMIT_ENDED', years: 10, dueNow: 0, heldNow: 0, expiringIn30Days: 0 },
        { rule: 'BUSINESS_FILER_REVOKED', years: 10, dueNow: 0, heldNow: 0, expiringIn30Days: 0 },
        { rule: 'STAFF_ACCOUNT_CLOSED', years: 1, dueNow: 0, heldNow: 0, expiringIn30Days: 0 },
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

  it('erases the case closed eleven years ago through the shredder, records it, logs counts only, and erases nothing twice', async () => {
    const ran = await t.admin.graphql(RUN);
    expect(ran.errors).toBeUndefined();
    expect(ran.data.runRetentionNow).toMatchObject({
      startedBy: `account:${t.admin.accountId}`, state: 'DONE', durationMs: expect.any(Number),
      // The debt case and the complaint due, each sealed (its keys destroyed); the held case kept.
      counts: [
        { rule: 'DEBT_CASE_CLOSED', erased: 1, held: 1, unsealed: 0 }, { rule: 'COMPLAINT_CLOSED', erased: 1, held: 0, unsealed: 0 },
        ...['LEAFLET_PERMIT_ENDED', 'BUSINESS_FILER_REVOKED', 'STAFF_ACCOUNT_CLOSED'].map((rule) => ({ rule, erased: 0, held: 0, unsealed: 0 })),
      ],
    });
    const rows = async (stream: string) => (await t.db.pool.query(
      'SELECT debtor_first_name AS name, status FROM debt_cases WHERE stream_id = $1', [stream])).rows[0];
    await expect(rows(due)).resolves.toEqual({ name: ERASED_MARKER, status: 'CLOSED' });
    await expect(rows(kept)).resolves.toEqual({ name: 'สมหญิง', status: 'CLOSED' });
    await expect(rows(held)).resolves.toEqual({ name: 'สมหญิง', status: 'CLOSED' });
    const { rows: erasures } = await t.db.pool.query('SELECT stream_id, rule, run_id::text FROM retention_erasures ORDER BY rule DESC');
    expect(erasures).toEqual([
      { stream_id: due, rule: 'DEBT_CASE_CLOSED', run_id: ran.data.runRetentionNow.runId },
      { stream_id: dueComplaint, rule: 'COMPLAINT_CLOSED', run_id: ran.data.runRetentionNow.runId },
    ]);
    const { rows: keys } = await t.db.pool.query(`SELECT cause_kind, cause_reference FROM personal_data_erasures WHERE stream_id = $1 LIMIT 1`, [due]);
    expect(keys).toEqual([{ cause_kind: 'RETENTION', cause_reference: 'DEBT_CASE_CLOSED' }]);

    const retentionLines = logLines.filter((line) => line.includes('retention run'));
    expect(retentionLines.join('\n')).toContain('DEBT_CASE_CLOSED erased 1 held 1 unsealed 0, COMPLAINT_CLOSED erased 1 held 0 unsealed 0');
    for (const value of [due, kept, held, 'สมหญิง', 'ใจดี', 'RTNC']) expect(retentionLines.join('\n')).not.toContain(value);

    const again = await t.admin.graphql(RUN);
    expect(again.data.runRetentionNow.counts[0]).toEqual({ rule: 'DEBT_CASE_CLOSED', erased: 0, held: 1, unsealed: 0 });
    const settings = await t.admin.graphql(SETTINGS);
    expect(settings.data.retentionSettings.rules[0]).toMatchObject({ rule: 'DEBT_CASE_CLOSED', dueNow: 0, heldNow: 1, expiringIn30Days: 1 });
    const runs = await t.admin.graphql(RUNS);
    expect(runs.data.retentionRuns.totalCount).toBe(2);
    expect(runs.data.retentionRuns.edges.map((e: any) => e.node.counts[0].erased)).toEqual([0, 1]);
  });

  it('refuses a district officer: no rules, no runs, no run', async () => {
    for (const query of [SETTINGS, RUNS, RUN]) {
      const refused = await officer.graphql(query);
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.db.pool.query(`SELECT count(*)::int AS n FROM retention_runs WHERE started_by = $1`, [`account:${officer.accountId}`])).rows[0].n).toBe(0);
  });
});
