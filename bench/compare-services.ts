/**
 * A before-and-after comparison of the GraphQL load bench: the service of this checkout and of another
 * (`npm run bench:compare -- <root of the other checkout>`, its node_modules in place), and the bare server,
 * taking turns on one bench database at 1 and 32 connections, BENCH_RUNS rounds of BENCH_LOAD_SECONDS each.
 * Prints each run and the load average; writes nothing.
 */
import { loadAverage } from './machine.js';
import { districtCountsBodies, serviceLog, load, startBare, startService, urlOf, type LoadTarget } from './graphql-load.bench.js';
import { fmt, log } from './measure.js';
import { createBenchDatabase, openServer } from './server.js';
import { centralToken } from './signed-in.js';

const other = process.argv[2];
if (!other) throw new Error('usage: bench:compare <root of the other checkout>');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);

const server = await openServer();
const db = await createBenchDatabase(server.adminUrl, 4);
const started: LoadTarget[] = [];
try {
  const url = urlOf(db.pool);
  const here = await startService(url);
  started.push(here);
  const token = await centralToken(db.pool, serviceLog(db.pool), here.url);
  const there = await startService(url, other);
  started.push(there);
  const bare = await startBare(url);
  started.push(bare);
  const bodies = districtCountsBodies();
  const targets = [['this checkout', here, token], [other, there, token], ['bare graphql-js', bare, undefined]] as const;
  for (const [, target, t] of targets) await load(target, bodies, 8, 3, t);
  for (let r = 0; r < RUNS; r++) {
    for (const connections of [1, 32]) {
      for (const [name, target, t] of r % 2 ? [...targets].reverse() : targets) {
        const before = loadAverage();
        const s = await load(target, bodies, connections, SECONDS, t);
        log(`run ${r + 1} ${connections} conn ${name}: ${fmt(s.rate.rate)} req/s, p50 ${s.latency.p50Ms} ms, p99 ${s.latency.p99Ms} ms, server CPU ${s.cpuMsPerRequest?.toFixed(2)} ms/request `
          + `(load ${before} → ${loadAverage()})`);
      }
    }
  }
} finally {
  for (const target of started) await target.stop();
  await db.drop();
  await server.stop();
}
