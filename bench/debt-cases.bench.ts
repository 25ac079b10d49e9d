import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type pg from 'pg';
import { debtDecider } from '../src/cases/debt/debt.decider.js';
import { DebtCommandHandlers, type DebtRequest } from '../src/cases/debt/debt.command-handlers.js';
import type { DebtCommand, RegisterDebtor } from '../src/cases/debt/debt.commands.js';
import { DebtModule } from '../src/cases/debt/debt.module.js';
import { loadConfig } from '../src/config/config.js';
import { CLOCK, DatabaseModule, OWNER_POOL, PG_POOL } from '../src/database/database.module.js';
import { DailyCertifications } from '../src/reporting/certification/daily-certification.service.js';
import type { Clock } from '../src/shared/clock.js';
import { CalendarModule } from '../src/calendar/calendar.module.js';
import { HolidayCalendar } from '../src/calendar/holiday-calendar.js';
import { DailyReportResolver } from '../src/reporting/daily/daily-report.resolver.js';
import { DailyReportService } from '../src/reporting/daily/daily-report.service.js';
import type { EventDataCodec } from '../src/eventstore/event-codec.js';
import { EVENT_STORE, START_OF_LOG, type EventStore } from '../src/eventstore/event-store.port.js';
import { EventStoreModule } from '../src/eventstore/eventstore.module.js';
import { handleCommand } from '../src/eventstore/handle-command.js';
import { districtsOf, provinces } from '../src/geography/geography.js';
import { graphqlOptions } from '../src/graphql/graphql.options.js';
import { IdentityModule } from '../src/identity/identity.module.js';
import { AuthorityRegisterModule } from '../src/local-authorities/authority-register.module.js';
import { Metrics } from '../src/metrics/metrics.js';
import { MetricsModule } from '../src/metrics/metrics.module.js';
import { StaffGuard } from '../src/identity/sessions/staff.guard.js';
import { CENTRAL } from '../src/identity/scope/staff-office.js';
import { MEASURES } from '../src/projections/district-counts/case-counts.js';
import { DistrictCountsProjection } from '../src/projections/district-counts/district-counts.projection.js';
import { DistrictCountsResolver } from '../src/projections/district-counts/district-counts.resolver.js';
import { ProjectionRunner } from '../src/projections/runner/projection-runner.js';
import { DebtCasesProjection } from '../src/projections/debt-cases/debt-cases.projection.js';
import { toThaiDigits } from '../src/shared/thai-digits.js';
import { bangkokDay } from '../src/calendar/calendar-day.js';
import { signedInStaff } from '../test/support/signed-in-staff.js';
import { registration, step } from '../test/support/debt-generator.js';
import { REPORTED_DAY } from './daily-report.bench.js';
import { benchCodec } from './personal-data.bench.js';
import { keysModule, withWriteSide } from './write-side.js';
import { ReadModelChanges } from '../src/projections/runner/read-model-changes.js';
import { latency, now, sample, sleep, type Sample } from './measure.js';
import { ask, centralToken } from './signed-in.js';

/** Sizes: BENCH_DEBTORS (default 150,000 cases of 8 commands each), BENCH_DEBT_WRITERS (32), BENCH_LATENCY_REQUESTS (2,000). */
export const DEBTORS = Number(process.env.BENCH_DEBTORS ?? 150_000);
export const DEBT_WRITERS = Number(process.env.BENCH_DEBT_WRITERS ?? 32);
export const LATENCY_REQUESTS = Number(process.env.BENCH_LATENCY_REQUESTS ?? 2_000);
export const TARGETS = { commandsPerSecond: 3_000, districtCountsP99Ms: 20 };

const DISTRICTS = provinces().flatMap((p) => districtsOf(p.code));
let run = 0;

/**
 * The life of case i, 8 commands: registered in district i mod 928, an unreached contact, a reached one,
 * a mediation without agreement, a second one that agrees, then every tenth case transferred to the next
 * district and the others closed as settled. Mediations are held on `mediationDay` (Bangkok date).
 */
