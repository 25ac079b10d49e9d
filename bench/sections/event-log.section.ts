import type pg from 'pg';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { appendRun, commandRun, NAIVE_EVENTS_TABLE, naiveInsertRun, WRITERS, type AppendSample } from '../appends.bench.js';
import { catchUpRun, NAIVE_CATALOGUE_TABLES, naiveCatchUpRun } from '../catch-up.bench.js';
import { copyCeilingRun, fractionsNote } from '../ceilings.bench.js';
import { bulkLoad, LOAD_EVENTS, LOAD_STREAMS } from '../load.js';
import { verifyLogRun, withoutHashes } from '../log-integrity.bench.js';
import { fmt, log, median, settle, type Sample } from '../measure.js';
import { naiveReadRun, readAllRun } from '../read-all.bench.js';
import type { Row } from '../report.js';
import { RUNS, type BenchSection } from './section.js';

const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 20_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 5_000);
/** The one-statement-per-event baseline runs at a few thousand events/s: it projects the log's first part only. */
const NAIVE_CATCH_UP_EVENTS = Number(process.env.BENCH_NAIVE_CATCH_UP_EVENTS ?? 200_000);

/** Issue 2: appends, readAll and projection catch-up over a million events. */
export const eventLogSection: BenchSection = {
  name: 'event log',
  async run(pool: pg.Pool) {
    const store = new PostgresEventStore(pool);
    await pool.query(NAIVE_EVENTS_TABLE);
    await pool.query(NAIVE_CATALOGUE_TABLES);

    await commandRun(store, 1_000);
    await appendRun(store, 1_000);
    await naiveInsertRun(pool, 2_000);
    const commands: AppendSample[] = [], appends: AppendSample[] = [], inserts: AppendSample[] = [], unhashed: AppendSample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      commands.push(await commandRun(store, COMMANDS));
      settle();
      appends.push(await appendRun(store, COMMANDS));
      settle();
      inserts.push(await naiveInsertRun(pool, commands[r].events.count));
      settle();
      unhashed.push(await withoutHashes(pool, () => appendRun(store, COMMANDS)));
      log(`appends run ${r + 1}: handleCommand ${fmt(commands[r].calls.rate)} cmd/s, appendToStream `
        + `${fmt(appends[r].calls.rate)} calls/s (${fmt(unhashed[r].calls.rate)} without hashes), naive INSERT ${fmt(inserts[r].events.rate)} rows/s`);
    }

    await bulkLoad(pool);
    await naiveReadRun(pool, BATCH);
    const reads: Sample[] = [], naiveReads: Sample[] = [], copies: Sample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      reads.push(await readAllRun(store, BATCH));
      settle();
      naiveReads.push(await naiveReadRun(pool, BATCH));
      settle();
      copies.push(await copyCeilingRun(pool));
      log(`readAll run ${r + 1}: ${fmt(reads[r].rate)} events/s, naive ${fmt(naiveReads[r].rate)} rows/s, COPY ${fmt(copies[r].rate)} rows/s`);
    }

    const verifies: Sample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      verifies.push(await verifyLogRun(pool));
      log(`verify log run ${r + 1}: ${fmt(verifies[r].rate)} events/s`);
    }

    const catchUps: Sample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      catchUps.push(await catchUpRun(pool, store, BATCH));
      log(`catch-up run ${r + 1}: ${fmt(catchUps[r].rate)} events/s`);
    }
    settle();
    const naiveCatchUp = await naiveCatchUpRun(pool, BATCH, NAIVE_CATCH_UP_EVENTS);
    log(`naive catch-up: ${fmt(naiveCatchUp.rate)} events/s`);

    const n = fmt(COMMANDS);
    const rows: Row[] = [
      { measure: `Commands through handleCommand with the process's stream cache (as the CommandBus runs them), ${WRITERS} writers, `
        + `${n} commands of 1–3 events`, unit: 'commands/s', baselineUnit: 'INSERTs/s', target: 5_000,
        damrong: commands.map((s) => s.calls), baseline: inserts.map((s) => s.events) },
      { measure: '… the same runs, in events', unit: 'events/s', baselineUnit: 'rows/s',
        damrong: commands.map((s) => s.events), baseline: inserts.map((s) => s.events) },
      { measure: `Raw appendToStream, ${WRITERS} writers, ${n} calls of 1–3 events`,
        unit: 'calls/s', baselineUnit: 'INSERTs/s', damrong: appends.map((s) => s.calls), baseline: inserts.map((s) => s.events) },
      { measure: `Raw appendToStream with each event's hash (the chain's trigger), ${WRITERS} writers, ${n} calls of 1–3 events `
        + '(baseline: the same with the trigger off)', unit: 'calls/s', baselineUnit: 'calls/s',
        damrong: appends.map((s) => s.calls), baseline: unhashed.map((s) => s.calls) },
      { measure: `store.readAll of ${fmt(LOAD_EVENTS)} events, batches of ${fmt(BATCH)}`,
        unit: 'events/s', baselineUnit: 'rows/s', damrong: reads, baseline: naiveReads, target: 200_000 },
      { measure: `The read ceiling: COPY of the ${fmt(LOAD_EVENTS)} events in readAll's order and columns to the client, nothing parsed `
        + '(baseline: store.readAll, as above)', unit: 'events/s', baselineUnit: 'events/s', damrong: copies, baseline: reads },
      { measure: `verify log: every stream of the ${fmt(LOAD_EVENTS)} events re-hashed (one statement)`,
        unit: 'events/s', baselineUnit: 'rows/s', damrong: verifies, baseline: naiveReads, target: 200_000 },
      { measure: `Projection catch-up from 0 over the ${fmt(LOAD_EVENTS)} events, StreamCatalogueProjection, batches of ${fmt(BATCH)} `
        + `(baseline: one run over the first ${fmt(Math.min(NAIVE_CATCH_UP_EVENTS, LOAD_EVENTS))} events)`, unit: 'events/s',
        damrong: catchUps, baseline: [naiveCatchUp], target: 50_000 },
    ];
    const hashCost = 1 - median(appends.map((s) => s.calls.rate)) / median(unhashed.map((s) => s.calls.rate));
    const notes = [
      fractionsNote('StreamCatalogueProjection catch-up', catchUps, reads, copies),
      `The chain of hashes (migration 600) costs ${(hashCost * 100).toFixed(1)}% of appendToStream's throughput (medians); `
        + 'verify log\'s baseline is the naive keyset read of the same log.',
      `Append baseline: one autocommitted single-row \`INSERT\` per event into \`naive_events\` (bigserial primary key), `
        + `${WRITERS} concurrent writers, as many events as the handleCommand run of the same round.`,
      'Each writer keeps to its own streams (`tally-<n>`, 10 commands a stream), so there are no version conflicts; '
        + 'handleCommand reads a stream only when its process did not write it last (the stream state cache); '
        + 'appendToStream alone knows the version it appends at.',
      `readAll/catch-up log: ${fmt(LOAD_EVENTS)} events bulk-loaded with \`INSERT … SELECT generate_series\` in `
        + `transactions of 50,000, ${fmt(LOAD_STREAMS)} streams with contiguous versions, small jsonb data and metadata; `
        + 'one untimed pass warms the caches before the timed reads.',
      'readAll baseline: `SELECT * FROM events WHERE global_position > $1 ORDER BY global_position LIMIT $2` keyset loop '
        + '(it would skip late-committing transactions; Damrong\'s read never does).',
      'Catch-up: from ProjectionRunner.start() until the checkpoint equals store.head(); the runner reads the next batch while '
        + 'it applies the current one; the catalogue reads no event\'s data (Projection.dataOf), so its read leaves data and metadata out. Baseline: keyset read, one upsert statement per event, one transaction per batch with '
        + 'its checkpoint. The loaded log is a worst case for the catalogue: every batch touches 5,000 different streams.',
    ];
    return { rows, notes };
  },
};
