import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DEFAULT_LOCKOUT } from '../../src/identity/sign-in/sign-in-policy.js';
import { METRICS, type Metrics } from '../../src/metrics/metrics.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { DailyReportScheduler } from '../../src/reporting/daily/daily-report.scheduler.js';
import { registration } from '../support/debt-api.js';
import { startTestApp, startTestService, type SignedIn, type TestApp, type TestService } from '../support/test-app.js';
import { parseScrape, type Scrape } from './prometheus-text.js';

/** GET /metrics on the whole service: who may read it, and every metric there and moving when its work is done. */

jest.setTimeout(120_000);

const TOKEN = 'metrics-token-for-the-test-0123456789abcdef';
const NAMES = allProjections().map((p) => p.name);

/** Every metric of the service (the Node process's default ones are checked apart). */
const METRIC_NAMES = [
  'damrong_commands_total', 'damrong_command_duration_seconds', 'damrong_event_append_duration_seconds', 'damrong_events_appended_total',
  'damrong_projection_position', 'damrong_projection_lag_events', 'damrong_projection_lag_seconds', 'damrong_projection_state',
  'damrong_rebuild_events_processed', 'damrong_rebuild_events_total', 'damrong_daily_report_freeze_duration_seconds',
  'damrong_daily_report_last_frozen_day', 'damrong_sign_in_failures_total', 'damrong_sign_in_lockouts_total',
  'damrong_graphql_operation_duration_seconds', 'damrong_metrics_sample_success',
];

