import { describe, expect, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import { fold } from '../../../shared/decider.js';
import { ERASED_MARKER } from '../../../personal-data/keys/personal-data-shredder.js';
import { agree, CASE_ID, close, contact, historyOf, LATER, LATER_UTC, ON_MEDIATION_DAY, registered, registeredData, schedule } from '../debt-fixtures.js';
import type { CloseDebtCase, DebtCommand, RecordContactAttempt, ReferDebtCase, TransferDebtCase } from '../debt.commands.js';
import { debtDecider } from '../debt.decider.js';

const inMukdahan = { caseId: CASE_ID, at: LATER_UTC, districtCode: '4901', provinceCode: '49' };
const attempt = (patch: Partial<RecordContactAttempt>): RecordContactAttempt => ({ ...contact, ...patch });
const transfer = (patch: Partial<TransferDebtCase> = {}): TransferDebtCase => ({
  type: 'TransferDebtCase', at: LATER, toDistrictCode: '๑๐๐๑', reason: 'ลูกหนี้ย้ายไปอยู่กรุงเทพฯ', ...patch,
});
const refer = (patch: Partial<ReferDebtCase> = {}): ReferDebtCase => ({ type: 'ReferDebtCase', at: LATER, agency: 'POLICE_INVESTIGATOR', ...patch });
const closing = (patch: Partial<CloseDebtCase>): CloseDebtCase => ({ ...close, ...patch });

describe('RecordContactAttempt', () => {
  it('moves a registered case to CONTACTED when the debtor is reached and keeps the wish', () => {
    const [event] = given(debtDecider, [registered()]).when(attempt({ method: 'COMMUNITY_LEADER', note: ' ผ่านผู้ใหญ่บ้าน ' })).then([{
      type: 'DebtContactAttemptRecorded',
      data: { ...inMukdahan, previousStatus: 'REGISTERED', status: 'CONTACTED', method: 'COMMUNITY_LEADER', reached: true, wishesMediation: 'YES', note: 'ผ่านผู้ใหญ่บ้าน' },
    }]);
    expect(debtDecider.evolve(fold(debtDecider, [registered()]), event)).toMatchObject({ wishesMediation: 'YES', contactAttempts: 1 });
  });

  it('answers every refused field of an attempt at once', () => {
    given(debtDecider, [registered()]).when(attempt({ method: 'PIGEON' as never, reached: false, wishesMediation: 'YES', note: 'ข'.repeat(501) }))
      .thenRejectsAll([['CHOICE_UNKNOWN', 'method'], ['DEBT_WISH_WITHOUT_CONTACT', 'wishesMediation'], ['TEXT_TOO_LONG', 'note']]);
  });

  it('records a failed attempt without changing the status', () => {
    given(debtDecider, [registered()]).when(attempt({ method: 'LETTER', reached: false, wishesMediation: 'UNDECIDED' })).then([{
      type: 'DebtContactAttemptRecorded',
      data: { ...inMukdahan, previousStatus: 'REGISTERED', status: 'REGISTERED', method: 'LETTER', reached: false, wishesMediation: 'UNDECIDED', note: null },
    }]);
  });

  it.each([
    ['a wish from a debtor not reached', { reached: false, wishesMediation: 'NO' }, 'DEBT_WISH_WITHOUT_CONTACT', 'wishesMediation'],
    ['other means without a note', { method: 'OTHER' }, 'DEBT_NOTE_REQUIRED', 'note'],
    ['an unknown method', { method: 'PIGEON' }, 'CHOICE_UNKNOWN', 'method'],
  ] as [string, Partial<RecordContactAttempt>, string, string][])('refuses %s', (_, patch, code, field) => {
    given(debtDecider, [registered()]).when(attempt(patch)).thenRejects(code, field);
  });
});

describe('TransferDebtCase', () => {
  it('moves the case with its totals to another district and province', () => {
    given(debtDecider, historyOf(contact)).when(transfer()).then([{
      type: 'DebtCaseTransferred',
      data: {
        caseId: CASE_ID, at: LATER_UTC, previousStatus: 'CONTACTED', status: 'CONTACTED', reason: 'ลูกหนี้ย้ายไปอยู่กรุงเทพฯ',
        fromDistrictCode: '4901', fromProvinceCode: '49', toDistrictCode: '1001', toProvinceCode: '10',
        totals: {
          channel: 'COUNTER', registeredAt: '2024-01-05T03:30:00.000Z', registeredOn: '2024-01-05', creditorCount: 2, debtCount: 2,
          totalPrincipal: '60000.00', totalOutstanding: '74500.75',
        },
        agreement: null, cancelledMediation: null,
      },
    }]);
  });

  it('drops a scheduled mediation, carries an agreement, and lands the case in the new district', () => {
    const dropped = historyOf(contact, schedule, transfer())[3];
    expect(dropped).toMatchObject({ type: 'DebtCaseTransferred' });
    expect(dropped.data).toMatchObject({
      previousStatus: 'MEDIATION_SCHEDULED', status: 'CONTACTED',
      cancelledMediation: { date: '2024-01-20', time: '09:30', place: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร' },
    });
    const events = historyOf(contact, schedule, agree, transfer());
    expect(events[4].data).toMatchObject({ agreement: { debtBefore: '74500.75', debtAfter: '50000.00', reduction: '24500.75' } });
    expect(fold(debtDecider, events)).toMatchObject({ transferred: true, figures: { districtCode: '1001', provinceCode: '10' } });
  });

  it('refuses a transfer to the district the case is already in', () => {
    given(debtDecider, [registered()]).when(transfer({ toDistrictCode: '๔๙๐๑' })).thenRejects('DEBT_TRANSFER_TO_SAME_DISTRICT', 'toDistrictCode');
  });

  it('answers an unknown district and a blank reason together', () => {
    given(debtDecider, [registered()]).when(transfer({ toDistrictCode: '1099', reason: ' ' }))
      .thenRejectsAll([['GEOGRAPHY_UNKNOWN_DISTRICT', 'toDistrictCode'], ['TEXT_REQUIRED', 'reason']]);
  });

  it('refuses an unknown district and a blank reason', () => {
    given(debtDecider, [registered()]).when(transfer({ toDistrictCode: '1099' })).thenRejects('GEOGRAPHY_UNKNOWN_DISTRICT', 'toDistrictCode');
    given(debtDecider, [registered()]).when(transfer({ reason: ' ' })).thenRejects('TEXT_REQUIRED', 'reason');
  });
});

describe('ReferDebtCase', () => {
  it('refers a case that did not agree to the police investigator', () => {
    const failed = { ...agree, outcome: 'NOT_AGREED', debtAfter: null, instalmentPlan: null } as const;
    given(debtDecider, historyOf(contact, schedule, failed)).when(refer({ at: ON_MEDIATION_DAY, note: 'ดอกเบี้ยเกินกฎหมาย' })).then([{
      type: 'DebtCaseReferred',
      data: {
        ...inMukdahan, at: '2024-01-20T04:00:00.000Z', previousStatus: 'NOT_AGREED', status: 'REFERRED',
        agency: 'POLICE_INVESTIGATOR', agencyName: null, note: 'ดอกเบี้ยเกินกฎหมาย',
      },
    }]);
  });

  it('refers to another agency only by name, and not while a mediation is scheduled', () => {
    given(debtDecider, [registered()]).when(refer({ agency: 'OTHER_AGENCY' })).thenRejects('TEXT_REQUIRED', 'agencyName');
    given(debtDecider, historyOf(contact, schedule)).when(refer()).thenRejects('DEBT_REFERRAL_DURING_MEDIATION', 'agency');
  });
});

describe('CloseDebtCase and ReopenDebtCase', () => {
  it('closes a referred case as referred, and reopens it into the status it was closed in', () => {
    const referred = historyOf(refer());
    given(debtDecider, referred).when(closing({ reason: 'REFERRED' })).then([{
      type: 'DebtCaseClosed', data: { ...inMukdahan, previousStatus: 'REFERRED', status: 'CLOSED', reason: 'REFERRED', duplicateOfCaseId: null, note: null },
    }]);
    const closed = historyOf(refer(), closing({ reason: 'REFERRED' }));
    expect(fold(debtDecider, closed)).toMatchObject({ status: 'CLOSED', closed: { reason: 'REFERRED', statusBefore: 'REFERRED' } });
    const reopened = given(debtDecider, closed).when({ type: 'ReopenDebtCase', at: LATER, reason: 'ผู้เสียหายขอไกล่เกลี่ยอีกครั้ง', openCasesOfDebtor: [] }).then([{
      type: 'DebtCaseReopened',
      data: { ...inMukdahan, previousStatus: 'CLOSED', status: 'REFERRED', reason: 'ผู้เสียหายขอไกล่เกลี่ยอีกครั้ง', closedReason: 'REFERRED' },
    }]);
    expect(fold(debtDecider, [...closed, ...reopened])).toMatchObject({ status: 'REFERRED', closed: null, referral: { agency: 'POLICE_INVESTIGATOR' } });
  });

  it('answers every refused field of a closing at once: a duplicate naming itself and a note too long', () => {
    given(debtDecider, [registered()]).when(closing({ reason: 'DUPLICATE', duplicateOfCaseId: CASE_ID, note: 'ข'.repeat(501) }))
      .thenRejectsAll([['DEBT_DUPLICATE_OF_ITSELF', 'duplicateOfCaseId'], ['TEXT_TOO_LONG', 'note']]);
  });

  it('closes a duplicate naming the case it duplicates', () => {
    given(debtDecider, [registered()]).when(closing({ reason: 'DUPLICATE', duplicateOfCaseId: 'debt-2566-000042' })).then([{
      type: 'DebtCaseClosed',
      data: { ...inMukdahan, previousStatus: 'REGISTERED', status: 'CLOSED', reason: 'DUPLICATE', duplicateOfCaseId: 'debt-2566-000042', note: null },
    }]);
  });

  it.each([
    ['as referred a case never referred', { reason: 'REFERRED' }, 'DEBT_CLOSE_NOT_REFERRED', 'reason'],
    ['as duplicate without the other case', { reason: 'DUPLICATE' }, 'TEXT_REQUIRED', 'duplicateOfCaseId'],
    ['as duplicate of itself', { reason: 'DUPLICATE', duplicateOfCaseId: CASE_ID }, 'DEBT_DUPLICATE_OF_ITSELF', 'duplicateOfCaseId'],
    ['naming a duplicate for another reason', { reason: 'SETTLED', duplicateOfCaseId: 'debt-1' }, 'DEBT_DUPLICATE_OF_NOT_ALLOWED', 'duplicateOfCaseId'],
    ['for another reason without a note', { reason: 'OTHER' }, 'DEBT_NOTE_REQUIRED', 'note'],
    ['for an unknown reason', { reason: 'BORED' }, 'CHOICE_UNKNOWN', 'reason'],
  ] as [string, Partial<CloseDebtCase>, string, string][])('refuses to close %s', (_, patch, code, field) => {
    given(debtDecider, [registered()]).when(closing(patch)).thenRejects(code, field);
  });

  it('refuses every command on a closed case but reopen', () => {
    const closed = historyOf(contact, close);
    const commands: DebtCommand[] = [
      contact, schedule, agree, transfer(), refer(), close,
      { type: 'AmendDebtRegistration', at: LATER, reason: 'x', districtCode: '4902', openCasesOfDebtor: [] },
    ];
    for (const command of commands) given(debtDecider, closed).when(command).thenRejects('DEBT_CASE_CLOSED');
  });

  it('refuses to reopen an open case, or one whose creditor now has another open case', () => {
    const reopen = { type: 'ReopenDebtCase', at: LATER, reason: 'ลูกหนี้ติดต่อกลับมา' } as const;
    given(debtDecider, [registered()]).when({ ...reopen, openCasesOfDebtor: [] }).thenRejects('DEBT_CASE_NOT_CLOSED');
    const error = given(debtDecider, historyOf(close))
      .when({ ...reopen, openCasesOfDebtor: [{ caseId: 'debt-2567-000900', creditorKeys: ['ID:3100500123458'] }] })
      .thenRejects('DEBT_CASE_DUPLICATE_OPEN', 'creditors[0]');
    expect(error.messageTh).toContain('debt-2567-000900');
  });

  it('refuses to reopen, correct or work a case whose debtor was erased, and still closes one', () => {
    const erased = registered({ debtor: { ...registeredData().debtor, citizenId: ERASED_MARKER, firstName: ERASED_MARKER, lastName: ERASED_MARKER } });
    const closing = debtDecider.decide(close, fold(debtDecider, [erased]));
    expect(closing.map((e) => e.type)).toEqual(['DebtCaseClosed']);
    const error = given(debtDecider, [erased, ...closing]).when({ type: 'ReopenDebtCase', at: LATER, reason: 'ลูกหนี้ติดต่อกลับมา', openCasesOfDebtor: [] })
      .thenRejects('DEBT_CASE_PERSONAL_DATA_ERASED', 'caseId');
    expect([error.messageTh, error.messageEn]).toEqual([expect.stringContaining('ถูกลบแล้ว'), expect.stringContaining('erased')]);
    for (const command of [contact, transfer(), { type: 'AmendDebtRegistration', at: LATER, reason: 'x', districtCode: '4902', openCasesOfDebtor: [] }] as DebtCommand[]) {
      given(debtDecider, [erased]).when(command).thenRejects('DEBT_CASE_PERSONAL_DATA_ERASED', 'caseId');
    }
  });
});
