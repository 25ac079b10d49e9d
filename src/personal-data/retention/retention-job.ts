import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type pg from 'pg';
import type { RetentionConfig } from '../../config/retention-config.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { recordAccountsErased } from '../../identity/accounts/account-erasure.js';
import type { Clock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import { errorLogLine } from '../../shared/error-log-line.js';
import type { PersonalDataShredder } from '../keys/personal-data-shredder.js';
import type { HeldStreams } from '../legal-holds/held-streams.port.js';
import { retentionErrors } from './retention-errors.js';
import { RetentionFinder } from './retention-finder.js';
import { RETENTION_RULE_NAMES, type RetentionRule, type RetentionRuleName } from './retention-rules.js';
import type { EndedRecord } from './retention-sources.js';
import { retentionRun, type RetentionCounts, type RetentionRun, zeroCounts } from './retention-runs.js';

const logger = new Logger('Retention');
const LOCK = `SELECT pg_try_advisory_lock(hashtextextended('damrong:retention-run', 0)) AS locked`;
const UNLOCK = `SELECT pg_advisory_unlock(hashtextextended('damrong:retention-run', 0))`;

const YEARS: Record<RetentionRuleName, (config: RetentionConfig) => number> = {
  DEBT_CASE_CLOSED: (config) => config.debtCaseYears,
  COMPLAINT_CLOSED: (config) => config.complaintYears,
  LEAFLET_PERMIT_ENDED: (config) => config.leafletPermitYears,
  BUSINESS_FILER_REVOKED: (config) => config.businessFilerYears,
  STAFF_ACCOUNT_CLOSED: (config) => config.staffAccountYears,
};

/** The rules in force, from the configuration. */
export const rulesOf = (config: RetentionConfig): RetentionRule[] => RETENTION_RULE_NAMES.map((name) => ({ name, years: YEARS[name](config) }));

/**
 * The retention job: erases, through the shredder, the personal data of every record whose retention ended
 * (RetentionFinder): a case's, a permit's or an account's stream whole, a filer's own keys in the business's stream;
 * a staff account's row is then rewritten with the marker as an erasure request rewrites it (recordAccountsErased).
 * Batch by batch, recording each record in retention_erasures in the run it was erased by. One
 * run at a time across every instance (a PostgreSQL advisory lock, tried, not waited for: RETENTION_RUNNING). Logs
 * counts per rule, never a value of a record.
 */
export class RetentionJob {
  readonly rules: RetentionRule[];
  private readonly finder: RetentionFinder;

  constructor(
    private readonly db: pg.Pool,
    private readonly clock: Clock,
    readonly config: RetentionConfig,
    private readonly shredder: PersonalDataShredder,
    private readonly store: EventStore,
    holds: HeldStreams | undefined,
  ) {
    this.rules = rulesOf(config);
    this.finder = new RetentionFinder(db, store, holds);
  }

  /** Per rule: records expired and awaiting erasure now (and of them, held), and those expiring within `days` days. */
  async outlook(days: number): Promise<{ rule: RetentionRule; due: number; held: number; upcoming: number }[]> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + days * 86_400_000);
    return Promise.all(this.rules.map(async (rule) => ({
      rule, ...(await this.finder.due(rule, now)), upcoming: await this.finder.expiringBetween(rule, now, until),
    })));
  }

  /** Runs the job now; null when `startedBy` is a schedule instant that has run already (on another instance). */
  async run(startedBy: string): Promise<RetentionRun | null> {
    const lock = await this.db.connect();
    try {
      if (!(await lock.query(LOCK)).rows[0].locked) throw retentionErrors.running();
      try {
        return await this.locked(lock, startedBy);
      } finally {
        await lock.query(UNLOCK);
      }
    } finally {
      lock.release();
    }
  }

  private async locked(db: pg.ClientBase, startedBy: string): Promise<RetentionRun | null> {
    // Holding the lock, no other run is alive: one still RUNNING was left by a process that ended.
    await db.query(`UPDATE retention_runs SET state = 'FAILED', error_code = 'ABANDONED' WHERE state = 'RUNNING'`);
    const runId = randomUUID();
    const started = this.clock.now();
    const { rowCount } = await db.query(
      `INSERT INTO retention_runs (run_id, started_by, started_at) VALUES ($1, $2, $3)
       ON CONFLICT (started_by) WHERE started_by LIKE 'schedule:%' DO NOTHING`,
      [runId, startedBy, started],
    );
    if (rowCount === 0) return null;
    const counts = zeroCounts();
    try {
      for (const rule of this.rules) await this.erase(db, runId, rule, started, counts);
      await db.query(`UPDATE retention_runs SET state = 'DONE', finished_at = $2, counts = $3 WHERE run_id = $1`,
        [runId, this.clock.now(), counts]);
    } catch (error) {
      const code = error instanceof DomainError ? error.code : 'INTERNAL';
      await db.query(`UPDATE retention_runs SET state = 'FAILED', finished_at = $2, counts = $3, error_code = $4 WHERE run_id = $1`,
        [runId, this.clock.now(), counts, code]);
      logger.error(`retention run ${runId} by ${startedBy} failed (${countsLine(counts)}): ${errorLogLine(error)}`);
      throw error;
    }
    const run = await retentionRun(db, runId);
    logger.log(`retention run ${runId} by ${startedBy}: ${countsLine(counts)} in ${run.finishedAt!.getTime() - started.getTime()} ms`);
    return run;
  }

  private async erase(db: pg.ClientBase, runId: string, rule: RetentionRule, now: Date, counts: RetentionCounts): Promise<void> {
    for (let after: string | null = ''; after !== null;) {
      const page = await this.finder.expiredPage(rule, now, after, this.config.batchSize);
      counts[rule.name].held += page.held;
      if (page.records.length > 0) {
        // Only the records whose keys it destroyed are erased; one with none holds no sealed field (its events predate
        // sealing) and is tried again by the next run.
        const erased = await this.eraseRecords(rule, page.records);
        await recordAccountsErased(this.db, this.store, erased.map((record) => record.streamId), this.clock.now());
        await db.query(
          `INSERT INTO retention_erasures (stream_id, rule, erased_at, run_id)
           SELECT key, $2, $3, $4 FROM unnest($1::text[]) AS key ON CONFLICT (stream_id) DO NOTHING`,
          [erased.map((record) => record.key), rule.name, this.clock.now(), runId],
        );
        counts[rule.name].erased += erased.length;
        counts[rule.name].unsealed += page.records.length - erased.length;
        await db.query('UPDATE retention_runs SET counts = $2 WHERE run_id = $1', [runId, counts]);
      }
      after = page.next;
    }
  }

  /** Whole streams in one call of the shredder; a citizen's own keys in a stream one call each. The records erased. */
  private async eraseRecords(rule: RetentionRule, records: EndedRecord[]): Promise<EndedRecord[]> {
    const cause = { kind: 'RETENTION', reference: rule.name } as const;
    const whole = records.filter((record) => record.citizenId === null);
    const { streams } = await this.shredder.eraseStreams(whole.map((record) => record.streamId), cause);
    const erased = whole.filter((record) => streams.includes(record.streamId));
    for (const record of records.filter((r) => r.citizenId !== null)) {
      const outcome = await this.shredder.eraseSubjectIn(record.citizenId!, [record.streamId], cause);
      if (outcome.streams.length > 0) erased.push(record);
    }
    return erased;
  }
}

/** `DEBT_CASE_CLOSED erased 3 held 1 unsealed 0, …`: counts, nothing of a case. */
export const countsLine = (counts: RetentionCounts) =>
  Object.entries(counts).map(([rule, c]) => `${rule} erased ${c.erased} held ${c.held} unsealed ${c.unsealed}`).join(', ');
