import { randomUUID } from 'node:crypto';
import { HolidayCalendar } from '../../src/calendar/holiday-calendar.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import type { DebtCommand } from '../../src/cases/debt/debt.commands.js';
import type { DebtChannel } from '../../src/cases/debt/debt.events.js';
import { CENTRAL } from '../../src/identity/scope/staff-office.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { parseBody } from '../../src/reporting/daily/daily-report.body.js';
import { DailyReportFreezer } from '../../src/reporting/daily/daily-report.freezer.js';
import { regenerateDailyReport } from '../../src/reporting/daily/daily-report.regenerate.js';
import { DailyReportService } from '../../src/reporting/daily/daily-report.service.js';
import { DailyReportStore } from '../../src/reporting/daily/daily-report.store.js';
import { ledgerCaughtUp } from '../../src/reporting/daily/report-ledger-position.js';
import type { ReportReader } from '../../src/reporting/daily/daily-report.view.js';
import { ReportLedgerProjection } from '../../src/reporting/ledger/report-ledger.projection.js';
import type { Clock } from '../../src/shared/clock.js';
import { bangkokDateOf } from '../../src/shared/date-input.js';
import { foldRecorded } from '../../src/shared/decider.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The department centre reading a report: every district and the national sums. */
export const CENTRE: ReportReader = { level: 'CENTRAL', office: CENTRAL };

/** A Bangkok wall-clock instant: bkk('2025-03-07', '14:59:59'). */
export const bkk = (day: string, time: string) => `${day}T${time}+07:00`;

/** A clock the test sets by hand. */
export class ManualClock implements Clock {
  constructor(private instant: Date) {}
  now(): Date {
    return this.instant;
  }
  set(instant: string): void {
    this.instant = new Date(instant);
  }
}

/** The report machinery on a database of its own, fed through the real debt decider. */
export class ReportFixture {
  readonly store: PostgresEventStore;
  readonly calendar: HolidayCalendar;
  readonly runner: ProjectionRunner;
  readonly freezer: DailyReportFreezer;
  readonly reports: DailyReportStore;
  readonly clock = new ManualClock(new Date('2025-01-01T00:00:00Z'));
  readonly service: DailyReportService;
  private cases = 0;

  private constructor(readonly db: TestDatabase) {
    this.store = new PostgresEventStore(db.pool);
    this.calendar = new HolidayCalendar(db.pool, { maxAgeMs: 0 });
    this.runner = new ProjectionRunner(db.pool, this.store, [new ReportLedgerProjection()], { pollMs: 10 });
    this.freezer = new DailyReportFreezer(db.pool, this.store, this.calendar, 20_000);
    this.reports = new DailyReportStore(db.pool);
    this.service = new DailyReportService(db.pool, this.calendar);
  }

  static async start(): Promise<ReportFixture> {
    const fixture = new ReportFixture(await createTestDatabase());
    fixture.runner.start();
    return fixture;
  }

  async stop(): Promise<void> {
    await this.runner.stop();
    await this.db.drop();
  }

  /** Registers a new case whose debtor lives in the district; returns its case id. */
  async register(at: string, districtCode: string, channel: DebtChannel = 'COUNTER', formDate?: string): Promise<string> {
    const command = this.registration(at, districtCode, channel, formDate);
    await runCase(this.store, command.caseId, [command]);
    return command.caseId;
  }

  /**
   * A registration whose transaction stays open until commit(): it began (and its events were recorded)
   * at `at`, but nobody can read it before it commits.
   */
  async openRegistration(at: string, districtCode: string): Promise<{ streamId: string; commit: () => Promise<void> }> {
    const command = this.registration(at, districtCode, 'COUNTER');
    return this.openCommand(command.caseId, command);
  }

  /** A transfer whose transaction stays open until commit(), as openRegistration. */
  openTransfer(caseId: string, at: string, toDistrictCode: string): Promise<{ streamId: string; commit: () => Promise<void> }> {
    return this.openCommand(caseId, { ...step.transfer(toDistrictCode), at });
  }

