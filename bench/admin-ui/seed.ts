import { randomUUID } from 'node:crypto';
import { debtCaseIdFor, debtStreamId } from '../../src/cases/debt/registration/debt-case-id.js';
import type { DebtCommand } from '../../src/cases/debt/debt.commands.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import { DEBT_EVENT_SCHEMA_VERSIONS, type DebtEvent } from '../../src/cases/debt/debt.events.js';
import type { EventStore, NewEvent, NewStream } from '../../src/eventstore/event-store.port.js';
import { registration, step } from '../../test/support/debt-generator.js';

/** Cases of the district whose list is opened (BENCH_UI_LIST_CASES, default 5,000), the long case among them. */
export const LIST_CASES = Number(process.env.BENCH_UI_LIST_CASES ?? 5_000);
/** Events of the case whose page is opened. */
export const LONG_CASE_EVENTS = 200;
const CHUNK = 1_000;
const DAY = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString();
const bangkokDay = (ms: number) => iso(ms + 7 * 3_600_000).slice(0, 10);

/** Who recorded the events: a district account, as the office's staff would have. */
export interface Recorder {
  accountId: string;
  districtCode: string;
}

/** The case's commands through the decider, each event carrying its command's id, the account and its office. */
function streamOf(caseId: string, commands: readonly DebtCommand[], by: Recorder): NewStream {
  const events: NewEvent[] = [];
  let state = debtDecider.initialState();
  for (const command of commands) {
    const commandId = randomUUID();
    for (const event of debtDecider.decide(command, state) as DebtEvent[]) {
      state = debtDecider.evolve(state, event);
      events.push({
        eventId: randomUUID(), type: event.type, schemaVersion: DEBT_EVENT_SCHEMA_VERSIONS[event.type], data: event.data,
        metadata: { actor: `account:${by.accountId}`, actorOffice: `DISTRICT:${by.districtCode}`, commandId, correlationId: commandId, causationId: commandId },
      });
    }
  }
  return { streamId: debtStreamId(caseId), events };
}

/**
 * The long case: registered on 5 January 2024, then 49 weeks of an unreached call, a reached one, a session
 * scheduled three days later that fails (one in three because a party was absent); then a last call and a session
 * that agrees: 200 events.
 */
function longCaseCommands(caseId: string, districtCode: string): DebtCommand[] {
  const commands: DebtCommand[] = [registration(900_000, caseId, { districtCode, at: '2024-01-05T10:00:00+07:00' })];
  const weekOf = (k: number) => Date.parse('2024-01-08T09:00:00+07:00') + k * 7 * DAY;
  for (let k = 0; k < 49; k++) {
    const session = weekOf(k) + 3 * DAY;
    commands.push({ ...step.contact('UNDECIDED', false), at: iso(weekOf(k)) }, { ...step.contact('YES'), at: iso(weekOf(k) + 3_600_000) },
      { ...step.schedule(bangkokDay(session), '13.30'), at: iso(weekOf(k) + 7_200_000) },
      { ...step.fail(k % 3 === 0 ? 'PARTY_ABSENT' : 'NOT_AGREED'), at: iso(session + 6 * 3_600_000) });
  }
  const last = weekOf(49) + 3 * DAY;
  commands.push({ ...step.contact('YES'), at: iso(weekOf(49)) }, { ...step.schedule(bangkokDay(last), '13.30'), at: iso(weekOf(49) + 3_600_000) },
    { ...step.agree('30,000', bangkokDay(last + 30 * DAY)), at: iso(last + 6 * 3_600_000) });
  return commands;
}

/**
 * List case n: registered 100 minutes after case n − 1 from 3 June 2024 (the four channels in turn), then as far
 * along as n mod 5 says: nothing yet, an unreached call, a session scheduled, a failed session, or an agreement and
 * the case closed as settled.
 */
function listCaseCommands(n: number, caseId: string, districtCode: string): DebtCommand[] {
  const registered = Date.parse('2024-06-03T09:00:00+07:00') + n * 100 * 60_000;
  const channel = (['COUNTER', 'SELF_QR_THAID', 'THAID_APP', 'PAPER'] as const)[n % 4];
  const commands: DebtCommand[] = [registration(n, caseId, { districtCode, channel, at: iso(registered), formDate: bangkokDay(registered) })];
  const at = (days: number) => iso(registered + days * DAY);
  const session = bangkokDay(registered + 7 * DAY);
  const stage = n % 5;
  if (stage === 1) commands.push({ ...step.contact('UNDECIDED', false), at: at(1) });
  if (stage >= 2) commands.push({ ...step.contact('YES'), at: at(1) }, { ...step.schedule(session), at: at(2) });
  if (stage === 3) commands.push({ ...step.fail(), at: at(7) });
  if (stage === 4) commands.push({ ...step.agree('0'), at: at(7) }, { ...step.close('SETTLED'), at: at(7) });
  return commands;
}

export interface UiCases {
  longCaseId: string;
  /** The list's first row: the case registered last. */
  newestCaseId: string;
  events: number;
}

/** Writes the district's LIST_CASES cases (the long case the oldest) whole with appendNewStreams, CHUNK at a time. */
export async function seedUiCases(store: EventStore, by: Recorder): Promise<UiCases> {
  const longCaseId = debtCaseIdFor('bench-ui:long-case');
  const long = streamOf(longCaseId, longCaseCommands(longCaseId, by.districtCode), by);
  if (long.events.length !== LONG_CASE_EVENTS) throw new Error(`the long case has ${long.events.length} events, not ${LONG_CASE_EVENTS}`);
  await store.appendNewStreams([long]);
  let events = long.events.length;
  const caseIdOf = (n: number) => debtCaseIdFor(`bench-ui:${n}`);
  for (let from = 1; from < LIST_CASES; from += CHUNK) {
    const streams: NewStream[] = [];
    for (let n = from; n < Math.min(from + CHUNK, LIST_CASES); n++) streams.push(streamOf(caseIdOf(n), listCaseCommands(n, caseIdOf(n), by.districtCode), by));
    events += streams.reduce((sum, s) => sum + s.events.length, 0);
    await store.appendNewStreams(streams);
  }
  return { longCaseId, newestCaseId: caseIdOf(LIST_CASES - 1), events };
}
