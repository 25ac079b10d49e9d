import { describe, expect, it } from '@jest/globals';
import { given } from '../../../test/support/decider-spec.js';
import { agree, contact, historyOf, register, registered, schedule } from './debt-fixtures.js';
import type { RecordMediationOutcome, RegisterDebtor, ScheduleMediation } from './debt.commands.js';
import type { DebtEvent } from './debt.events.js';
import { debtDecider } from './debt.decider.js';

/** The plausible range of each date a debt case keeps; README "Dates" states them. */

const withStart = (startDate: string): Partial<RegisterDebtor> => ({ debts: register().debts.map((d, i) => (i === 0 ? { ...d, startDate } : d)) });
const scheduling = (patch: Partial<ScheduleMediation>): ScheduleMediation => ({ ...schedule, ...patch });
const agreeing = (firstDueDate: string): RecordMediationOutcome => ({ ...agree, instalmentPlan: { ...agree.instalmentPlan, firstDueDate } });
/** An event of the type, whatever its data. */
const anEvent = (type: DebtEvent['type']) => expect.objectContaining({ type }) as unknown as DebtEvent;

describe('dates of a debt case', () => {
  it('refuses a registration recorded before registration opened on 1 December 2023, on any channel', () => {
    const error = given(debtDecider).when(register({ at: '2023-11-30T23:59:00+07:00' })).thenRejects('DATE_OUT_OF_RANGE', 'at');
    expect([error.messageTh, error.messageEn]).toEqual(['วันที่ต้องไม่ก่อน 1/12/2566 (ได้รับ 30/11/2566)', 'The date must be on or after 2023-12-01 (got 2023-11-30)']);
    given(debtDecider).when(register({ at: '1900-01-01T10:00:00+07:00', channel: 'THAID_APP' })).thenRejects('DATE_OUT_OF_RANGE', 'at');
    given(debtDecider).when(register({ at: '2023-12-01T00:00:00+07:00' })).then([anEvent('DebtorRegistered')]);
  });

  it('refuses a debt that started before 1 January 2500 BE, and takes one that started that day', () => {
    given(debtDecider).when(register(withStart('1/1/2443'))).thenRejects('DATE_OUT_OF_RANGE', 'debts[0].startDate');
    given(debtDecider).when(register(withStart('31/12/2499'))).thenRejects('DATE_OUT_OF_RANGE', 'debts[0].startDate');
    const [event] = given(debtDecider).when(register(withStart('1/1/2500'))).then([anEvent('DebtorRegistered')]);
    expect(event.type === 'DebtorRegistered' && event.data.debts[0].startDate).toBe('1957-01-01');
  });

  it('sets a mediation session between the registration day and a year after the day it is set', () => {
    const contacted = historyOf(contact);
    given(debtDecider, contacted).when(scheduling({ date: '4/1/2567' })).thenRejects('DATE_OUT_OF_RANGE', 'date');
    given(debtDecider, contacted).when(scheduling({ date: '1/1/2443' })).thenRejects('DATE_OUT_OF_RANGE', 'date');
    given(debtDecider, contacted).when(scheduling({ date: '2025-01-11' })).thenRejects('DATE_OUT_OF_RANGE', 'date');
    for (const date of ['2024-01-05', '2025-01-10']) {
      given(debtDecider, contacted).when(scheduling({ date })).then([anEvent('DebtMediationScheduled')]);
    }
    expect(registered().data).toMatchObject({ registeredOn: '2024-01-05' });
  });

  it("has an agreement's first instalment fall due from the session day to two years after it", () => {
    const scheduled = historyOf(contact, schedule);
    for (const early of ['2024-01-19', '1/1/2443']) {
      given(debtDecider, scheduled).when(agreeing(early)).thenRejects('DATE_OUT_OF_RANGE', 'instalmentPlan.firstDueDate');
    }
    given(debtDecider, scheduled).when(agreeing('2026-01-21')).thenRejects('DATE_OUT_OF_RANGE', 'instalmentPlan.firstDueDate');
    for (const date of ['2024-01-20', '2026-01-20']) {
      given(debtDecider, scheduled).when(agreeing(date)).then([anEvent('DebtMediationOutcomeRecorded')]);
    }
  });
});
