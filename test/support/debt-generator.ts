import { randomUUID } from 'node:crypto';
import type { DebtChannel } from '../../src/cases/debt/vocabulary/debt-vocabulary.js';
import type { DebtCommand, RegisterDebtor } from '../../src/cases/debt/debt.commands.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import type { EventStore } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { subdistrictsOf } from '../../src/geography/geography.js';
import { citizenId } from './debt-api.js';

/** Made-up informal-debt registrations and their workflow commands, for tests and benchmarks. */

/** A valid 13-digit citizen id made from n (first digit 1–8, then n, then the check digit). */
export const citizenIdOf = (n: number): string => citizenId(`${1 + (Math.floor(n / 1e11) % 8)}${String(n % 1e11).padStart(11, '0')}`);

export interface RegistrationOptions {
  districtCode: string;
  channel?: DebtChannel;
  at?: string;
  /** The paper form's date, for PAPER (2024-01-04 unless given). */
  formDate?: string;
  /** Baht as typed, e.g. "50,000". */
  principal?: string;
  outstanding?: string;
}

/** Debtor n, domiciled in the district's first subdistrict, owing one creditor known by name. */
export function registration(n: number, caseId: string, options: RegistrationOptions): RegisterDebtor {
  const subdistrict = subdistrictsOf(options.districtCode)[0];
  const channel = options.channel ?? 'COUNTER';
  return {
    type: 'RegisterDebtor',
    caseId,
    at: options.at ?? '2024-01-05T10:00:00+07:00',
    channel,
    formDate: channel === 'PAPER' ? options.formDate ?? '2024-01-04' : null,
    debtor: {
      citizenId: citizenIdOf(n), title: 'นาย', firstName: `ลูกหนี้${n}`, lastName: 'ทดสอบ', phone: null, occupation: 'รับจ้าง',
      address: {
        line: `${n % 200} หมู่ 1`, subdistrictCode: subdistrict.code,
        districtCode: subdistrict.districtCode, provinceCode: subdistrict.provinceCode,
      },
    },
    creditors: [{ kind: 'PERSON', name: `เจ้าหนี้ ${n}` }],
    debts: [{ principal: options.principal ?? '50,000', outstanding: options.outstanding ?? '62,500.50' }],
    helpWanted: { kinds: ['MEDIATION'] },
    openCasesOfDebtor: [],
  };
}

export const MEDIATION_DAY = '2024-01-20';
const LATER = '2024-01-10T09:00:00+07:00';
const ON_MEDIATION_DAY = `${MEDIATION_DAY}T11:00:00+07:00`;

/** Workflow commands as staff send them. */
export const step = {
  contact: (wish: 'YES' | 'NO' | 'UNDECIDED' = 'YES', reached = true): DebtCommand =>
    ({ type: 'RecordContactAttempt', at: LATER, method: 'PHONE', reached, wishesMediation: reached ? wish : 'UNDECIDED' }),
  schedule: (date = MEDIATION_DAY, time = '09.30'): DebtCommand => ({ type: 'ScheduleMediation', at: LATER, date, time, place: 'ศูนย์ดำรงธรรมอำเภอ' }),
  /** The first instalment falls due on `firstDueDate`, no earlier than the session. */
  agree: (debtAfter: string, firstDueDate = '2024-02-01'): DebtCommand => ({
    type: 'RecordMediationOutcome', at: ON_MEDIATION_DAY, outcome: 'AGREED', debtAfter,
    instalmentPlan: debtAfter === '0' ? null : { instalmentCount: '10', instalmentAmount: debtAfter, firstDueDate },
  }),
  fail: (outcome: 'NOT_AGREED' | 'PARTY_ABSENT' = 'NOT_AGREED'): DebtCommand =>
    ({ type: 'RecordMediationOutcome', at: ON_MEDIATION_DAY, outcome }),
  transfer: (toDistrictCode: string): DebtCommand =>
    ({ type: 'TransferDebtCase', at: ON_MEDIATION_DAY, toDistrictCode, reason: 'ลูกหนี้ย้ายภูมิลำเนา' }),
  refer: (): DebtCommand => ({ type: 'ReferDebtCase', at: ON_MEDIATION_DAY, agency: 'POLICE_INVESTIGATOR' }),
  close: (reason: 'SETTLED' | 'REFERRED' | 'WITHDRAWN' = 'SETTLED'): DebtCommand => ({ type: 'CloseDebtCase', at: ON_MEDIATION_DAY, reason }),
  reopen: (): DebtCommand => ({ type: 'ReopenDebtCase', at: ON_MEDIATION_DAY, reason: 'ลูกหนี้ขอดำเนินการต่อ', openCasesOfDebtor: [] }),
};

/** Sends the commands to one case stream through handleCommand, in order; returns the stream id. */
export async function runCase(store: EventStore, caseId: string, commands: readonly DebtCommand[], actor = 'officer:test'): Promise<string> {
  const streamId = `debt-${caseId}`;
  for (const command of commands) await handleCommand(store, streamId, debtDecider, command, { commandId: randomUUID(), actor });
  return streamId;
}
