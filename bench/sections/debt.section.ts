import type pg from 'pg';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import {
  countsLatencyRun, DEBT_WRITERS, DEBTORS, debtCommandsRun, debtCommandsWithoutCacheRun, districtCountsCatchUpRun,
  LATENCY_REQUESTS, naiveDistrictCountsRun, TARGETS, withDebtHandlers, type CommandsSample,
} from '../debt-cases.bench.js';
import { freezeDailyReportRun, loadReportCases, type FreezeSamples } from '../daily-report.bench.js';
import { fmt, log, settle, type Latency, type Sample } from '../measure.js';
import type { Row } from '../report.js';
import { RUNS, type BenchSection } from './section.js';

/** Cases of 8 commands a run through the bus (BENCH_DEBT_BUS_CASES) and through the cacheless baseline (BENCH_NAIVE_DEBT_CASES). */
const BUS_CASES = Number(process.env.BENCH_DEBT_BUS_CASES ?? 4_000);
const NAIVE_CASES = Number(process.env.BENCH_NAIVE_DEBT_CASES ?? 2_000);
const WARM_UP_CASES = 400;
const ms = (l: Latency) => `p50 ${l.p50Ms.toFixed(2)} ms, p99 ${l.p99Ms.toFixed(2)} ms`;
const perCommand = (s: CommandsSample) => `${fmt(s.commands.rate)} commands/s`;

/**
 * Issues 3 and 4: debt commands through the CommandBus; then DEBTORS (150,000) whole cases bulk-loaded, the
 * district counts and the report ledger catching up on them, districtCounts over GraphQL, the 15:00 report
 * frozen for all 928 districts and read through its service.
 */
