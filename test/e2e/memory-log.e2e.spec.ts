import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { featuresOffLine, postgresOnlyFeatures } from '../../src/eventstore/log-features.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { debtApi, registration } from '../support/debt-api.js';
import { citizenIdOf } from '../support/debt-generator.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * The service on a log other than PostgreSQL's (EVENT_STORE=memory here; KurrentDB alike): what needs the `events`
 * table says so at start-up, in one line, and refuses with NEEDS_POSTGRESQL_LOG over GraphQL and on the command
 * line; the duplicate rule, which reads the log past the case list, holds as on PostgreSQL.
 */

const written: string[] = [];
const logLines = () => written.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

let t: TestApp;
let officer: SignedIn;
beforeAll(async () => {
  t = await startTestApp({ env: { EVENT_STORE: 'memory' }, logs: { write: (line: string) => void written.push(line) } });
  officer = await t.signInAs({ level: 'PROVINCE', office: '49', position: 'LEGAL_OFFICER' });
}, 60_000);
afterAll(() => t.close());

const refusal = (answer: { errors?: any[] }) => answer.errors?.[0]?.extensions;

describe('at start-up', () => {
  it('logs one line naming every feature that needs the PostgreSQL log', () => {
    const notices = logLines().filter((line) => line.context === 'EventStore');
    expect(notices.map((line) => [line.level, line.msg])).toEqual([[40, featuresOffLine({ eventStore: 'memory' })]]);
    for (const feature of postgresOnlyFeatures()) expect(notices[0].msg).toContain(feature.en);
    expect(notices[0].msg).toMatch(/^EVENT_STORE=memory: hash chain and seal verification .* need EVENT_STORE=postgres and are off$/);
  });
});

describe('over GraphQL', () => {
  it('refuses verifyLog with NEEDS_POSTGRESQL_LOG, in Thai and English, naming the feature', async () => {
    const answer = await t.admin.graphql('{ verifyLog { intact checkedEvents } }');
    expect(answer.data?.verifyLog).toBeNull();
    expect(refusal(answer)).toEqual({
      code: 'NEEDS_POSTGRESQL_LOG', field: null,
      messageTh: expect.stringContaining('การตรวจสอบความถูกต้องของบันทึกเหตุการณ์'),
      messageEn: 'hash chain and seal verification needs the PostgreSQL event log (EVENT_STORE=postgres); this service runs with EVENT_STORE=memory',
    });
    expect(refusal(answer).messageTh).toContain('EVENT_STORE=postgres');
  });

  it('refuses verifyReport to any staff, before looking the code up', async () => {
    const answer = await officer.graphql('{ verifyReport(code: "AAAAA-AAAAA") { day } }');
    expect(refusal(answer)).toMatchObject({ code: 'NEEDS_POSTGRESQL_LOG', messageTh: expect.stringContaining('การตรวจสอบรายงานด้วยรหัส') });
  });

  it('verifies the frozen reports (the one frozen at start-up, unsealed) through the log as on PostgreSQL', async () => {
    const answer = await t.admin.graphql('{ frozenReportVerification { checked matching differing { day } } }');
    expect(answer.data?.frozenReportVerification).toEqual({ checked: expect.any(Number), matching: expect.any(Number), differing: [] });
    expect(answer.data.frozenReportVerification.matching).toBe(answer.data.frozenReportVerification.checked);
    const { rows } = await t.db.pool.query('SELECT log_seal FROM daily_mediation_reports');
    expect(rows.map((r) => r.log_seal)).toEqual(Array(answer.data.frozenReportVerification.checked).fill(null));
  });
});