function lifeOf(i: number, caseId: string, mediationDay: string): DebtCommand[] {
  return [
    registration(i, caseId, { districtCode: DISTRICTS[i % DISTRICTS.length].code, channel: (['SELF_QR_THAID', 'THAID_APP', 'COUNTER', 'PAPER'] as const)[i % 4] }),
    step.contact('UNDECIDED', false), step.contact('YES'), step.schedule(mediationDay), step.fail(), step.schedule(mediationDay), step.agree('40,000', mediationDay),
    i % 10 === 0 ? step.transfer(DISTRICTS[(i + 1) % DISTRICTS.length].code) : step.close('SETTLED'),
  ];
}

export interface CommandsSample {
  commands: Sample;
  events: Sample;
}

/**
 * The debt write side as the service wires it (see withWriteSide): DebtCommandHandlers over the CommandBus, the
 * debt case list's projection running meanwhile (a registration reads the debtor's open cases there and in the log
 * past its checkpoint). With `codec`, the commands' events pass through it (the sealing of personal data); the runner
 * reads through `readWith`, the same codec unless another is given.
 */
export function withDebtHandlers<T>(
  pool: pg.Pool, work: (handlers: DebtCommandHandlers) => Promise<T>, codec?: EventDataCodec, readWith: EventDataCodec | undefined = codec,
): Promise<T> {
  return withWriteSide(pool, DebtModule, DebtCommandHandlers, [new DebtCasesProjection()], work, codec, readWith);
}

/** `writers` concurrent writers, writer w taking cases w, w + writers, …, each case's commands sent in order by `send`. */
async function writeCases(debtors: number, writers: number, send: (i: number, commands: DebtCommand[]) => Promise<number>): Promise<CommandsSample> {
  const first = ++run * 10_000_000;
  const startedAt = now();
  const counts = await Promise.all(Array.from({ length: writers }, async (_, w) => {
    let commands = 0;
    let events = 0;
    for (let i = w; i < debtors; i += writers) {
      const life = lifeOf(first + i, `bench-${run}-${i}`, bangkokDay(new Date()));
      events += await send(i, life);
      commands += life.length;
    }
    return { commands, events };
  }));
  return {
    commands: sample(counts.reduce((n, c) => n + c.commands, 0), startedAt),
    events: sample(counts.reduce((n, c) => n + c.events, 0), startedAt),
  };
}

/**
 * `debtors` cases of 8 commands each through DebtCommandHandlers, as the GraphQL mutations send them: the time
 * and the debtor's open cases added, then the CommandBus, signed in as a central legal officer.
 */
export function debtCommandsRun(handlers: DebtCommandHandlers, debtors = DEBTORS, writers = DEBT_WRITERS): Promise<CommandsSample> {
  const staff = signedInStaff('CENTRAL', CENTRAL, 'LEGAL_OFFICER');
  return writeCases(debtors, writers, async (_, [registered, ...rest]) => {
    const { type: _type, caseId: _caseId, at: _at, openCasesOfDebtor: _open, ...request } = registered as RegisterDebtor;
    const first = await handlers.register(staff, request);
    let events = first.result.events.length;
    for (const { at: _when, ...command } of rest) events += (await handlers.handle(staff, first.caseId, command as DebtRequest)).result.events.length;
    return events;
  });
}

/** Baseline: the same cases through handleCommand alone, no bus, no stream cache: each command reads its stream. */
export function debtCommandsWithoutCacheRun(store: EventStore, debtors = DEBTORS, writers = DEBT_WRITERS): Promise<CommandsSample> {
  return writeCases(debtors, writers, async (i, life) => {
    const streamId = `debt-${(life[0] as RegisterDebtor).caseId}`;
    let events = 0;
    for (const command of life) {
      events += (await handleCommand(store, streamId, debtDecider, { ...command, at: new Date().toISOString() } as DebtCommand,
        { commandId: randomUUID(), actor: `bench:writer-${i}` })).events.length;
    }
    return events;
  });
}

