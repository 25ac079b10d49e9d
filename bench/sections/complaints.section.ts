import type pg from 'pg';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import {
  CALLS, CLIENTS, COMPLAINTS, complaintCatchUpRun, duplicateCheckRun, inComplaints, LOAD_BATCH, loadComplaints, NAIVE_TABLES,
  naiveCatchUpRun, naiveDuplicateCheckRun, naiveLoadRun, naiveReceiveRun, naiveStatisticsRun, naiveStatusRun, RECEIVES,
  receiveRun, someTrackingCodes, statisticsRun, statusRun, TARGETS, withReceiver, type CatchUpSample,
} from '../complaints.bench.js';
import { CEILING_COMPLAINT_TABLE, complaintSqlCeilingRun, copyCeilingRun, fractionsNote } from '../ceilings.bench.js';
import { fmt, log, settle, type Latency, type Sample } from '../measure.js';
import { readAllRun } from '../read-all.bench.js';
import type { Row } from '../report.js';
import { RUNS, type BenchSection } from './section.js';

/** Baselines are slow by design: they run on part of the data (BENCH_NAIVE_COMPLAINT_* sets how much). */
const NAIVE_LOAD = Number(process.env.BENCH_NAIVE_COMPLAINT_LOAD ?? 2_000);
const NAIVE_CATCH_UP_EVENTS = Number(process.env.BENCH_NAIVE_COMPLAINT_CATCH_UP_EVENTS ?? 10_000);
const NAIVE_CALLS = Number(process.env.BENCH_NAIVE_COMPLAINT_CALLS ?? 20);
/** Events a batch of the catch-up and of the reads it is compared with. */
const CATCH_UP_BATCH = Number(process.env.BENCH_COMPLAINT_CATCH_UP_BATCH ?? 5_000);
const LOADED = 1;
const RECEIVED = 2;
const NAIVE_RECEIVED = 3;

/** Runs `measure` RUNS times, collecting garbage before each, logging each result. */
async function repeat<T>(name: string, measure: (r: number) => Promise<T>, text: (t: T) => string): Promise<T[]> {
  const results: T[] = [];
  for (let r = 0; r < RUNS; r++) {
    settle();
    results.push(await measure(r));
    log(`${name} run ${r + 1}: ${text(results[r])}`);
  }
  return results;
}
const ms = (l: Latency) => `p50 ${l.p50Ms.toFixed(2)} ms, p99 ${l.p99Ms.toFixed(2)} ms`;

/**
 * Issue 5: a national complaint log bulk-loaded, the complaint projections catching up on it, receipts
 * through the CommandBus, and the duplicate check, statistics and public status lookups against it.
 */
