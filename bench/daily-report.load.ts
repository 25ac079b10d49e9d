import { randomUUID } from 'node:crypto';
import type { DebtCommand } from '../src/cases/debt/debt.commands.js';
import { debtDecider } from '../src/cases/debt/debt.decider.js';
import { DEBT_EVENT_SCHEMA_VERSIONS, type DebtEvent } from '../src/cases/debt/debt.events.js';
import type { EventStore, NewStream } from '../src/eventstore/event-store.port.js';
import { provinces, districtsOf, subdistrictsOf } from '../src/geography/geography.js';
import { now, sample, type Sample } from './measure.js';

const CHUNK = 1_000;
const DISTRICTS = provinces().flatMap((p) => districtsOf(p.code)).map((d) => ({ district: d, subdistrict: subdistrictsOf(d.code)[0] }));
const at = (day: string, minutes: number) => new Date(Date.parse(`${day}T09:00:00+07:00`) + minutes * 60_000).toISOString();

function citizenId(n: number): string {
  const body = `3${String(n).padStart(11, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
  return body + ((11 - (sum % 11)) % 10);
}

/** Case n's commands: registered on one of `days`, then contacted, mediated, transferred or closed by turns. */
function commandsOf(n: number, days: readonly string[]): DebtCommand[] {
  const { district, subdistrict } = DISTRICTS[n % DISTRICTS.length];
  const day = days[n % days.length];
  const paper = n % 10 === 0;
  const commands: DebtCommand[] = [{
    type: 'RegisterDebtor', caseId: `debt-bench-${n}`, at: at(day, n % 300), channel: paper ? 'PAPER' : n % 3 === 0 ? 'COUNTER' : 'SELF_QR_THAID',
    formDate: paper ? day : null,
    debtor: { citizenId: citizenId(n), title: 'นาย', firstName: `ลูกหนี้${n}`, lastName: 'ทดสอบ', phone: null, occupation: 'รับจ้าง',
      address: { line: '1 หมู่ 1', subdistrictCode: subdistrict.code, districtCode: district.code, provinceCode: district.provinceCode } },
    creditors: [{ kind: 'PERSON', name: `เจ้าหนี้ ${n}` }],
    debts: [{ principal: '50,000', outstanding: `${60_000 + (n % 1000)}` }],
    helpWanted: { kinds: ['MEDIATION'] },
    openCasesOfDebtor: [],
  } as DebtCommand];
  if (n % 10 < 7) commands.push({ type: 'RecordContactAttempt', at: at(day, 320), method: 'PHONE', reached: true, wishesMediation: 'YES' } as DebtCommand);
  if (n % 10 < 4) {
    commands.push({ type: 'ScheduleMediation', at: at(day, 330), date: day, time: '14.30', place: 'ศูนย์ดำรงธรรมอำเภอ' } as DebtCommand);
    commands.push(n % 10 < 3
      ? { type: 'RecordMediationOutcome', at: at(day, 360), outcome: 'AGREED', debtAfter: '0' } as DebtCommand
      : { type: 'RecordMediationOutcome', at: at(day, 360), outcome: 'NOT_AGREED' } as DebtCommand);
  }
  if (n % 20 === 7) commands.push({ type: 'TransferDebtCase', at: at(day, 370), toDistrictCode: DISTRICTS[(n + 1) % DISTRICTS.length].district.code, reason: 'ย้าย' } as DebtCommand);
  if (n % 10 === 9) commands.push({ type: 'CloseDebtCase', at: at(day, 380), reason: 'WITHDRAWN' } as DebtCommand);
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
 * Writes `cases` whole debt cases (about 4 events each, spread over all 928 districts and the given working
 * days) through EventStore.appendNewStreams, in chunks. Returns the rate in events.
 */
export async function loadDebtCases(store: EventStore, cases: number, days: readonly string[]): Promise<Sample> {
  const startedAt = now();
  let events = 0;
  for (let from = 0; from < cases; from += CHUNK) {
    const streams: NewStream[] = [];
    for (let n = from; n < Math.min(from + CHUNK, cases); n++) streams.push(streamOf(n, days));
    events += streams.reduce((sum, s) => sum + s.events.length, 0);
    await store.appendNewStreams(streams);
  }
  return sample(events, startedAt);
}
