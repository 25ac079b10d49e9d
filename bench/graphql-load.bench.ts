import { createHash } from 'node:crypto';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type pg from 'pg';
import { CodecEventStore } from '../src/eventstore/event-codec.js';
import type { EventStore } from '../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../src/eventstore/postgres/postgres-event-store.js';
import { provinces } from '../src/geography/geography.js';
import { deriveMasterKeys } from '../src/personal-data/keys/envelope.js';
import { Keyring } from '../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../src/personal-data/keys/personal-data-codec.js';
import { PERSONAL_FIELD_CATALOGUE } from '../src/personal-data/keys/personal-field-catalogue.js';
import { toThaiDigits } from '../src/shared/thai-digits.js';
import type { Latency, Sample } from './measure.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const SWC = ['--import', '@swc-node/register/esm-register'];

/** A server of the bench in a child process of its own: the load generator does not share its event loop. */
export interface LoadTarget {
  url: string;
  /** CPU time (user and system) the server's process has used, in ms; undefined where /proc is not. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** The CPU time of process `pid` from /proc (Linux), in ms. */
function cpuOf(pid: number | undefined): () => number | undefined {
  return () => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100)
    } catch {
      return undefined;
    }
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function waitUntil(ready: () => Promise<boolean>, child: ChildProcess, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start in 60 s`);
}

/** The master key of personal data the bench's service runs with (production needs one): the same in every run and checkout. */
const BENCH_MASTER_KEY = createHash('sha256').update('damrong bench master key').digest('base64');

/** The log as the bench's service opens it: its events sealed under the same master key (staff accounts are personal data). */
export function serviceLog(pool: pg.Pool): EventStore {
  const keyring = new Keyring(pool, deriveMasterKeys(Buffer.from(BENCH_MASTER_KEY, 'base64')), { keysDurableWithTheLog: true });
  return new CodecEventStore(new PostgresEventStore(pool), new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE));
}

/**
 * The whole service as `npm run start:prod` runs it (src/main.ts: AppModule, its projections, logs and metrics;
 * NODE_ENV=production), on `databaseUrl`, from the sources through swc (BENCH_SERVICE=dist: the build in dist/); `root`: another
 * checkout of the service (a before-and-after comparison). BENCH_SERVICE_NODE_FLAGS: node flags for it (`--cpu-prof`).
 */
export async function startService(databaseUrl: string, root = ROOT): Promise<LoadTarget> {
  const port = await freePort();
  const main = process.env.BENCH_SERVICE === 'dist' ? ['dist/main.js'] : [...SWC, 'src/main.ts'];
  const flags = process.env.BENCH_SERVICE_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, ...main], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', PERSONAL_DATA_MASTER_KEY: BENCH_MASTER_KEY, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', EVENT_STORE: 'postgres' },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${base}/health/live`)).ok, child, 'the service');
  return { url: `${base}/graphql`, cpuMs: cpuOf(child.pid), stop: stopper(child) };
}

/** bare-graphql.server.ts: graphql-js and node:http on the same database. */
export async function startBare(databaseUrl: string): Promise<LoadTarget> {
  const port = await freePort();
  const child = spawn(process.execPath, [...SWC, 'bench/bare-graphql.server.ts'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BARE_DATABASE_URL: databaseUrl, BARE_PORT: String(port) },
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitUntil(async () => (await fetch(url, { method: 'POST', body: '{"query":"{ __typename }"}' })).ok, child, 'the bare server');
  return { url, cpuMs: cpuOf(child.pid), stop: stopper(child) };
}

export const COUNT_FIELDS = `registered byChannel { selfQrThaid thaidApp counter paper } creditors debts principal outstanding contacted
  wishingMediation inMediation agreed notAgreed partyAbsent referred closed debtBefore debtAfter debtReduced`;

/** districtCounts of province i mod 77, Thai digits every other time, every count field. */
export function districtCountsBodies(): string[] {
  return provinces().map((p, i) => JSON.stringify({
    query: `{ districtCounts(provinceCode: "${i % 2 ? toThaiDigits(p.code) : p.code}") { district { code nameTh } counts { ${COUNT_FIELDS} } } }`,
  }));
}

export interface LoadSample {
  rate: Sample;
  latency: Latency;
  /** The server process's CPU time per answered request, in ms: a measure of work that the machine's load does not skew. */
  cpuMsPerRequest?: number;
}

/**
 * autocannon at `connections` for `seconds` against `url`, each request the next of `bodies`, with `token` as
 * Bearer. Every answer must be a 200 with no GraphQL error (checked on a sample of one per province first, and
 * by status throughout).
 */
export async function load(target: LoadTarget, bodies: string[], connections: number, seconds: number, token?: string): Promise<LoadSample> {
  const { url } = target;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  for (const body of bodies) {
    const answer = (await (await fetch(url, { method: 'POST', headers, body })).json()) as { data?: { districtCounts?: unknown[] }; errors?: unknown[] };
    if (answer.errors || !answer.data?.districtCounts?.length) throw new Error(`${url}: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  let next = 0;
  const cpuBefore = target.cpuMs();
  const result = await autocannon({
    url, connections, duration: seconds, method: 'POST', headers,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${url}: ${failed} of ${result.requests.total} requests failed`);
  const count = result.requests.total;
  const cpuAfter = target.cpuMs();
  return {
    ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMsPerRequest: (cpuAfter - cpuBefore) / count } : {}),
    rate: { rate: count / result.duration, count, seconds: result.duration },
    latency: { p50Ms: result.latency.p50, p99Ms: result.latency.p99, count, seconds: result.duration },
  };
}

/** The connection string of `pool`'s database. */
export const urlOf = (pool: pg.Pool) => pool.options.connectionString!;
