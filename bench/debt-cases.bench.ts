import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type pg from 'pg';
import { debtDecider } from '../src/cases/debt/debt.decider.js';
import type { DebtCommand } from '../src/cases/debt/debt.commands.js';
import { loadConfig } from '../src/config/config.js';
import { DatabaseModule } from '../src/database/database.module.js';
import { START_OF_LOG, type EventStore } from '../src/eventstore/event-store.port.js';
import { handleCommand } from '../src/eventstore/handle-command.js';
import { districtsOf, provinces } from '../src/geography/geography.js';
import { graphqlOptions } from '../src/graphql/graphql.options.js';
import { MEASURES } from '../src/projections/district-counts/case-counts.js';
import { DistrictCountsProjection } from '../src/projections/district-counts/district-counts.projection.js';
import { DistrictCountsResolver } from '../src/projections/district-counts/district-counts.resolver.js';
import { ProjectionRunner } from '../src/projections/runner/projection-runner.js';
import { toThaiDigits } from '../src/shared/thai-digits.js';
import { registration, step } from '../test/support/debt-generator.js';
import { latency, now, sample, sleep, type Sample } from './measure.js';

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
 * district and the others closed as settled.
 */
function lifeOf(i: number, caseId: string): DebtCommand[] {
  return [
    registration(i, caseId, { districtCode: DISTRICTS[i % DISTRICTS.length].code, channel: (['SELF_QR_THAID', 'THAID_APP', 'COUNTER', 'PAPER'] as const)[i % 4] }),
    step.contact('UNDECIDED', false), step.contact('YES'), step.schedule(), step.fail(), step.schedule(), step.agree('40,000'),
    i % 10 === 0 ? step.transfer(DISTRICTS[(i + 1) % DISTRICTS.length].code) : step.close('SETTLED'),
  ];
}

export interface CommandsSample {
  commands: Sample;
  events: Sample;
}

/**
 * `debtors` cases of 8 commands each through handleCommand (what the CommandBus's CaseCommandHandler runs):
 * `writers` concurrent writers, each taking every writers-th case and sending its commands in order.
 */
export async function debtCommandsRun(store: EventStore, debtors = DEBTORS, writers = DEBT_WRITERS): Promise<CommandsSample> {
  const prefix = `bench${++run}-${randomUUID().slice(0, 8)}`;
  const startedAt = now();
  const counts = await Promise.all(Array.from({ length: writers }, async (_, w) => {
    let commands = 0;
    let events = 0;
    for (let i = w; i < debtors; i += writers) {
      const caseId = `${prefix}-${i}`;
      for (const command of lifeOf(run * 10_000_000 + i, caseId)) {
        const result = await handleCommand(store, `debt-${caseId}`, debtDecider, command, { commandId: randomUUID(), actor: `bench:writer-${w}` });
        commands++;
        events += result.events.length;
      }
    }
    return { commands, events };
  }));
  return {
    commands: sample(counts.reduce((n, c) => n + c.commands, 0), startedAt),
    events: sample(counts.reduce((n, c) => n + c.events, 0), startedAt),
  };
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

/**
 * GraphQL over HTTP, the way the admin UI asks: `requests` queries one after another against a service
 * holding the district-counts resolver only (no projection runner competing), after 50 unmeasured ones.
 * districtCounts asks for each province in turn (Thai digits every other time), with every count field.
 * district_counts has its 928 rows whatever the number of cases, so the cost does not grow with cases.
 */
export async function countsLatencyRun(pool: pg.Pool, requests = LATENCY_REQUESTS): Promise<Record<'districtCounts' | 'provinceCounts' | 'nationalCounts', LatencySample>> {
  const config = loadConfig({});
  const app: INestApplication = await NestFactory.create({
    module: CountsApiModule,
    imports: [DatabaseModule.forRoot({ pool, describe: 'bench', close: async () => undefined }, config), GraphQLModule.forRoot(graphqlOptions(config))],
    providers: [DistrictCountsResolver],
  }, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const fields = `registered byChannel { selfQrThaid thaidApp counter paper } creditors debts principal outstanding contacted
    wishingMediation inMediation agreed notAgreed partyAbsent referred closed debtBefore debtAfter debtReduced`;
  const codes = provinces().map((p) => p.code);
  const queries = {
    districtCounts: (i: number) => `{ districtCounts(provinceCode: "${i % 2 ? toThaiDigits(codes[i % 77]) : codes[i % 77]}") { district { code nameTh } counts { ${fields} } } }`,
    provinceCounts: () => `{ provinceCounts { province { code nameTh } counts { ${fields} } } }`,
    nationalCounts: () => `{ nationalCounts { ${fields} } }`,
  };
  try {
    const result = {} as Record<keyof typeof queries, LatencySample>;
    for (const [name, query] of Object.entries(queries) as [keyof typeof queries, (i: number) => string][]) {
      for (let i = 0; i < 50; i++) await ask(url, query(i));
      result[name] = await latencies(requests, (i) => ask(url, query(i)));
    }
    return result;
  } finally {
    await app.close();
  }
}

async function ask(url: string, query: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`);
}

async function latencies(requests: number, call: (i: number) => Promise<void>): Promise<LatencySample> {
  const { p50Ms, p99Ms, count, seconds } = await latency(requests, call);
  return { rate: count / seconds, count, seconds, p50Ms, p99Ms };
}