export const complaintsSection: BenchSection = {
  name: 'complaints',
  async run(pool: pg.Pool) {
    const store = new PostgresEventStore(pool);
    await pool.query(NAIVE_TABLES);

    const naiveLoad = await naiveLoadRun(pool, LOADED, NAIVE_LOAD);
    log(`naive load: ${fmt(naiveLoad.rate)} complaints/s`);
    const load = await loadComplaints(store, LOADED);
    log(`loaded ${fmt(COMPLAINTS)} complaints (${fmt(load.events.count)} events) in ${load.complaints.seconds.toFixed(1)} s: `
      + `${fmt(load.complaints.rate)} complaints/s`);
    await pool.query('VACUUM (ANALYZE) events');

    await pool.query(CEILING_COMPLAINT_TABLE);
    await readAllRun(store, CATCH_UP_BATCH);
    const reads = await repeat('readAll of the complaint log', () => readAllRun(store, CATCH_UP_BATCH), (s) => `${fmt(s.rate)} events/s`);
    const copies = await repeat('COPY of the complaint log', () => copyCeilingRun(pool), (s) => `${fmt(s.rate)} events/s`);
    settle();
    const sqlCeiling = await complaintSqlCeilingRun(pool);
    log(`complaint list in one INSERT … SELECT: ${fmt(sqlCeiling.rate)} events/s`);

    const naiveCatchUp = await naiveCatchUpRun(pool, store, NAIVE_CATCH_UP_EVENTS);
    log(`naive catch-up: ${fmt(naiveCatchUp.complaints.rate)} complaints/s, ${fmt(naiveCatchUp.events.rate)} events/s`);
    const catchUp: CatchUpSample = inComplaints(await complaintCatchUpRun(pool, store, CATCH_UP_BATCH), COMPLAINTS);
    log(`catch-up: ${fmt(catchUp.complaints.rate)} complaints/s, ${fmt(catchUp.events.rate)} events/s in ${catchUp.events.seconds.toFixed(1)} s`);
    await pool.query('VACUUM (ANALYZE) complaint_list, complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups');

    await duplicateCheckRun(pool, store, 100, COMPLAINTS);
    const duplicates = await repeat('duplicate check', () => duplicateCheckRun(pool, store, CALLS, COMPLAINTS), ms);
    const naiveDuplicates = await naiveDuplicateCheckRun(pool, NAIVE_CALLS, COMPLAINTS);
    log(`naive duplicate check: ${ms(naiveDuplicates)}`);

    await statisticsRun(pool, 100);
    const statistics = await repeat('complaintStatistics', () => statisticsRun(pool, CALLS), ms);
    const naiveStatistics = await naiveStatisticsRun(pool, NAIVE_CALLS);
    log(`naive statistics: ${ms(naiveStatistics)}`);

    const codes = await someTrackingCodes(pool, CALLS);
    await statusRun(pool, codes, 100);
    const statuses = await repeat('complaintStatus', () => statusRun(pool, codes, CALLS), ms);
    const naiveStatuses = await naiveStatusRun(pool, codes, NAIVE_CALLS);
    log(`naive complaintStatus: ${ms(naiveStatuses)}`);

    const receives: Sample[] = [], inserts: Sample[] = [];
    await withReceiver(pool, async (handlers) => {
      await receiveRun(handlers, RECEIVED, COMPLAINTS + RUNS * RECEIVES, 500, COMPLAINTS);
      for (let r = 0; r < RUNS; r++) {
        const first = COMPLAINTS + r * RECEIVES;
        settle();
        receives.push(await receiveRun(handlers, RECEIVED, first, RECEIVES, COMPLAINTS));
        settle();
        inserts.push(await naiveReceiveRun(pool, NAIVE_RECEIVED, first, RECEIVES, COMPLAINTS));
        log(`receive run ${r + 1}: CommandBus ${fmt(receives[r].rate)} complaints/s, naive INSERT ${fmt(inserts[r].rate)} rows/s`);
      }
    });

    const n = fmt(COMPLAINTS);
    const rows: Row[] = [
      { measure: `Bulk load of ${n} complaints (${fmt(load.events.count)} events) with appendNewStreams, ${fmt(LOAD_BATCH)} a call `
        + `(baseline: the first ${fmt(NAIVE_LOAD)} complaints, one INSERT per event)`, unit: 'complaints/s',
        damrong: [load.complaints], baseline: [naiveLoad] },
      { measure: `Catch-up of complaint-list and complaint-statistics from 0 over the ${n} complaints, batches of ${fmt(CATCH_UP_BATCH)} events `
        + `(baseline: the same projections one event at a time over the first ${fmt(NAIVE_CATCH_UP_EVENTS)} events)`,
        unit: 'complaints/s', damrong: [catchUp.complaints], baseline: [naiveCatchUp.complaints], target: TARGETS.catchUpComplaintsPerSecond },
      { measure: '… the same catch-up, in events', unit: 'events/s', damrong: [catchUp.events], baseline: [naiveCatchUp.events] },
      { measure: `store.readAll of the complaint log (${fmt(reads[0].count)} events), batches of ${fmt(CATCH_UP_BATCH)} `
        + '(baseline: the COPY ceiling, the same log in readAll\'s order and columns, nothing parsed)',
        unit: 'events/s', damrong: reads, baseline: copies },
      { measure: 'The complaint list\'s set-based SQL ceiling: every row built from the log in one INSERT … SELECT (baseline: the '
        + 'catch-up of both complaint projections, as above)', unit: 'events/s', damrong: [sqlCeiling], baseline: [catchUp.events] },
      { measure: `ReceiveComplaint through the CommandBus (duplicate lookup, tracking code, decider, append), ${CLIENTS} clients, `
        + `${fmt(RECEIVES)} a run`, unit: 'complaints/s', baselineUnit: 'INSERTs/s', damrong: receives, baseline: inserts },
      { kind: 'latency', measure: `Duplicate check at receipt (loadDuplicateCandidates) over ${n} complaints`
        + ` (baseline: the same lookup by sequential scan, ${NAIVE_CALLS} calls)`,
        damrong: duplicates, baseline: [naiveDuplicates], targetP99Ms: TARGETS.duplicateCheckP99Ms },
      { kind: 'latency', measure: `complaintStatistics through its resolver over ${n} complaints (baseline: GROUP BY over the complaint list, ${NAIVE_CALLS} calls)`,
        damrong: statistics, baseline: [naiveStatistics], targetP99Ms: TARGETS.statisticsP99Ms },
      { kind: 'latency', measure: `Public complaintStatus(trackingCode) through its resolver (baseline: sequential scan of the list, ${NAIVE_CALLS} calls)`,
        damrong: statuses, baseline: [naiveStatuses] },
    ];
    const notes = [
      fractionsNote('The complaint catch-up (both projections)', [catchUp.events], reads, copies)
        + ` The set-based SQL ceiling of the complaint list alone: ${fmt(sqlCeiling.rate)} events/s.`,
      'The set-based SQL ceiling is the closest honest equivalent of the list\'s fold, not the same: status from the last '
        + 'status-changing event, holder from the last forward, text keys and trigrams in plain SQL lower case (no Thai folding); '
        + 'it writes a copy of complaint_list with all its indexes (ceilings.bench.ts). The statistics projection has no ceiling here.',
      'Size: BENCH_COMPLAINTS (default 1,000,000); on a quiet 2-core machine the section runs about 7 minutes, half of it loading '
        + 'and catching up. The catch-up target (10,000 complaints/s) is the project\'s own, not an issue\'s.',
      `Load: ${n} complaints received over the five years up to the day before the run, in every district of the 77 provinces, `
        + 'every main and sub category; one in five from a citizen who complained a few days or weeks earlier (listed as a possible '
        + 'duplicate, some then closed as duplicates), one in ten anonymous, four in ten with no party complained about, one in twenty '
        + 'of the others about one of 50 lenders complained about nationwide. Each complaint\'s commands go through the complaint decider; '
        + 'about 80% end resolved or closed, more of the last months\' are open. A stream is appended whole, so its events lie together in the log.',
      'Catch-up: ProjectionRunner with both projections from position 0 (tables emptied) until both checkpoints are the head; each '
        + 'projection reads the log itself on its own connection. The naive baseline applies each event alone (the projection\'s read '
        + 'and upsert per event) in transactions of 5,000 with a checkpoint row.',
      `Receive: ComplaintCommandHandlers.receive in a Nest application context (DatabaseModule.forRoot, EventStoreModule, ComplaintModule), `
        + `${CLIENTS} concurrent clients, complaints received now whose complainants often complained in the loaded months; the complaint list's `
        + 'projection runs meanwhile (the duplicate check reads the list and the log past its checkpoint). Baseline: one autocommitted INSERT of the same details into a bare table per complaint, same clients.',
      'Latencies: calls one after another, after 100 unmeasured ones; keys and tracking codes of loaded complaints picked at random '
        + '(every other code typed with dashes). Statistics ask in turn: the country by month for a year, a province by district for '
        + 'a year, a district by month and category for two years, the country by province over all five years.',
    ];
    return { rows, notes };
  },
};
