import type pg from 'pg';
import { logIsIntact, verifyLog } from '../../src/audit/log-integrity/log-verification.js';
import { START_OF_LOG } from '../../src/eventstore/event-store.port.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { ProjectionRebuilder } from '../../src/projections/rebuild/projection-rebuilder.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { REPORT_DAYS } from '../daily-report.bench.js';
import { loadDebtCases } from '../daily-report.load.js';
import { loadAverage } from '../machine.js';
import { fmt, log, now, sample, settle, sleep, type Latency, type Sample } from '../measure.js';
import { benchCodec, rewriteCeilingRun, sealLogRun } from '../personal-data.bench.js';
import type { Row } from '../report.js';
import type { BenchSection } from './section.js';

/** Whole debt cases loaded (BENCH_REBUILD_CASES; 150,000 is the debt section's ~1.2M events). */
const CASES = Number(process.env.BENCH_REBUILD_CASES ?? 150_000);
const BATCH = Number(process.env.BENCH_REBUILD_BATCH ?? 20_000);
/** The projections that read debt events (the complaint ones have nothing to do here). */
const DEBT_PROJECTIONS = ['stream-catalogue', 'debt-cases', 'district-counts', 'district-transfers', 'mediation-report-ledger', 'case-handovers'];

/** Reads of the case list and the district counts, one after another until stopped: their latencies. */
function readLoop(pool: pg.Pool) {
  const times: number[] = [];
  const spans: [number, number][] = [];
  let reading = true;
  const loop = (async () => {
    for (let i = 0; reading; i++) {
      const t = now();
      await pool.query('SELECT case_id FROM debt_cases WHERE district_code = $1 ORDER BY registered_at DESC LIMIT 20', [i % 2 ? '1001' : '4901']);
      await pool.query(`SELECT sum(registered) FROM district_counts WHERE province_code = '10'`);
      times.push(now() - t);
      spans.push([t, now()]);
    }
  })();
  return async (): Promise<Latency & { maxMs: number; spans: [number, number][] }> => {
    reading = false;
    await loop;
    const seconds = times.reduce((a, b) => a + b, 0) / 1000;
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
    return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted.at(-1) ?? 0, count: times.length, seconds, spans };
  };
}

/**
 * Issue 13: the debt projections' live catch-up from the start of the log, then their full rebuild into shadow
 * tables (verified and swapped) over the same log, with the process's peak RSS and a read loop's latencies
 * before and during the rebuild (its maximum: the swap's pause as readers see it).
 */
