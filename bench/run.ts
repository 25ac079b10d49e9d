/** The benchmark harness (`npm run bench`); never part of `npm test`. Writes bench/results.md. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PostgresEventStore } from '../src/eventstore/postgres/postgres-event-store.js';
import { appendRun, commandRun, NAIVE_EVENTS_TABLE, naiveInsertRun, WRITERS, type AppendSample } from './appends.bench.js';
import { catchUpRun, NAIVE_CATALOGUE_TABLES, naiveCatchUpRun } from './catch-up.bench.js';
import { bulkLoad, LOAD_EVENTS, LOAD_STREAMS } from './load.js';
import { describeMachine } from './machine.js';
import { fmt, log, settle, type Sample } from './measure.js';
import { readAllRun, naiveReadRun } from './read-all.bench.js';
import { table, writeReport, type Row } from './report.js';
import { createBenchDatabase, openServer, type BenchDatabase } from './server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 20_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 5_000);
const CATCH_UP_RUNS = Number(process.env.BENCH_CATCH_UP_RUNS ?? RUNS);
const NAIVE_CATCH_UP_RUNS = Number(process.env.BENCH_NAIVE_CATCH_UP_RUNS ?? 1);
/** The one-statement-per-event baseline runs at a few thousand events/s: it projects the log's first part only. */
const NAIVE_CATCH_UP_EVENTS = Number(process.env.BENCH_NAIVE_CATCH_UP_EVENTS ?? 200_000);
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');

