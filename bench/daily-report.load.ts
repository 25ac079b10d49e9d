import { randomUUID } from 'node:crypto';
import type { DebtCommand } from '../src/cases/debt/debt.commands.js';
import { debtDecider } from '../src/cases/debt/debt.decider.js';
import { DEBT_EVENT_SCHEMA_VERSIONS, type DebtEvent } from '../src/cases/debt/debt.events.js';
import type { EventStore, NewStream } from '../src/eventstore/event-store.port.js';
import { districtsOf, provinces } from '../src/geography/geography.js';
import { registration, step } from '../test/support/debt-generator.js';
import { now, sample, type Sample } from './measure.js';

const CHUNK = 1_000;
const DISTRICTS = provinces().flatMap((p) => districtsOf(p.code));
const at = (day: string, minutes: number) => new Date(Date.parse(`${day}T09:00:00+07:00`) + minutes * 60_000).toISOString();

/**
 * Case n's commands, 8 for most cases: registered on one of `days`; an unreached contact, a reached one; a
 * mediation that fails (one in five because a party was absent) and a second one that day, agreed for 6 in 10,
 * failed for the others; then the agreed closed as settled, 1 in 20 transferred, 1 in 10 of the rest withdrawn.
 * One in ten is never reached and stays registered.
 */
function commandsOf(n: number, days: readonly string[]): DebtCommand[] {
  const district = DISTRICTS[n % DISTRICTS.length];
  const day = days[n % days.length];
  const channel = n % 10 === 0 ? 'PAPER' : n % 3 === 0 ? 'COUNTER' : 'SELF_QR_THAID';
  const commands: DebtCommand[] = [registration(n, `debt-bench-${n}`, {
    districtCode: district.code, channel, at: at(day, n % 300), formDate: day, outstanding: `${60_000 + (n % 1000)}`,
  })];
  if (n % 10 === 8) return commands;
  commands.push({ ...step.contact('UNDECIDED', false), at: at(day, 310) }, { ...step.contact('YES'), at: at(day, 320) });
  commands.push({ ...step.schedule(day, '13.30'), at: at(day, 325) }, { ...step.fail(n % 5 === 0 ? 'PARTY_ABSENT' : 'NOT_AGREED'), at: at(day, 330) });
  commands.push({ ...step.schedule(day, '14.30'), at: at(day, 335) }, { ...(n % 10 < 6 ? step.agree('0') : step.fail()), at: at(day, 340) });
  if (n % 20 === 7) commands.push({ ...step.transfer(DISTRICTS[(n + 1) % DISTRICTS.length].code), at: at(day, 370) });
  else if (n % 10 < 6) commands.push({ ...step.close('SETTLED'), at: at(day, 380) });
  else if (n % 10 === 9) commands.push({ ...step.close('WITHDRAWN'), at: at(day, 380) });
  return commands;
}

function streamOf(n: number, days: readonly string[]): NewStream {
  const events: DebtEvent[] = [];
  let state = debtDecider.initialState();
  for (const command of commandsOf(n, days)) {
    for (const event of debtDecider.decide(command, state)) {
      events.push(event);
      state = debtDecider.evolve(state, event);
    }
  }
  const commandId = randomUUID();
  return {
    streamId: `debt-bench-${n}`,
    events: events.map((e) => ({
      eventId: randomUUID(), type: e.type, schemaVersion: DEBT_EVENT_SCHEMA_VERSIONS[e.type], data: e.data,
      metadata: { actor: 'system:bench', correlationId: commandId, causationId: commandId, commandId },
    })),
  };
}

/**
 * Writes `cases` whole debt cases (about 7.5 events each, spread over all 928 districts and the given working
 * days) through EventStore.appendNewStreams, in chunks: cases `first`, `first` + 1, … (0 unless told; each case's
 * debtor has a citizen id of their own, citizenIdOf(n)). Returns the rate in events.
 */
export async function loadDebtCases(store: EventStore, cases: number, days: readonly string[], first = 0): Promise<Sample> {
  const startedAt = now();
  let events = 0;
  for (let from = first; from < first + cases; from += CHUNK) {
    const streams: NewStream[] = [];
    for (let n = from; n < Math.min(from + CHUNK, first + cases); n++) streams.push(streamOf(n, days));
    events += streams.reduce((sum, s) => sum + s.events.length, 0);
    await store.appendNewStreams(streams);
  }
  return sample(events, startedAt);
}