export const rebuildSection: BenchSection = {
  name: 'rebuild',
  async run(pool: pg.Pool) {
    const store = new PostgresEventStore(pool);
    const projections = allProjections().filter((p) => DEBT_PROJECTIONS.includes(p.name));
    const load = await loadDebtCases(store, CASES, REPORT_DAYS.slice(0, -1));
    await pool.query('VACUUM (ANALYZE) events');
    const head = await store.head(START_OF_LOG);
    log(`loaded ${fmt(CASES)} cases, ${fmt(head.eventsAfter)} events (${fmt(load.rate)} events/s)`);

    const runner = new ProjectionRunner(pool, store, projections, { pollMs: 10 });
    let startedAt = now();
    runner.start();
    for (;;) {
      const checkpoints = await readCheckpoints(pool);
      const behind = await Promise.all(projections.map(async (p) => checkpoints.get(p.name)
        ? (await store.head(checkpoints.get(p.name)!.position)).eventsAfter : Infinity));
      if (behind.every((n) => n === 0)) break;
      await sleep(50);
    }
    const live: Sample = sample(head.eventsAfter, startedAt);
    log(`live catch-up of ${projections.length} projections: ${fmt(live.rate)} events/s`);

    const idle = readLoop(pool);
    await sleep(2_000);
    const before = await idle();

    settle();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const during = readLoop(pool);
    // Each swap's window: from its SWAPPING line to the next line (the commit comes before it).
    const swaps: [number, number][] = [];
    const stageLine = (line: string) => {
      const open = swaps.at(-1);
      if (open && open[1] === Infinity) open[1] = now();
      if (line.includes(' SWAPPING ')) swaps.push([now(), Infinity]);
      log(line);
    };
    const rebuilder = new ProjectionRebuilder(pool, store, projections, { batchSize: BATCH, log: stageLine });
    startedAt = now();
    const run = await (await rebuilder.start({ names: null, mode: 'REBUILD', acceptDifferences: false, requestedBy: 'bench' })).done;
    const rebuilt = sample(head.eventsAfter, startedAt);
    const reads = await during();
    clearInterval(watch);
    const swapPause = Math.max(0, ...reads.spans.filter(([s, e]) => swaps.some(([from, to]) => s < to && e > from)).map(([s, e]) => e - s));
    await runner.stop();
    if (run.state !== 'SWAPPED') throw new Error(`the rebuild ended ${run.state}: ${run.error ?? JSON.stringify(run.parts)}`);
    log(`rebuild: ${fmt(rebuilt.rate)} events/s, peak RSS ${fmt(peak / 2 ** 20)} MB (${fmt(rssBefore / 2 ** 20)} MB before); `
      + `reads p50 ${reads.p50Ms.toFixed(1)} ms, max ${reads.maxMs.toFixed(1)} ms, max during a swap ${swapPause.toFixed(1)} ms `
      + `(before: max ${before.maxMs.toFixed(1)} ms)`);

    // Issue 17: the one-time sealing in place (seal-log) of the same log, written plain as before sealing; verify before and after.
    const sealingLoad = loadAverage();
    const types = Object.keys(PERSONAL_FIELD_CATALOGUE);
    if (!logIsIntact(await verifyLog(pool))) throw new Error('the log does not verify before sealing in place');
    const ceiling = await rewriteCeilingRun(pool, types);
    settle();
    const resealed = await sealLogRun(pool, benchCodec(pool).codec, types);
    const verified = await verifyLog(pool);
    if (!logIsIntact(verified)) throw new Error(`the log does not verify after sealing in place: ${JSON.stringify(verified).slice(0, 500)}`);
    log(`seal-log over ${fmt(resealed.read)} events: ${fmt(resealed.count)} sealed in ${resealed.seconds.toFixed(1)} s; the log verifies after it`);

    const n = fmt(head.eventsAfter);
    const rows: Row[] = [
      { measure: `Full rebuild of the ${projections.length} debt projections over ${n} events into shadow tables, batches of ${fmt(BATCH)}, `
        + 'verified and swapped (baseline: the live runner\'s catch-up from 0, batches of 2,000)',
        unit: 'events/s', baselineUnit: 'events/s (live)', damrong: [rebuilt], baseline: [live] },
      { kind: 'latency', measure: 'A read of the case list and the district counts during that rebuild and its swap (baseline: before it)',
        damrong: [reads], baseline: [before] },
      { measure: `The one-time sealing in place of the same ${n} events, written plain (npm run cli -- personal-data seal-log, batches of 2,000): `
        + `every link checked, the ${fmt(resealed.count)} events holding personal data sealed with a receipt each, the log verified after it `
        + '(baseline: the database alone writing the same rows back as they are, one UPDATE rolled back)',
        unit: 'events/s', baselineUnit: 'rows/s', damrong: [{ rate: resealed.read / resealed.seconds, count: resealed.read, seconds: resealed.seconds }],
        baseline: [ceiling] },
    ];
    return {
      rows,
      notes: [
        `rebuild over ${n} events: peak RSS ${fmt(peak / 2 ** 20)} MB (${fmt(rssBefore / 2 ** 20)} MB before); the slowest read overlapping `
          + `a swap (its pause as a reader sees it) ${swapPause.toFixed(1)} ms; the slowest during the whole rebuild ${reads.maxMs.toFixed(1)} ms `
          + `(the reads share the bench's event loop with the rebuild's fold of each 20,000-event batch), before it ${before.maxMs.toFixed(1)} ms.`,
        `seal-log over ${n} events: ${fmt(resealed.count)} sealed (the rest hold no personal field) in ${resealed.seconds.toFixed(1)} s; verify log `
          + `finds every link, seal and reseal intact before and after. Load average (1, 5, 15 min) ${sealingLoad} at its start, ${loadAverage()} at its end.`,
      ],
    };
  },
};
