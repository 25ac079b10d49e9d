import type pg from 'pg';
import { districtCountsBodies, serviceLog, load, startBare, startService, urlOf, type LoadSample } from '../graphql-load.bench.js';
import { fmt, log } from '../measure.js';
import type { Row } from '../report.js';
import { centralToken } from '../signed-in.js';
import { RUNS, type BenchSection } from './section.js';

/** Seconds of each autocannon run (BENCH_LOAD_SECONDS); the issue's measure was 20. */
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CONNECTIONS = [1, 32] as const;
/** At 32 connections: at least this share of the bare server's requests per second, and this 99th percentile. */
const TARGET_SHARE = 0.7;
const TARGET_P99_MS = 40;
/** How often the counts change in the runs "while the counts change": the runner's poll, a batch each time. */
const CHANGE_EVERY_MS = 200;

/** `work` while district-counts' checkpoint moves every CHANGE_EVERY_MS: each move sends the notice that empties the cache. */
async function whileCountsChange<T>(pool: pg.Pool, work: () => Promise<T>): Promise<T> {
  const move = () => void pool.query(`UPDATE projection_checkpoints SET updated_at = now() WHERE name = 'district-counts'`).catch(() => undefined);
  const timer = setInterval(move, CHANGE_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/**
 * Issue 19: districtCounts over GraphQL/HTTP under load, signed in, against the whole service in a process of its
 * own, beside graphql-js on node:http answering the same schema with the same reads, in the same run.
 */
export const graphqlLoadSection: BenchSection = {
  name: 'graphql-load',
  async run(pool: pg.Pool) {
    const url = urlOf(pool);
    const service = await startService(url);
    const bare = await startBare(url);
    try {
      const token = await centralToken(pool, serviceLog(pool), service.url);
      const bodies = districtCountsBodies();
      await load(service, bodies, 8, 3, token);
      await load(bare, bodies, 8, 3);
      const samples = new Map<number, { damrong: LoadSample[]; baseline: LoadSample[] }>(CONNECTIONS.map((c) => [c, { damrong: [], baseline: [] }]));
      const changing: LoadSample[] = [];
      for (let r = 0; r < RUNS; r++) {
        for (const connections of CONNECTIONS) {
          const s = samples.get(connections)!;
          s.damrong.push(await load(service, bodies, connections, SECONDS, token));
          s.baseline.push(await load(bare, bodies, connections, SECONDS));
          const [d, b] = [s.damrong.at(-1)!, s.baseline.at(-1)!];
          log(`graphql load run ${r + 1}, ${connections} connections: service ${fmt(d.rate.rate)} req/s p50 ${d.latency.p50Ms} ms p99 ${d.latency.p99Ms} ms `
            + `CPU ${d.cpuMsPerRequest?.toFixed(2)} ms/request; bare ${fmt(b.rate.rate)} req/s p50 ${b.latency.p50Ms} ms p99 ${b.latency.p99Ms} ms `
            + `CPU ${b.cpuMsPerRequest?.toFixed(2)} ms/request (${(d.rate.rate / b.rate.rate).toFixed(2)}×)`);
        }
        const c = await whileCountsChange(pool, () => load(service, bodies, 32, SECONDS, token));
        changing.push(c);
        log(`graphql load run ${r + 1}, 32 connections, the counts changing: service ${fmt(c.rate.rate)} req/s p50 ${c.latency.p50Ms} ms p99 ${c.latency.p99Ms} ms`);
      }
      const rows: Row[] = CONNECTIONS.flatMap((connections): Row[] => {
        const s = samples.get(connections)!;
        const what = `districtCounts over GraphQL/HTTP, signed in, ${connections} connection${connections > 1 ? 's' : ''} × ${SECONDS} s (autocannon)`;
        return [
          { measure: `${what}: the whole service (baseline: graphql-js on node:http, same schema and reads, no sign-in or scope)`,
            unit: 'requests/s', damrong: s.damrong.map((x) => x.rate), baseline: s.baseline.map((x) => x.rate) },
          { kind: 'latency', measure: `${what}: response times, the same runs`, damrong: s.damrong.map((x) => x.latency),
            baseline: s.baseline.map((x) => x.latency), ...(connections === 32 ? { targetP99Ms: TARGET_P99_MS } : {}) },
        ];
      });
      const bare32 = samples.get(32)!.baseline;
      const what = `districtCounts over GraphQL/HTTP, signed in, 32 connections × ${SECONDS} s (autocannon), the counts changing every ${CHANGE_EVERY_MS} ms`;
      rows.push(
        { measure: `${what}: the whole service, each province read anew after each change (baseline: graphql-js on node:http, as above)`,
          unit: 'requests/s', damrong: changing.map((x) => x.rate), baseline: bare32.map((x) => x.rate) },
        { kind: 'latency', measure: `${what}: response times, the same runs`, damrong: changing.map((x) => x.latency),
          baseline: bare32.map((x) => x.latency), targetP99Ms: TARGET_P99_MS },
      );
      const cpu = (xs: LoadSample[]) => xs.map((x) => x.cpuMsPerRequest?.toFixed(2) ?? '?').join(', ');
      const notes = [
        `Server CPU time per request (ms, each run; /proc of each server's process, which the machine's load does not inflate as it does `
          + `response times): ${CONNECTIONS.map((c) => `${c} connection(s): service ${cpu(samples.get(c)!.damrong)}, bare ${cpu(samples.get(c)!.baseline)}`).join('; ')}.`,
        `The service is src/main.ts with NODE_ENV=production (BENCH_SERVICE=dist: dist/main.js), on the bench database, every module `
          + 'running (projections, operation log at info, metrics), in a child process; the baseline bench/bare-graphql.server.ts in another. '
          + `autocannon in the bench process sends districtCounts of each province in turn (Thai digits every other time), every count field, `
          + `the service's with a central administrator's Bearer token. Runs alternate service and baseline; the target at 32 connections is `
          + `${TARGET_SHARE}× the baseline's requests/s and a p99 under ${TARGET_P99_MS} ms. The district-count tables are empty: both read the same rows.`,
        'The service keeps what a scope read of the counts until a notice says district-counts or district-transfers changed '
          + '(ReadModelChanges: the checkpoint trigger, a swap, an erasure), so in the first runs, where nothing changes, a request after '
          + "each province's first costs the session's round trip alone; the runs \"the counts changing\" move district-counts' checkpoint "
          + `every ${CHANGE_EVERY_MS} ms from the bench process, as the runner's batches of a steady stream of registrations would, `
          + 'and every province is read anew after each move. The bare server caches nothing.',
      ];
      return { rows, notes };
    } finally {
      await service.stop();
      await bare.stop();
    }
  },
};
