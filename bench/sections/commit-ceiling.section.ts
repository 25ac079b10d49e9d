import type pg from 'pg';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { appendRun, NAIVE_EVENTS_TABLE, WRITERS, type AppendSample } from '../appends.bench.js';
import { appendStatementCeiling, copyCeiling, fsyncCeiling, singleRowCeiling, type Ceiling } from '../ceiling.bench.js';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../src/eventstore/event-store.port.js';
import { fmt, latency, log, median, settle, type Latency, type Sample } from '../measure.js';
import type { Row } from '../report.js';
import { RUNS, type BenchSection } from './section.js';

const CALLS = Number(process.env.BENCH_COMMANDS ?? 20_000);
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 15);
const COPY_SCALE = 10;
/** Appends of the one-writer latency runs, one after another. */
const ONE_WRITER_CALLS = 2_000;

/** One writer's appendToStream, one after another: 2 events to a stream of its own each time (an append that opens a stream). */
function oneWriter(store: EventStore): Promise<Latency> {
  const run = randomUUID().slice(0, 8);
  const metadata = { actor: 'bench:one-writer', commandId: run, correlationId: run, causationId: run };
  const event = (by: number) => ({ eventId: randomUUID(), type: 'TallyIncremented', schemaVersion: 1, data: { by }, metadata });
  return latency(ONE_WRITER_CALLS, (i) => store.appendToStream(`tally-one-${run}-${i}`, [event(1), event(2)], 'no-stream'));
}

interface Commits { logged: number; commits: number }

/** Appends of one run with the events and commits they made, counted in the log. */
async function counted(pool: pg.Pool, work: () => Promise<AppendSample>): Promise<AppendSample & Commits> {
  const { rows: [before] } = await pool.query<{ at: string }>('SELECT coalesce(max(global_position), 0)::text AS at FROM events');
  const sample = await work();
  const { rows: [after] } = await pool.query<Commits>(
    'SELECT count(*)::int AS logged, count(DISTINCT transaction_id)::int AS commits FROM events WHERE global_position > $1', [before.at]);
  return { ...sample, ...after };
}

const perCommit = (runs: Commits[]) => median(runs.map((r) => r.logged / r.commits)).toFixed(1);
const samples = (ceiling: Ceiling<Sample>) => (ceiling.value ? [ceiling.value] : []);
const said = (name: string, ceiling: Ceiling<unknown>) => (ceiling.missing ? [`${name}: not measured, ${ceiling.missing}.`] : []);

/** Issue 19: appends with and without group commit, as fractions of what this machine's PostgreSQL commits at all. */
export const commitCeilingSection: BenchSection = {
  name: 'commit ceiling',
  async run(pool: pg.Pool) {
    await pool.query(NAIVE_EVENTS_TABLE);
    const grouped = new PostgresEventStore(pool);
    const alone = new PostgresEventStore(pool, undefined, { groupCommit: false });
    await appendRun(grouped, 1_000);
    await appendRun(alone, 1_000);
    const groupedRuns: (AppendSample & Commits)[] = [], aloneRuns: (AppendSample & Commits)[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      groupedRuns.push(await counted(pool, () => appendRun(grouped, CALLS)));
      settle();
      aloneRuns.push(await counted(pool, () => appendRun(alone, CALLS)));
      log(`appends run ${r + 1}: grouped ${fmt(groupedRuns[r].calls.rate)} calls/s (${(groupedRuns[r].logged / groupedRuns[r].commits).toFixed(1)} `
        + `events a commit), alone ${fmt(aloneRuns[r].calls.rate)} calls/s`);
    }
    const groupedOne: Latency[] = [], aloneOne: Latency[] = [];
    for (let r = 0; r < RUNS; r++) {
      groupedOne.push(await oneWriter(grouped));
      aloneOne.push(await oneWriter(alone));
    }
    const appendStatement = await appendStatementCeiling(pool, WRITERS, PGBENCH_SECONDS);
    const singleRow = await singleRowCeiling(pool, WRITERS, PGBENCH_SECONDS);
    const copy = await copyCeiling(pool, COPY_SCALE);
    const fsync = await fsyncCeiling();
    log(`ceilings: append statement ${fmt(appendStatement.value?.rate ?? 0)} commits/s, single row ${fmt(singleRow.value?.rate ?? 0)} `
      + `commits/s, COPY ${fmt(copy.value?.rate ?? 0)} rows/s, fdatasync ${fmt(fsync.value ?? 0)}/s`);

    const n = fmt(CALLS);
    const rows: Row[] = [
      { measure: `appendToStream with group commit, ${WRITERS} writers, ${n} calls of 1–3 events (baseline: pgbench, ${WRITERS} clients, `
        + `${PGBENCH_SECONDS} s, Damrong's append statement of one event, a commit each)`, unit: 'calls/s', baselineUnit: 'commits/s',
        damrong: groupedRuns.map((s) => s.calls), baseline: samples(appendStatement) },
      { measure: '… without group commit (each append its own statement and commit), the same baseline', unit: 'calls/s',
        baselineUnit: 'commits/s', damrong: aloneRuns.map((s) => s.calls), baseline: samples(appendStatement) },
      { measure: `… the grouped runs in events (baseline: COPY, pgbench's client-side load of ${fmt(COPY_SCALE * 100_000)} rows)`,
        unit: 'events/s', baselineUnit: 'rows/s', damrong: groupedRuns.map((s) => s.events), baseline: samples(copy) },
      { kind: 'latency', measure: `appendToStream at 1 writer, ${fmt(ONE_WRITER_CALLS)} appends of 2 events one after another, with group commit `
        + '(baseline: the same without group commit)', damrong: groupedOne, baseline: aloneOne },
    ];
    const notes = [
      `Events a commit (median of the runs, counted in the log): ${perCommit(groupedRuns)} with group commit, ${perCommit(aloneRuns)} without.`,
      `pgbench single-row INSERT into naive_events, ${WRITERS} clients: ${singleRow.value ? `${fmt(singleRow.value.rate)} commits/s` : '—'}; `
        + `pg_test_fsync fdatasync: ${fsync.value ? `${fmt(fsync.value)} syncs/s` : '—'} (the disk's own ceiling for one commit at a time).`,
      ...said('pgbench append statement', appendStatement), ...said('pgbench single row', singleRow), ...said('COPY', copy), ...said('fsync', fsync),
      'Writers keep to their own streams, so no append meets a conflict; a group commit waits for nothing when a statement '
        + 'slot is free (4 in flight), so one writer appends as before.',
    ];
    return { rows, notes };
  },
};