/** DistrictCountsProjection from position 0 (its tables emptied) until its checkpoint is the head: events/s over the whole log. */
export async function districtCountsCatchUpRun(pool: pg.Pool, store: EventStore, batchSize = 5_000): Promise<Sample> {
  const name = 'district-counts';
  await pool.query(`UPDATE district_counts SET ${MEASURES.map((m) => `${m.column} = 0`).join(', ')}`);
  await pool.query('TRUNCATE district_count_cases');
  await pool.query('DELETE FROM projection_checkpoints WHERE name = $1', [name]);
  const head = await store.head(START_OF_LOG);
  const errors: unknown[] = [];
  const runner = new ProjectionRunner(pool, store, [new DistrictCountsProjection()], {
    batchSize, pollMs: 10, onError: (_, error) => errors.push(error),
  });
  const startedAt = now();
  runner.start();
  try {
    for (;;) {
      const { rows } = await pool.query(
        'SELECT transaction_id::text AS x, global_position AS g FROM projection_checkpoints WHERE name = $1', [name]);
      if (rows[0] && BigInt(rows[0].x) === head.position.transactionId && BigInt(rows[0].g) === head.position.globalPosition) {
        return sample(head.eventsAfter, startedAt);
      }
      if (errors.length > 0 || runner.localState(name) === 'FAILED') throw new Error(`district counts failed: ${String(errors[0])}`);
      await sleep(20);
    }
  } finally {
    await runner.stop();
  }
}

export interface LatencySample extends Sample {
  p50Ms: number;
  p99Ms: number;
}

@Module({})
class CountsApiModule {}

/** The working day after REPORTED_DAY, whose report is still provisional. */
const PROVISIONAL_DAY = '2025-03-24';
const REPORT_FIGURES = 'registered registeredPaper contacted agreed notAgreed reduction';
type ApiQuery = 'districtCounts' | 'provinceCounts' | 'nationalCounts' | 'frozenReport' | 'provisionalReport';

/**
 * GraphQL over HTTP, the way the admin UI asks: `requests` queries one after another, signed in as a central
 * account (the session checked, the request's transaction opened as the request role), against a service
 * holding the district-counts resolver and sign-in only (no projection runner competing), after 50 unmeasured ones; the
 * counts are kept until the read model changes, as the service keeps them (ReadModelChanges, listening).
 * districtCounts asks for each province in turn (Thai digits every other time), with every count field;
 * dailyMediationReport a province's frozen report of REPORTED_DAY, or the provisional one of PROVISIONAL_DAY.
 * district_counts has its 928 rows whatever the number of cases, so the cost does not grow with cases.
 */
