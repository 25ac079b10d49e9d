import { describe, expect, it } from '@jest/globals';
import { fold } from '../../../shared/decider.js';
import { bangkokDateOf } from '../../../shared/date-input.js';
import { DEBT_CASE_ACTIONS, debtCaseActions, type DebtCaseAction } from './debt-actions.js';
import { ERASED_MARKER } from '../../../personal-data/keys/personal-data-shredder.js';
import { agree, close, contact, historyOf, LATER, ON_MEDIATION_DAY, registered, registeredData, schedule } from '../debt-fixtures.js';
import type { DebtCaseState } from '../debt-state.js';
import type { DebtCommand } from '../debt.commands.js';
import { debtDecider } from '../debt.decider.js';
import type { DebtEvent } from '../debt.events.js';

/** Each action offered is one the decider takes with valid input, and each it refuses in that state is not offered. */

const valid = (at: string): Record<DebtCaseAction, DebtCommand> => ({
  AMEND_REGISTRATION: { type: 'AmendDebtRegistration', at, reason: 'ลูกหนี้ขอเพิ่มความช่วยเหลือ', helpWanted: { kinds: ['OCCUPATION'] }, openCasesOfDebtor: [] },
  RECORD_CONTACT_ATTEMPT: { ...contact, at },
  SCHEDULE_MEDIATION: { ...schedule, at },
  RECORD_MEDIATION_OUTCOME: { ...agree, at },
  TRANSFER: { type: 'TransferDebtCase', at, toDistrictCode: '1001', reason: 'ลูกหนี้ย้ายไปอยู่กรุงเทพฯ' },
  REFER: { type: 'ReferDebtCase', at, agency: 'POLICE_INVESTIGATOR' },
  CLOSE: { ...close, at },
  REOPEN: { type: 'ReopenDebtCase', at, reason: 'ลูกหนี้ขอให้ดำเนินการต่อ', openCasesOfDebtor: [] },
});

const NOT_AGREED = { ...agree, outcome: 'NOT_AGREED', debtAfter: null, instalmentPlan: null } as const;
const ABSENT = { ...agree, outcome: 'PARTY_ABSENT', debtAfter: null, instalmentPlan: null } as const;
const REFER = { type: 'ReferDebtCase', at: LATER, agency: 'OTHER_AGENCY', agencyName: 'สำนักงานคุ้มครองผู้บริโภค' } as const;
const DECLINED = { ...contact, wishesMediation: 'NO' } as const;
const REOPEN: DebtCommand = { type: 'ReopenDebtCase', at: ON_MEDIATION_DAY, reason: 'ลูกหนี้ขอให้ดำเนินการต่อ', openCasesOfDebtor: [] };

/** The case as read once its debtor was erased: the marker in place of their fields. */
const ERASED = registered({ debtor: { ...registeredData().debtor, citizenId: ERASED_MARKER, firstName: ERASED_MARKER } });
const ERASED_CLOSED = [ERASED, { type: 'DebtCaseClosed', data: { caseId: registeredData().caseId, at: '2024-02-01T03:00:00.000Z', districtCode: '4901',
  provinceCode: '49', previousStatus: 'REGISTERED', status: 'CLOSED', reason: 'WITHDRAWN', duplicateOfCaseId: null, note: null } }] as DebtEvent[];

const CASES: [name: string, events: DebtEvent[], at: string, offered: DebtCaseAction[]][] = [
  ['registered', historyOf(), ON_MEDIATION_DAY, ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'TRANSFER', 'REFER', 'CLOSE']],
  ['contacted', historyOf(contact), ON_MEDIATION_DAY,
    ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'SCHEDULE_MEDIATION', 'TRANSFER', 'REFER', 'CLOSE']],
  ['contacted, declining mediation', historyOf(DECLINED), ON_MEDIATION_DAY,
    ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'TRANSFER', 'REFER', 'CLOSE']],
  ['scheduled, before the session day', historyOf(contact, schedule), LATER,
    ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'SCHEDULE_MEDIATION', 'TRANSFER', 'CLOSE']],
  ['scheduled, on the session day', historyOf(contact, schedule), ON_MEDIATION_DAY,
    ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'SCHEDULE_MEDIATION', 'RECORD_MEDIATION_OUTCOME', 'TRANSFER', 'CLOSE']],
  ['agreed', historyOf(contact, schedule, agree), ON_MEDIATION_DAY, ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'TRANSFER', 'REFER', 'CLOSE']],
  ['not agreed', historyOf(contact, schedule, NOT_AGREED), ON_MEDIATION_DAY,
    ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'SCHEDULE_MEDIATION', 'TRANSFER', 'REFER', 'CLOSE']],
  ['a party absent', historyOf(contact, schedule, ABSENT), ON_MEDIATION_DAY,
    ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'SCHEDULE_MEDIATION', 'TRANSFER', 'REFER', 'CLOSE']],
  ['referred', historyOf(contact, REFER), ON_MEDIATION_DAY, ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'TRANSFER', 'REFER', 'CLOSE']],
  ['closed', historyOf(contact, close), ON_MEDIATION_DAY, ['REOPEN']],
  ['reopened', historyOf(contact, close, REOPEN), ON_MEDIATION_DAY,
    ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'SCHEDULE_MEDIATION', 'TRANSFER', 'REFER', 'CLOSE']],
  ['erased while open', [ERASED], ON_MEDIATION_DAY, ['CLOSE']],
  ['erased and closed', ERASED_CLOSED, ON_MEDIATION_DAY, []],
];

function accepted(state: DebtCaseState, command: DebtCommand): boolean {
  try {
    debtDecider.decide(command, state);
    return true;
  } catch {
    return false;
  }
}

describe('the actions a debt case allows now', () => {
  it.each(CASES)('%s: offers what the decider takes, and only that', (_, events, at, offered) => {
    const state = fold(debtDecider, events);
    if (state.status === null) throw new Error('no case');
    expect(debtCaseActions(state, bangkokDateOf(new Date(at).toISOString()))).toEqual(offered);
    const commands = valid(at);
    expect(DEBT_CASE_ACTIONS.filter((action) => accepted(state, commands[action]))).toEqual(offered);
  });
});