export const debtSection: BenchSection = {
  name: 'debt',
  async run(pool: pg.Pool) {
    const store = new PostgresEventStore(pool);

    const bus: CommandsSample[] = [], naive: CommandsSample[] = [];
    let naiveCatchUp: Sample | undefined;
    await withDebtHandlers(pool, async (handlers) => {
      await debtCommandsRun(handlers, WARM_UP_CASES);
      await debtCommandsWithoutCacheRun(store, WARM_UP_CASES);
      naiveCatchUp = await districtCountsCatchUpRun(pool, store, 1);
      log(`district counts, one event a batch over the first ${fmt(naiveCatchUp.count)} events: ${fmt(naiveCatchUp.rate)} events/s`);
      for (let r = 0; r < RUNS; r++) {
        settle();
        bus.push(await debtCommandsRun(handlers, BUS_CASES));
        settle();
        naive.push(await debtCommandsWithoutCacheRun(store, NAIVE_CASES));
        log(`debt commands run ${r + 1}: CommandBus ${perCommand(bus[r])}, handleCommand without cache ${perCommand(naive[r])}`);
      }
    });

    const { load, catchUp: ledger } = await loadReportCases(pool, store, DEBTORS);
    log(`loaded ${fmt(DEBTORS)} cases: ${fmt(load.rate)} events/s; report ledger caught up at ${fmt(ledger.rate)} events/s`);

    const catchUps: Sample[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      catchUps.push(await districtCountsCatchUpRun(pool, store));
      log(`district counts catch-up run ${r + 1}: ${fmt(catchUps[r].rate)} events/s over ${fmt(catchUps[r].count)} events`);
    }
    await pool.query('VACUUM (ANALYZE) district_counts, district_count_cases');

    // The freezes come before the GraphQL runs: signing in appends an account, and a report waits for the ledger to reach the head.

    const freezes: FreezeSamples[] = [];
    for (let r = 0; r < RUNS; r++) {
      settle();
      freezes.push(await freezeDailyReportRun(pool, store));
      log(`freeze run ${r + 1}: first report ${freezes[r].full.seconds.toFixed(3)} s, next day ${freezes[r].incremental.seconds.toFixed(3)} s`);
    }

    const counts = await countsLatencyRun(pool, LATENCY_REQUESTS);
    log(`districtCounts ${ms(counts.districtCounts)}, provinceCounts ${ms(counts.provinceCounts)}, nationalCounts ${ms(counts.nationalCounts)}, `
      + `dailyMediationReport frozen ${ms(counts.frozenReport)}, provisional ${ms(counts.provisionalReport)}`);
    await naiveDistrictCountsRun(pool, 50);
    const naiveCounts = await naiveDistrictCountsRun(pool, LATENCY_REQUESTS);
    log(`naive district counts: ${ms(naiveCounts)}`);

    const seconds = (s: Sample): Latency => ({ p50Ms: s.seconds * 1000, p99Ms: s.seconds * 1000, count: 1, seconds: s.seconds });
    const n = fmt(DEBTORS);
    const rows: Row[] = [
      { measure: `Debt commands through DebtCommandHandlers and the CommandBus, ${DEBT_WRITERS} writers, ${fmt(BUS_CASES)} cases of 8 commands a run `
        + `(baseline: handleCommand reading the stream at every command, ${fmt(NAIVE_CASES)} cases)`,
        unit: 'commands/s', target: TARGETS.commandsPerSecond, damrong: bus.map((s) => s.commands), baseline: naive.map((s) => s.commands) },
      { measure: `Bulk load of ${n} whole debt cases with appendNewStreams (${fmt(load.count)} events), then the report ledger's catch-up`,
        unit: 'events/s', baselineUnit: 'events/s (ledger)', damrong: [load], baseline: [ledger] },
      { measure: `district-counts catch-up from 0 over the ${fmt(catchUps[0].count)} events, batches of 5,000 `
        + `(baseline: batches of one event over the first ${fmt(naiveCatchUp!.count)})`, unit: 'events/s', damrong: catchUps, baseline: [naiveCatchUp!] },
      { kind: 'latency', measure: `districtCounts(provinceCode) over GraphQL/HTTP, signed in, ${n} cases (baseline: GROUP BY over the per-case rows in SQL alone)`,
        damrong: [counts.districtCounts], baseline: [naiveCounts], targetP99Ms: TARGETS.districtCountsP99Ms },
      { kind: 'latency', measure: 'provinceCounts, then nationalCounts, the same way (no baseline: each beside the other)',
        damrong: [counts.provinceCounts], baseline: [counts.nationalCounts] },
      { kind: 'latency', measure: `Freezing the 15:00 daily report for all 928 districts over ${n} cases, a following working day `
        + '(baseline: the first report ever, summing the whole ledger)', damrong: freezes.map((f) => seconds(f.incremental)),
        baseline: freezes.map((f) => seconds(f.full)), targetP99Ms: 1_000 },
      { kind: 'latency', measure: `dailyMediationReport(date, provinceCode) of a frozen day over GraphQL/HTTP, signed in, each province in turn `
        + '(baseline: the provisional report of the next working day, computed live from the ledger)',
        damrong: [counts.frozenReport], baseline: [counts.provisionalReport], targetP99Ms: 20 },
    ];
    const notes = [
      `Commands: lives of 8 commands (register, an unreached and a reached contact, a failed mediation, an agreed one, then every tenth case `
        + `transferred and the others closed), ${DEBT_WRITERS} writers each sending its cases' commands in order, signed in as a central legal officer; `
        + 'the registration looks up the debtor\'s open cases (the debt case list and the log past its checkpoint); the debt case list\'s projection runs meanwhile, as in the service. The baseline writes the same lives straight through '
        + 'handleCommand with no stream cache, so each command reads and folds its stream first.',
      `Load: ${n} cases spread over the 928 districts and 14 working days of March 2025, 8 events for most (an unreached and a reached `
        + 'contact, a failed mediation, a second one agreed for 6 in 10, then closed, transferred or withdrawn; 1 in 10 never reached), written '
        + 'whole with appendNewStreams 1,000 at a time.',
      `districtCounts: ${fmt(LATENCY_REQUESTS)} requests one after another after 50 unmeasured, each province in turn (Thai digits every other time), every count `
        + 'field, against a Nest service holding the resolver and sign-in only. Its cost does not grow with cases: 928 rows.',
      'Freeze: DailyReportFreezer.freeze at 15:00:01 with the ledger caught up; the first day sums the whole ledger, the next adds the day '
        + 'and the corrections to the previous report. Its rows show one time per run as both p50 and p99.',
      'dailyMediationReport: the same service as districtCounts, with the report resolver; every district\'s period and cumulative '
        + 'figures, the province total and the corrections.',
    ];
    return { rows, notes };
  },
};