  private async openCommand(caseId: string, command: DebtCommand): Promise<{ streamId: string; commit: () => Promise<void> }> {
    const streamId = `debt-${caseId}`;
    const stored = await this.store.readStream(streamId);
    const { state } = foldRecorded(debtDecider, stored);
    const events = debtDecider.decide(command, state);
    const client = await this.db.pool.connect();
    await client.query('BEGIN');
    for (const [i, event] of events.entries()) {
      await client.query(
        `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
         VALUES ($1, $2, $3, $4, $5, $6, '{"actor":"test","correlationId":"c","causationId":"c","commandId":"c"}')`,
        [streamId, stored.length + i + 1, randomUUID(), event.type, debtDecider.schemaVersions[event.type], JSON.stringify(event.data)],
      );
    }
    return {
      streamId,
      commit: async () => {
        await client.query('COMMIT');
        client.release();
      },
    };
  }

  /** Debtor n of this fixture, owing 60,000 baht. */
  private registration(at: string, districtCode: string, channel: DebtChannel, formDate?: string) {
    const n = ++this.cases;
    return registration(n, `report-${n}-${randomUUID().slice(0, 8)}`, { districtCode, channel, at, formDate, outstanding: '60,000' });
  }

  contact = (caseId: string, at: string, wish: 'YES' | 'NO' | 'UNDECIDED' = 'YES') => runCase(this.store, caseId, [{ ...step.contact(wish), at }]);
  transfer = (caseId: string, at: string, toDistrictCode: string) => runCase(this.store, caseId, [{ ...step.transfer(toDistrictCode), at }]);
  schedule = (caseId: string, at: string, date: string, time: string) => runCase(this.store, caseId, [{ ...step.schedule(date, time), at }]);
  /** Agreed at 40,000 baht, the first instalment due the day it is recorded. */
  agree = (caseId: string, at: string) => runCase(this.store, caseId, [{ ...step.agree('40,000', bangkokDateOf(at)), at }]);

  /**
   * Resolves once readers of the log see the case: the log holds back what committed after a transaction still
   * open anywhere on the server (tests of other databases share it), and a freeze covers what readers see.
   */
  async inLog(caseId: string): Promise<void> {
    for (const until = Date.now() + 20_000; Date.now() < until;) {
      const { rows } = await this.db.pool.query(
        `SELECT 1 FROM events WHERE stream_id = $1 AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())`, [`debt-${caseId}`]);
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`debt-${caseId} is not visible in the log`);
  }

  /** Resolves once the report ledger has applied the whole log. */
  async runnerCaughtUp(): Promise<void> {
    await this.othersLetGo();
    const head = await this.store.head({ transactionId: 0n, globalPosition: 0n });
    await ledgerCaughtUp(this.db.pool, head.position, 20_000);
  }

  /**
   * Waits until no transaction of another database of the server (other test files share it) began before this
   * one's last committed event: transaction ids are the server's, so such a transaction holds back the head of
   * this log (readers stop below the oldest open one) and a freeze would cover less than the test wrote.
   */
  private async othersLetGo(): Promise<void> {
    for (const until = Date.now() + 20_000; Date.now() < until;) {
      const { rows } = await this.db.pool.query(`
        SELECT NOT EXISTS (SELECT FROM pg_stat_activity WHERE datname IS DISTINCT FROM current_database() AND backend_xid IS NOT NULL
          AND backend_xid::text::bigint < (SELECT max(transaction_id)::text::bigint % 4294967296 FROM events)) AS free`);
      if (rows[0].free) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Freezes the day's report with the clock at `now`, once the log's head has reached what the test wrote. */
  async freeze(day: string, now: string) {
    await this.othersLetGo();
    return this.freezer.freeze(day, new Date(now));
  }

  async frozen(day: string) {
    const report = await this.reports.find(day);
    if (!report) throw new Error(`no frozen report of ${day}`);
    return { ...report, parsed: parseBody(report.body) };
  }

  /** The frozen report regenerated from the event log with its stored P, C and base, in its format. */
  async regenerate(day: string): Promise<string> {
    const report = await this.frozen(day);
    return regenerateDailyReport(this.store, report.params, await this.reports.chainUntil(report.params.base?.cutOff ?? null), report.parsed.format);
  }

  /** A district's figures in a report body (zeros when the report leaves it out). */
  static district(body: ReturnType<typeof parseBody>, code: string) {
    return body.districts.find((d) => d.districtCode === code);
  }
}
