import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { outsideRequestScope } from '../../database/request-scope.js';
import { type Connection, pageArgs } from '../../graphql/connection.types.js';
import { isCentralAdministrator } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import { actorOf, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import { decodeCursor, encodeCursor, mapPage, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { RetentionJob } from './retention-job.js';
import { RETENTION_RULE_NAMES } from './retention-rules.js';
import { countRetentionRuns, listRetentionRuns, type RetentionRun } from './retention-runs.js';
import { RetentionRunConnection, RetentionRunObject, RetentionSettings } from './retention.types.js';

const MAX_PAGE = 100;
const PAGE = pageArgs(20, MAX_PAGE);
const UPCOMING_DAYS = 30;
const isKey = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && !Number.isNaN(Date.parse(String(value[0]))) && /^[0-9a-f-]{36}$/.test(String(value[1]));
const twoDigits = (n: number) => String(n).padStart(2, '0');

export function runObjectOf(run: RetentionRun): RetentionRunObject {
  return {
    ...run,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    counts: RETENTION_RULE_NAMES.map((rule) => ({ rule, ...run.counts[rule] })),
  };
}

/** The retention of personal data: its rules and what they will expire, its runs, a run now (central administrators). */
@Resolver(() => RetentionRunObject)
export class RetentionResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool, @Inject(RetentionJob) private readonly job: RetentionJob) {}

  @Requires(isCentralAdministrator)
  @Query(() => RetentionSettings, { nullable: true, description: 'The retention rules in force, the daily run, the cases due now and those expiring in the next 30 days (central administrators)' })
  async retentionSettings(): Promise<RetentionSettings> {
    const outlook = await outsideRequestScope(() => this.job.outlook(UPCOMING_DAYS));
    const at = this.job.config.runAt;
    return {
      rules: outlook.map(({ rule, due, held, upcoming }) => ({
        rule: rule.name, years: rule.years, dueNow: due, heldNow: held, expiringIn30Days: upcoming,
      })),
      dailyRunTime: at ? `${twoDigits(at.hour)}:${twoDigits(at.minute)}` : null,
      batchSize: this.job.config.batchSize,
    };
  }

  @Requires(isCentralAdministrator)
  @Query(() => RetentionRunConnection, { nullable: true, description: 'Runs of the retention job, newest first, counts per rule (central administrators)' })
  async retentionRuns(
    @Args('first', PAGE.first) first = 20,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<RetentionRunObject>> {
    const limit = pageSize(first, MAX_PAGE);
    const before = after ? decodeCursor(after, isKey) : undefined;
    const runs = await listRetentionRuns(this.pool, limit + 1, before);
    const page = pageOf(runs, limit, (run) => encodeCursor([run.startedAt.toISOString(), run.runId]), after);
    return { ...mapPage(page, runObjectOf), totalCount: () => countRetentionRuns(this.pool) };
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => RetentionRunObject, {
    description: 'Runs the retention job now and answers the run when it ends (central administrators); RETENTION_RUNNING while another runs',
  })
  async runRetentionNow(@CurrentStaff() staff: SignedInStaff): Promise<RetentionRunObject> {
    const run = await outsideRequestScope(() => this.job.run(actorOf(staff)));
    return runObjectOf(run!);
  }
}