async function main(): Promise<void> {
  const server = await openServer();
  let db: BenchDatabase | undefined;
  const cleanup = async () => {
    await db?.drop().catch((e) => console.error('could not drop the bench database:', e));
    await server.stop();
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    db = await createBenchDatabase(server.adminUrl, WRITERS + 8);
    const { pool } = db;
    log(`${server.kind} PostgreSQL, database ${db.name}`);
    const store = new PostgresEventStore(pool);
    await pool.query(NAIVE_EVENTS_TABLE);
    await pool.query(NAIVE_CATALOGUE_TABLES);
    const machine = await describeMachine(pool, server.kind);

    // a. Appends; a short warm-up first (connections, JIT), then the runs interleaved.
    await commandRun(store, 1_000);
    await appendRun(store, 1_000);
    await naiveInsertRun(pool, 2_000);
    const commands: AppendSample[] = [], appends: AppendSample[] = [], inserts: AppendSample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      commands.push(await commandRun(store, COMMANDS));
      settle();
      appends.push(await appendRun(store, COMMANDS));
      settle();
      inserts.push(await naiveInsertRun(pool, commands[r].events.count));
      log(`appends run ${r + 1}: handleCommand ${fmt(commands[r].calls.rate)} cmd/s, appendToStream `
        + `${fmt(appends[r].calls.rate)} calls/s, naive INSERT ${fmt(inserts[r].events.rate)} rows/s`);
    }

    // b. readAll over the bulk-loaded log; one untimed pass warms the caches for both readers.
    await bulkLoad(pool);
    await naiveReadRun(pool, BATCH);
    const reads: Sample[] = [], naiveReads: Sample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      reads.push(await readAllRun(store, BATCH));
      settle();
      naiveReads.push(await naiveReadRun(pool, BATCH));
      log(`readAll run ${r + 1}: ${fmt(reads[r].rate)} events/s, naive ${fmt(naiveReads[r].rate)} rows/s`);
    }

    // c. Projection catch-up over the same log.
    const catchUps: Sample[] = [], naiveCatchUps: Sample[] = [];
    for (let r = 0; r < CATCH_UP_RUNS; r++) {
      settle();
      catchUps.push(await catchUpRun(pool, store, BATCH));
      log(`catch-up run ${r + 1}: ${fmt(catchUps[r].rate)} events/s`);
    }
    for (let r = 0; r < NAIVE_CATCH_UP_RUNS; r++) {
      settle();
      naiveCatchUps.push(await naiveCatchUpRun(pool, BATCH, NAIVE_CATCH_UP_EVENTS));
      log(`naive catch-up run ${r + 1}: ${fmt(naiveCatchUps[r].rate)} events/s`);
    }

    const n = fmt(COMMANDS);
    const rows: Row[] = [
      { measure: `Appends through handleCommand, ${WRITERS} writers, ${n} commands of 1–3 events (median of ${RUNS})`,
        unit: 'commands/s', baselineUnit: 'INSERTs/s', target: 5_000,
        damrong: commands.map((s) => s.calls), baseline: inserts.map((s) => s.events) },
      { measure: '… the same runs, in events', unit: 'events/s', baselineUnit: 'rows/s',
        damrong: commands.map((s) => s.events), baseline: inserts.map((s) => s.events) },
      { measure: `Raw appendToStream, ${WRITERS} writers, ${n} calls of 1–3 events (median of ${RUNS})`,
        unit: 'calls/s', baselineUnit: 'INSERTs/s', damrong: appends.map((s) => s.calls), baseline: inserts.map((s) => s.events) },
      { measure: '… the same runs, in events', unit: 'events/s', baselineUnit: 'rows/s',
        damrong: appends.map((s) => s.events), baseline: inserts.map((s) => s.events) },
      { measure: `store.readAll of ${fmt(LOAD_EVENTS)} events, batches of ${fmt(BATCH)} (median of ${RUNS})`,
        unit: 'events/s', baselineUnit: 'rows/s', damrong: reads, baseline: naiveReads, target: 200_000 },
      { measure: `Projection catch-up from 0 over the ${fmt(LOAD_EVENTS)} events, StreamCatalogueProjection, batches of `
        + `${fmt(BATCH)} (median of ${CATCH_UP_RUNS}; baseline: ${NAIVE_CATCH_UP_RUNS} run over the first `
        + `${fmt(Math.min(NAIVE_CATCH_UP_EVENTS, LOAD_EVENTS))} events)`, unit: 'events/s',
        damrong: catchUps, baseline: naiveCatchUps, target: 50_000 },
    ];
    const notes = [
      `Append baseline: one autocommitted single-row \`INSERT\` per event into \`naive_events\` (bigserial primary key), `
        + `${WRITERS} concurrent writers, as many events as the handleCommand run of the same round; its rows/s is set beside `
        + 'each append row (for it one statement = one transaction = one event).',
      `Each writer keeps to its own streams (\`tally-<n>\`, 10 commands a stream), so there are no version conflicts; `
        + 'handleCommand reads the stream before each append, appendToStream alone does not.',
      `readAll/catch-up log: ${fmt(LOAD_EVENTS)} events bulk-loaded with \`INSERT … SELECT generate_series\` in `
        + `transactions of 50,000, ${fmt(LOAD_STREAMS)} streams with contiguous versions, small jsonb data and metadata; `
        + 'the append runs\' events were truncated first. One untimed pass warms the caches before the timed reads.',
      'readAll baseline: `SELECT * FROM events WHERE global_position > $1 ORDER BY global_position LIMIT $2` keyset loop.',
      'Catch-up: time from ProjectionRunner.start() until the checkpoint row equals store.head() (polled every 20 ms). '
        + 'Baseline: keyset read, one upsert statement per event, one transaction per batch with its checkpoint; '
        + 'it stops after the first part of the log (its rate is per event and steady), to keep the bench under 10 minutes.',
      'The loaded log is a worst case for the catalogue: a stream\'s ten events lie 100,000 positions apart, so every '
        + 'batch of 5,000 touches 5,000 different streams and nothing coalesces within a batch.',
    ];
    const output = table(rows);
    console.log(`\n${output}\n`);
    await writeReport(RESULTS, machine, rows, notes);
    log(`wrote ${RESULTS}`);
  } finally {
    await cleanup();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