export async function countsLatencyRun(pool: pg.Pool, requests = LATENCY_REQUESTS): Promise<Record<ApiQuery, LatencySample>> {
  const config = loadConfig({});
  const metrics = new Metrics();
  const app: INestApplication = await NestFactory.create({
    module: CountsApiModule,
    imports: [
      DatabaseModule.forRoot({ pool, requestUrl: pool.options.connectionString!, describe: 'bench', close: async () => undefined }, config), MetricsModule.forRoot(metrics),
      GraphQLModule.forRoot(graphqlOptions(config, false, metrics)),
      EventStoreModule, IdentityModule, AuthorityRegisterModule, CalendarModule, keysModule(pool, benchCodec(pool).codec),
    ],
    providers: [
      DistrictCountsResolver, DailyReportResolver, { provide: APP_GUARD, useExisting: StaffGuard },
      { provide: ReadModelChanges, useFactory: async () => {
        const changes = new ReadModelChanges(pool.options);
        await changes.listen();
        return changes;
      } },
      { provide: DailyReportService, inject: [PG_POOL, HolidayCalendar], useFactory: (p: pg.Pool, c: HolidayCalendar) => new DailyReportService(p, c) },
      {
        provide: DailyCertifications, inject: [OWNER_POOL, PG_POOL, EVENT_STORE, HolidayCalendar, CLOCK],
        useFactory: (owner: pg.Pool, scoped: pg.Pool, store: EventStore, calendar: HolidayCalendar, clock: Clock) =>
          new DailyCertifications(owner, scoped, store, calendar, clock),
      },
    ],
  }, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const token = await centralToken(pool, app.get<EventStore>(EVENT_STORE), url);
  const fields = `registered byChannel { selfQrThaid thaidApp counter paper } creditors debts principal outstanding contacted
    wishingMediation inMediation agreed notAgreed partyAbsent referred closed debtBefore debtAfter debtReduced`;
  const codes = provinces().map((p) => p.code);
  const report = (day: string, province: string) => `{ dailyMediationReport(date: "${day}", provinceCode: "${province}") {
    dateTh provisional position { globalPosition } districts { districtTh period { ${REPORT_FIGURES} } cumulative { ${REPORT_FIGURES} } }
    provinceTotal { cumulative { ${REPORT_FIGURES} } } corrections { districtTh figures { registered agreed } } } }`;
  const queries: Record<ApiQuery, (i: number) => string> = {
    districtCounts: (i: number) => `{ districtCounts(provinceCode: "${i % 2 ? toThaiDigits(codes[i % 77]) : codes[i % 77]}") { district { code nameTh } counts { ${fields} } } }`,
    provinceCounts: () => `{ provinceCounts { province { code nameTh } counts { ${fields} } } }`,
    nationalCounts: () => `{ nationalCounts { ${fields} } }`,
    frozenReport: (i: number) => report(REPORTED_DAY, codes[i % 77]),
    provisionalReport: (i: number) => report(PROVISIONAL_DAY, codes[i % 77]),
  };
  try {
    const result = {} as Record<ApiQuery, LatencySample>;
    for (const [name, query] of Object.entries(queries) as [ApiQuery, (i: number) => string][]) {
      for (let i = 0; i < 50; i++) await ask(url, query(i), {}, token);
      result[name] = await latencies(requests, async (i) => {
        await ask(url, query(i), {}, token);
      });
    }
    return result;
  } finally {
    await app.close();
    await app.get(ReadModelChanges).close();
  }
}

async function latencies(requests: number, call: (i: number) => Promise<void>): Promise<LatencySample> {
  const { p50Ms, p99Ms, count, seconds } = await latency(requests, call);
  return { rate: count / seconds, count, seconds, p50Ms, p99Ms };
}

/**
 * Baseline of districtCounts: the province's counts summed from the per-case rows at each call (GROUP BY over
 * district_count_cases, every measure), straight through the pool: no HTTP, GraphQL or sign-in around it.
 */
export function naiveDistrictCountsRun(pool: pg.Pool, requests: number): Promise<LatencySample> {
  const codes = provinces().map((p) => p.code);
  const sql = `SELECT district_code, count(*) AS registered,
      count(*) FILTER (WHERE channel = 'SELF_QR_THAID') AS self_qr_thaid, count(*) FILTER (WHERE channel = 'THAID_APP') AS thaid_app,
      count(*) FILTER (WHERE channel = 'COUNTER') AS counter, count(*) FILTER (WHERE channel = 'PAPER') AS paper,
      sum(creditors) AS creditors, sum(debts) AS debts, sum(principal) AS principal, sum(outstanding) AS outstanding,
      count(*) FILTER (WHERE contacted) AS contacted, count(*) FILTER (WHERE wishing_mediation) AS wishing_mediation,
      count(*) FILTER (WHERE status = 'MEDIATION_SCHEDULED') AS in_mediation, count(*) FILTER (WHERE outcome = 'AGREED') AS agreed,
      count(*) FILTER (WHERE outcome IN ('NOT_AGREED', 'PARTY_ABSENT')) AS not_agreed, count(*) FILTER (WHERE outcome = 'PARTY_ABSENT') AS party_absent,
      count(*) FILTER (WHERE referred) AS referred, count(*) FILTER (WHERE status = 'CLOSED') AS closed,
      sum(debt_before) AS debt_before, sum(debt_after) AS debt_after, sum(debt_reduced) AS debt_reduced
    FROM district_count_cases WHERE province_code = $1 GROUP BY district_code ORDER BY district_code`;
  return latencies(requests, async (i) => {
    await pool.query(sql, [codes[i % codes.length]]);
  });
}