describe('one open case per debtor and creditor, on the memory log', () => {
  const api = () => debtApi(t, officer);
  const debtor = (n: number) => ({ ...registration().debtor, citizenId: citizenIdOf(n) });

  it('refuses a registration of a pair the case list holds', async () => {
    const first = (await api().register(registration({ debtor: debtor(1) }))).data!.r;
    await t.caughtUp();
    const second = await api().register(registration({ debtor: debtor(1) }));
    expect(refusal(second)).toMatchObject({ code: 'DEBT_CASE_DUPLICATE_OPEN', messageEn: expect.stringContaining(first.caseId) });
  });

  describe('while the case list does not follow the log', () => {
    beforeAll(() => t.app.get(ProjectionRunner).stop());
    afterAll(() => t.app.get(ProjectionRunner).start());

    it('refuses a registration right after another of the same pair, and opens one of ten sent together', async () => {
      const first = (await api().register(registration({ debtor: debtor(2) }))).data!.r;
      const second = await api().register(registration({ debtor: debtor(2), channel: 'PAPER', formDate: '๑๕/๑/๒๕๖๗' }));
      expect(refusal(second)).toMatchObject({ code: 'DEBT_CASE_DUPLICATE_OPEN', field: 'creditors[0]', messageEn: expect.stringContaining(first.caseId) });
      const answers = await Promise.all(Array.from({ length: 10 }, () => api().register(registration({ debtor: debtor(3) }))));
      expect(answers.filter((a) => a.data?.r)).toHaveLength(1);
      expect(answers.filter((a) => !a.data?.r).map((a) => refusal(a)?.code)).toEqual(Array(9).fill('DEBT_CASE_DUPLICATE_OPEN'));
    });

    it('refuses to reopen a case that a case opened since has open', async () => {
      const first = (await api().register(registration({ debtor: debtor(4) }))).data!.r;
      await api().send('closeDebtCase', first.caseId, { reason: 'WITHDRAWN' });
      const second = (await api().register(registration({ debtor: debtor(4) }))).data!.r;
      const reopen = await api().send('reopenDebtCase', first.caseId, { reason: 'ลูกหนี้ขอดำเนินการต่อ' });
      expect(refusal(reopen)).toMatchObject({ code: 'DEBT_CASE_DUPLICATE_OPEN', messageEn: expect.stringContaining(second.caseId) });
    });
  });
});

describe('on the command line', () => {
  /** `npm run cli -- <args>` on the service's database with EVENT_STORE=memory: its exit code and stderr. */
  const cli = (...args: string[]) => promisify(execFile)(
    process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', ...args],
    { env: { ...process.env, DATABASE_URL: t.db.url, EVENT_STORE: 'memory' } },
  ).then(({ stderr }) => ({ exitCode: 0, stderr }), (e: { stderr: string; code: number }) => ({ exitCode: e.code, stderr: e.stderr }));

  it('refuses every command that reads or appends to the log with NEEDS_POSTGRESQL_LOG, changing nothing', async () => {
    const events = (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n;
    const [log, report, reports, projections, imported, admin] = await Promise.all([
      cli('verify', 'log'),
      cli('verify', 'report', '2025-03-06'),
      cli('reports', 'verify'),
      cli('projections', 'rebuild', '--all', '--accept-differences'),
      cli('import', 'debt', 'no-such-export.csv'),
      cli('admin', 'create', '--citizen-id', citizenIdOf(9), '--title', 'นาย', '--first-name', 'ดำรง', '--last-name', 'ธรรมา',
        '--position', 'LEGAL_OFFICER', '--office-phone', '023569660'),
    ]);
    expect([log.exitCode, log.stderr.trim()]).toEqual([2, expect.stringMatching(/^verify log: NEEDS_POSTGRESQL_LOG การตรวจสอบความถูกต้อง\S* .* \/ hash chain and seal verification/)]);
    expect([report.exitCode, report.stderr.trim()]).toEqual([2, expect.stringMatching(/^verify report: NEEDS_POSTGRESQL_LOG .* \/ command-line log access needs/)]);
    expect([reports.exitCode, reports.stderr.trim()]).toEqual([2, expect.stringMatching(/^reports verify: NEEDS_POSTGRESQL_LOG /)]);
    expect([projections.exitCode, projections.stderr.trim()]).toEqual([2, expect.stringMatching(/^projections: NEEDS_POSTGRESQL_LOG /)]);
    expect([imported.exitCode, imported.stderr]).toEqual([2, expect.stringMatching(/^import failed: NEEDS_POSTGRESQL_LOG /m)]);
    expect([admin.exitCode, admin.stderr.trim()]).toEqual([1, expect.stringMatching(/^admin create refused: NEEDS_POSTGRESQL_LOG /)]);
    expect((await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n).toBe(events);
    expect((await t.db.pool.query('SELECT FROM projection_rebuilds')).rowCount).toBe(0);
  }, 120_000);
});