const scrapeOf = (t: TestService, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
  fetch(`${t.base}/metrics`, { headers: { accept: 'text/html', ...headers } });

describe('metrics', () => {
  let t: TestApp;
  let district: SignedIn;
  const scrape = async (): Promise<Scrape> => {
    const response = await scrapeOf(t);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseScrape(await response.text());
  };

  beforeAll(async () => {
    t = await startTestApp({
      // After the cut-off of Friday 7 March 2025: the scheduler freezes that day's report at start.
      clockStart: new Date('2025-03-07T16:00:00+07:00'),
      env: { METRICS_TOKEN: TOKEN },
      // The second wrong password in a row locks the user name at the address.
      identity: { lockout: { ...DEFAULT_LOCKOUT, freeFailures: 5, lockAfterFailures: 2 } },
    });
    district = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a scrape without the bearer token or with another one, and answers its holder', async () => {
    const missing = await scrapeOf(t, {});
    expect(missing.status).toBe(401);
    await expect(missing.json()).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(scrapeOf(t, { authorization: `Bearer ${TOKEN}x` }).then((r) => r.status)).resolves.toBe(401);
    await expect(scrapeOf(t, { authorization: `Bearer ${t.admin.token}` }).then((r) => r.status)).resolves.toBe(401);
    await expect(scrapeOf(t).then((r) => r.status)).resolves.toBe(200);
  });

  it('has every metric with its HELP text, and each moves when its work is done: one command, two wrong passwords, a freeze, a rebuild', async () => {
    await t.caughtUp();
    // The freeze at start is done; its report goes, so that the freeze below makes it again.
    for (const until = Date.now() + 20_000; (await t.db.pool.query('SELECT 1 FROM daily_mediation_reports')).rowCount === 0;) {
      if (Date.now() > until) throw new Error('no freeze at start');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await t.db.pool.query('DELETE FROM daily_mediation_reports');
    const before = await scrape();
    for (const name of METRIC_NAMES) expect([name, before.help.get(name)]).toEqual([name, expect.stringMatching(/^[A-Z].{20,}/)]);
    expect(before.value('damrong_daily_report_last_frozen_day')).toBe(0);

    // One registration command, as a named operation.
    const registered = await district.graphql(
      'mutation RegisterForMetrics($input: RegisterDebtorInput!) { registerDebtor(input: $input) { caseId } }',
      { input: { ...registration(), commandId: randomUUID() } },
    );
    expect(registered.errors).toBeUndefined();
    // Two wrong passwords for the administrator's user name from one address: refused twice, locked by the second.
    for (let i = 0; i < 2; i++) {
      const answer = await t.graphql('mutation ($input: SignInInput!) { signIn(input: $input) { token } }', { input: { citizenId: t.admin.citizenId, password: 'ไม่ใช่รหัสผ่าน' } });
      expect(answer.errors?.[0].extensions.code).toBe('SIGN_IN_FAILED');
    }
    await expect(t.app.get(DailyReportScheduler).freezeDue()).resolves.toEqual(['2025-03-07']);
    t.app.get<Metrics>(METRICS).recordRebuildProgress('debt-cases', 1500, 4000);
    await t.caughtUp();
    const after = await scrape();

    const moved = (name: string, labels?: Record<string, string>) => [name, labels, after.value(name, labels) - before.value(name, labels)];
    const registerDebtor = { command: 'RegisterDebtor' };
    expect(moved('damrong_commands_total', { ...registerDebtor, outcome: 'accepted' })).toEqual(['damrong_commands_total', { ...registerDebtor, outcome: 'accepted' }, 1]);
    expect(moved('damrong_command_duration_seconds_count', registerDebtor)[2]).toBe(1);
    expect(moved('damrong_event_append_duration_seconds_count')[2]).toBeGreaterThanOrEqual(1);
    expect(moved('damrong_events_appended_total')[2]).toBeGreaterThanOrEqual(1);
    expect(moved('damrong_projection_position', { projection: 'debt-cases' })[2]).toBeGreaterThan(0);
    for (const projection of NAMES) {
      expect([projection, after.value('damrong_projection_lag_events', { projection }), after.value('damrong_projection_lag_seconds', { projection })])
        .toEqual([projection, 0, 0]);
      expect([projection, after.value('damrong_projection_state', { projection, state: 'RUNNING' })]).toEqual([projection, 1]);
      expect(after.values.has(`damrong_projection_position{projection="${projection}"}`)).toBe(true);
    }
    expect(after.value('damrong_rebuild_events_processed', { projection: 'debt-cases' })).toBe(1500);
    expect(after.value('damrong_rebuild_events_total', { projection: 'debt-cases' })).toBe(4000);
    expect(moved('damrong_daily_report_freeze_duration_seconds_count', { outcome: 'frozen' })[2]).toBe(1);
    expect(after.value('damrong_daily_report_last_frozen_day')).toBe(20250307);
    expect(after.value('damrong_metrics_sample_success')).toBe(1);
    expect(moved('damrong_sign_in_failures_total', { code: 'SIGN_IN_FAILED' })[2]).toBe(2);
    expect(moved('damrong_sign_in_lockouts_total')[2]).toBe(1);
    const operation = { type: 'mutation', operation: 'RegisterForMetrics', root_field: 'registerDebtor' };
    expect(moved('damrong_graphql_operation_duration_seconds_count', operation)[2]).toBe(1);
    const signIns = { type: 'mutation', operation: 'anonymous', root_field: 'signIn' };
    expect(moved('damrong_graphql_operation_duration_seconds_count', signIns)[2]).toBe(2);
    // The Node process's own metrics, under the same prefix.
    expect(after.value('damrong_process_cpu_seconds_total')).toBeGreaterThan(before.value('damrong_process_cpu_seconds_total'));
    expect(after.value('damrong_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    // No personal data in any label: the citizen id typed at sign-in, the debtor's name.
    const text = await (await scrapeOf(t)).text();
    expect(text).not.toContain(t.admin.citizenId);
    expect(text).not.toContain('สมหญิง');
  });

  it('labels a document that does not validate as other, whatever it names', async () => {
    const before = await scrape();
    await t.admin.graphql('query SomethingMadeUp { noSuchField }');
    const after = await scrape();
    const other = { type: 'other', operation: 'other', root_field: 'other' };
    expect(after.value('damrong_graphql_operation_duration_seconds_count', other) - before.value('damrong_graphql_operation_duration_seconds_count', other)).toBe(1);
    expect([...after.values.keys()].some((series) => series.includes('SomethingMadeUp'))).toBe(false);
  });
});

describe('metrics without METRICS_TOKEN', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService();
    // The scheduler freezes the latest report at start: done before a test takes its table away (else it logs 42P01).
    for (const until = Date.now() + 20_000; (await t.db.pool.query('SELECT 1 FROM daily_mediation_reports')).rowCount === 0;) {
      if (Date.now() > until) throw new Error('no freeze at start');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the loopback address, and refuses a request a proxy forwarded', async () => {
    await expect(scrapeOf(t, {}).then((r) => r.status)).resolves.toBe(200);
    const forwarded = await scrapeOf(t, { 'x-forwarded-for': '203.0.113.9' });
    expect(forwarded.status).toBe(403);
    await expect(forwarded.json()).resolves.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers the process\'s metrics when the database cannot be sampled, and says so', async () => {
    await t.db.pool.query('ALTER TABLE daily_mediation_reports RENAME TO daily_mediation_reports_away');
    try {
      const response = await scrapeOf(t, {});
      expect(response.status).toBe(200);
      const scrape = parseScrape(await response.text());
      expect(scrape.value('damrong_metrics_sample_success')).toBe(0);
      expect(scrape.value('damrong_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    } finally {
      await t.db.pool.query('ALTER TABLE daily_mediation_reports_away RENAME TO daily_mediation_reports');
    }
    expect(parseScrape(await (await scrapeOf(t, {})).text()).value('damrong_metrics_sample_success')).toBe(1);
  });

  it('keeps a registry per app: a second app in the same process starts from nothing', async () => {
    const text = await (await scrapeOf(t, {})).text();
    expect(parseScrape(text).value('damrong_commands_total', { command: 'RegisterDebtor', outcome: 'accepted' })).toBe(0);
  });
});
