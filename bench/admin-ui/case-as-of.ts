import { CaseReplay } from '../../src/audit/replay/case-replay.js';
import type { EventStore } from '../../src/eventstore/event-store.port.js';
import { latency, log, type Latency } from '../measure.js';
import { ask } from '../signed-in.js';
import { RUNS } from '../sections/section.js';

/** Calls a run of each (BENCH_AS_OF_CALLS, default 500): caseAsOf at version i mod (events + 1), and the case detail as it is now. */
export const CASE_AS_OF_CALLS = Number(process.env.BENCH_AS_OF_CALLS ?? 500);

const CASE_FIELDS = `status district { code } debtor { title firstName lastName } debts { principal outstanding }
  contactAttempts { at method } mediationSessions { state date } agreement { debtAfter } closing { reason } lastEventAt`;
const AS_OF = `query ($id: ID!, $version: Int) { caseAsOf(caseId: $id, version: $version) { version debtCase { ${CASE_FIELDS} } } }`;
const DETAIL = `query ($id: ID!) { debtCaseDetail(id: $id) { ${CASE_FIELDS} } }`;

/**
 * Issue 14: the case as it stood at each of its versions over GraphQL, one call after another, beside the case
 * detail of today (the same fold of the whole stream, the same fields).
 */
export async function caseAsOfLatency(url: string, token: string, caseId: string, events: number): Promise<{ damrong: Latency[]; baseline: Latency[] }> {
  const damrong: Latency[] = [];
  const baseline: Latency[] = [];
  await ask(url, AS_OF, { id: caseId, version: events }, token);
  for (let r = 0; r < RUNS; r++) {
    damrong.push(await latency(CASE_AS_OF_CALLS, (i) => ask(url, AS_OF, { id: caseId, version: i % (events + 1) }, token)));
    baseline.push(await latency(CASE_AS_OF_CALLS, () => ask(url, DETAIL, { id: caseId }, token)));
    log(`caseAsOf of a ${events}-event case: p99 ${damrong[r].p99Ms.toFixed(2)} ms; the case detail p99 ${baseline[r].p99Ms.toFixed(2)} ms`);
  }
  return { damrong, baseline };
}

/**
 * The same replay in process, without HTTP and GraphQL: the stream read as the owner and folded (CaseReplay.at),
 * beside the read of the stream alone.
 */
export async function caseAsOfInProcess(
  store: EventStore, reader: { districtCode: string }, caseId: string, events: number,
): Promise<{ damrong: Latency[]; baseline: Latency[] }> {
  const replay = new CaseReplay(store);
  const staff = { level: 'DISTRICT' as const, office: { kind: 'DISTRICT' as const, code: reader.districtCode } };
  const damrong: Latency[] = [];
  const baseline: Latency[] = [];
  for (let r = 0; r < RUNS; r++) {
    damrong.push(await latency(CASE_AS_OF_CALLS, (i) => replay.at(staff, caseId, { version: i % (events + 1) })));
    baseline.push(await latency(CASE_AS_OF_CALLS, () => store.readStream(`debt-${caseId}`)));
    log(`caseAsOf in process: p99 ${damrong[r].p99Ms.toFixed(2)} ms; reading the stream alone p99 ${baseline[r].p99Ms.toFixed(2)} ms`);
  }
  return { damrong, baseline };
}
