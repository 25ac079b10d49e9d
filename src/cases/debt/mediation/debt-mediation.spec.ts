import { describe, expect, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import { fold } from '../../../shared/decider.js';
import { agree, contact, historyOf, LATER_UTC, ON_MEDIATION_DAY, registered, schedule } from '../debt-fixtures.js';
import type { RecordMediationOutcome, ScheduleMediation } from '../debt.commands.js';
import { debtDecider } from '../debt.decider.js';

const inMukdahan = { caseId: 'debt-2567-000001', districtCode: '4901', provinceCode: '49' };
const slot = { date: '2024-01-20', time: '09:30', place: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร' };
const ON_DAY_UTC = '2024-01-20T04:00:00.000Z';
const scheduling = (patch: Partial<ScheduleMediation>): ScheduleMediation => ({ ...schedule, ...patch });
const outcome = (patch: Partial<RecordMediationOutcome>): RecordMediationOutcome => ({ ...agree, ...patch });
const failed = outcome({ outcome: 'PARTY_ABSENT', debtAfter: null, instalmentPlan: null });

describe('ScheduleMediation', () => {
  it('schedules a mediation for a contacted debtor, dates and times in Thai digits', () => {
    given(debtDecider, historyOf(contact)).when(schedule).then([{
      type: 'DebtMediationScheduled',
      data: { ...inMukdahan, at: LATER_UTC, previousStatus: 'CONTACTED', status: 'MEDIATION_SCHEDULED', ...slot, replaces: null },
    }]);
  });

  it('reschedules, naming the slot it replaces; and may schedule again after a party stayed away', () => {
    given(debtDecider, historyOf(contact, schedule)).when(scheduling({ date: '2024-01-27', time: null, place: 'ที่ว่าการอำเภอ' })).then([{
      type: 'DebtMediationScheduled',
      data: {
        ...inMukdahan, at: LATER_UTC, previousStatus: 'MEDIATION_SCHEDULED', status: 'MEDIATION_SCHEDULED',
        date: '2024-01-27', time: null, place: 'ที่ว่าการอำเภอ', replaces: slot,
      },
    }]);
    given(debtDecider, historyOf(contact, schedule, failed)).when(scheduling({ at: ON_MEDIATION_DAY, date: '2024-02-03' })).then([{
      type: 'DebtMediationScheduled',
      data: { ...inMukdahan, at: ON_DAY_UTC, previousStatus: 'PARTY_ABSENT', status: 'MEDIATION_SCHEDULED', ...slot, date: '2024-02-03', replaces: null },
    }]);
  });

  it('refuses a mediation before the debtor was reached, after agreement, or when the debtor said no', () => {
    given(debtDecider, [registered()]).when(schedule).thenRejects('DEBT_MEDIATION_NOT_ALLOWED');
    given(debtDecider, historyOf(contact, schedule, agree)).when(scheduling({ at: ON_MEDIATION_DAY })).thenRejects('DEBT_MEDIATION_NOT_ALLOWED');
    given(debtDecider, historyOf({ ...contact, wishesMediation: 'NO' })).when(schedule).thenRejects('DEBT_MEDIATION_DECLINED');
  });

  it('refuses a date or time that cannot be read, and a blank place', () => {
    const contacted = historyOf(contact);
    given(debtDecider, contacted).when(scheduling({ date: '๓๐/๒/๒๕๖๗' })).thenRejects('DATE_MALFORMED', 'date');
    given(debtDecider, contacted).when(scheduling({ time: '25.00' })).thenRejects('TIME_MALFORMED', 'time');
    given(debtDecider, contacted).when(scheduling({ place: '' })).thenRejects('TEXT_REQUIRED', 'place');
  });
});

describe('ScheduleMediation: every refusal at once', () => {
  it('answers an unreadable date, time and place together', () => {
    given(debtDecider, historyOf(contact)).when(scheduling({ date: '๓๐/๒/๒๕๖๗', time: '25.00', place: '' }))
      .thenRejectsAll([['DATE_MALFORMED', 'date'], ['TIME_MALFORMED', 'time'], ['TEXT_REQUIRED', 'place']]);
  });
});

describe('RecordMediationOutcome', () => {
  const scheduled = historyOf(contact, schedule);

  it('records an agreement with the debt before (the outstanding total), after, the reduction and the plan', () => {
    const events = given(debtDecider, scheduled).when(agree).then([{
      type: 'DebtMediationOutcomeRecorded',
      data: {
        ...inMukdahan, at: ON_DAY_UTC, previousStatus: 'MEDIATION_SCHEDULED', status: 'AGREED', outcome: 'AGREED', mediationDate: '2024-01-20',
        agreement: { debtBefore: '74500.75', debtAfter: '50000.00', reduction: '24500.75' },
        instalmentPlan: { instalmentCount: 10, instalmentAmount: '5000.00', firstDueDate: '2024-02-01' }, note: null,
      },
    }]);
    expect(fold(debtDecider, [...scheduled, ...events])).toMatchObject({
      status: 'AGREED', mediation: null, agreement: { debtBefore: '74500.75', debtAfter: '50000.00', reduction: '24500.75' },
    });
  });

  it('records an agreement that forgives the whole debt, needing no plan', () => {
    given(debtDecider, scheduled).when(outcome({ debtAfter: '0', instalmentPlan: null })).then([{
      type: 'DebtMediationOutcomeRecorded',
      data: {
        ...inMukdahan, at: ON_DAY_UTC, previousStatus: 'MEDIATION_SCHEDULED', status: 'AGREED', outcome: 'AGREED', mediationDate: '2024-01-20',
        agreement: { debtBefore: '74500.75', debtAfter: '0.00', reduction: '74500.75' }, instalmentPlan: null, note: null,
      },
    }]);
  });

  it('records no agreement and an absent party without figures', () => {
    given(debtDecider, scheduled).when(outcome({ outcome: 'NOT_AGREED', debtAfter: null, instalmentPlan: null, note: 'เจ้าหนี้ไม่ยอมลดดอกเบี้ย' })).then([{
      type: 'DebtMediationOutcomeRecorded',
      data: {
        ...inMukdahan, at: ON_DAY_UTC, previousStatus: 'MEDIATION_SCHEDULED', status: 'NOT_AGREED', outcome: 'NOT_AGREED', mediationDate: '2024-01-20',
        agreement: null, instalmentPlan: null, note: 'เจ้าหนี้ไม่ยอมลดดอกเบี้ย',
      },
    }]);
    expect(fold(debtDecider, historyOf(contact, schedule, failed))).toMatchObject({ status: 'PARTY_ABSENT', mediation: null, agreement: null });
  });

  it('refuses a debt after the agreement greater than the debt before', () => {
    const error = given(debtDecider, scheduled).when(outcome({ debtAfter: '๗๔,๕๐๐.๗๖' })).thenRejects('DEBT_AGREEMENT_EXCEEDS_DEBT', 'debtAfter');
    expect(error.messageEn).toContain('74500.75');
  });

  it('refuses an outcome without a scheduled mediation, or before the mediation day', () => {
    given(debtDecider, historyOf(contact)).when(agree).thenRejects('DEBT_MEDIATION_NOT_SCHEDULED', 'outcome');
    given(debtDecider, historyOf(contact, schedule, agree)).when(agree).thenRejects('DEBT_MEDIATION_NOT_SCHEDULED', 'outcome');
    given(debtDecider, scheduled).when(outcome({ at: '2024-01-19T23:59:00+07:00' })).thenRejects('DEBT_MEDIATION_NOT_YET_HELD', 'outcome');
  });

  it('answers every refused part of an agreement and its plan at once; the plan is checked against the debt after once that has parsed', () => {
    given(debtDecider, scheduled).when(outcome({
      note: 'ข'.repeat(501), instalmentPlan: { instalmentCount: '0', instalmentAmount: 'ห้าพัน', firstDueDate: 'พรุ่งนี้' },
    })).thenRejectsAll([
      ['TEXT_TOO_LONG', 'note'],
      ['DEBT_INSTALMENT_COUNT_INVALID', 'instalmentPlan.instalmentCount'],
      ['AMOUNT_MALFORMED', 'instalmentPlan.instalmentAmount'],
      ['DATE_MALFORMED', 'instalmentPlan.firstDueDate'],
    ]);
    given(debtDecider, scheduled).when(outcome({ outcome: 'NOT_AGREED' })).thenRejectsAll([
      ['DEBT_FIGURES_WITHOUT_AGREEMENT', 'debtAfter'], ['DEBT_FIGURES_WITHOUT_AGREEMENT', 'instalmentPlan'],
    ]);
  });

  it('writes the day of the mediation not yet held in the Buddhist Era', () => {
    const error = given(debtDecider, scheduled).when(outcome({ at: '2024-01-19T23:59:00+07:00' })).thenRejects('DEBT_MEDIATION_NOT_YET_HELD', 'outcome');
    expect([error.messageTh, error.messageEn]).toEqual(['ยังไม่ถึงวันนัดไกล่เกลี่ย (20 มกราคม 2567)', 'The mediation is not due until 2024-01-20']);
  });

  const plan = agree.instalmentPlan;
  it.each([
    ['an agreement without the debt after', { debtAfter: ' ' }, 'DEBT_AGREEMENT_DEBT_AFTER_REQUIRED', 'debtAfter'],
    ['a negative debt after', { debtAfter: '-1' }, 'AMOUNT_NEGATIVE', 'debtAfter'],
    ['a remaining debt without a plan', { instalmentPlan: null }, 'DEBT_INSTALMENT_PLAN_REQUIRED', 'instalmentPlan'],
    ['a plan of no instalments', { instalmentPlan: { ...plan, instalmentCount: '๐' } }, 'DEBT_INSTALMENT_COUNT_INVALID', 'instalmentPlan.instalmentCount'],
    ['a plan of part instalments', { instalmentPlan: { ...plan, instalmentCount: '2.5' } }, 'DEBT_INSTALMENT_COUNT_INVALID', 'instalmentPlan.instalmentCount'],
    ['a plan that does not pay off the debt', { instalmentPlan: { ...plan, instalmentAmount: '4,999.99' } }, 'DEBT_INSTALMENT_PLAN_SHORT', 'instalmentPlan.instalmentAmount'],
    ['a plan with a malformed first due date', { instalmentPlan: { ...plan, firstDueDate: 'พรุ่งนี้' } }, 'DATE_MALFORMED', 'instalmentPlan.firstDueDate'],
    ['figures without an agreement', { outcome: 'NOT_AGREED', instalmentPlan: null }, 'DEBT_FIGURES_WITHOUT_AGREEMENT', 'debtAfter'],
    ['a plan without an agreement', { outcome: 'PARTY_ABSENT', debtAfter: null }, 'DEBT_FIGURES_WITHOUT_AGREEMENT', 'instalmentPlan'],
    ['an unknown outcome', { outcome: 'MAYBE' }, 'CHOICE_UNKNOWN', 'outcome'],
  ] as [string, Partial<RecordMediationOutcome>, string, string][])('refuses %s', (_, patch, code, field) => {
    given(debtDecider, scheduled).when(outcome(patch)).thenRejects(code, field);
  });
});
