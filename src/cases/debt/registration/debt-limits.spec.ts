import { describe, expect, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import { agree, contact, historyOf, LATER, register, registered, schedule } from '../debt-fixtures.js';
import type { CreditorInput, DebtInput } from './debt-inputs.js';
import { MAX_CREDITORS, MAX_DEBTS } from './debt-limits.js';
import type { AmendDebtRegistration } from '../debt.commands.js';
import { debtDecider } from '../debt.decider.js';

/** Every amount, rate and count a debt command states has an upper bound, refused with a typed error naming the field. */

const MAX = '100,000,000.00';
const JUST_OVER = '100,000,000.01';
const debt = (patch: Partial<DebtInput> = {}): DebtInput => ({ principal: '1000', outstanding: '1000', ...patch });
const creditor = (i: number): CreditorInput => ({ kind: 'PERSON', name: `เจ้าหนี้รายที่ ${i}` });
const withDebt = (patch: Partial<DebtInput>) => register({ debts: [{ ...register().debts[0], ...patch }, register().debts[1]] });

describe('bounds of a registration', () => {
  it('takes a debt of exactly 100,000,000.00 baht at a rate of exactly 1,000 percent a month, the most of each', () => {
    const [event] = given(debtDecider).when(withDebt({ principal: MAX, outstanding: '๑๐๐,๐๐๐,๐๐๐', interestRatePerMonth: '1000.0000' })).then([
      expect.objectContaining({ type: 'DebtorRegistered' }) as never,
    ]);
    expect(event.type === 'DebtorRegistered' && event.data.debts[0]).toMatchObject({
      principal: '100000000.00', outstanding: '100000000.00', interestRatePerMonth: '1000',
    });
  });

  it('refuses a principal or an outstanding amount one satang over the bound, naming the field and the bound', () => {
    const error = given(debtDecider).when(withDebt({ principal: JUST_OVER })).thenRejects('AMOUNT_TOO_LARGE', 'debts[0].principal');
    expect(error.messageTh).toContain(MAX);
    expect(error.messageEn).toContain(MAX);
    given(debtDecider).when(withDebt({ outstanding: '๑๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐' })).thenRejects('AMOUNT_TOO_LARGE', 'debts[0].outstanding');
    given(debtDecider).when(withDebt({ principal: '1'.padEnd(31, '0') })).thenRejects('AMOUNT_TOO_LARGE', 'debts[0].principal');
  });

  it('refuses an interest rate over 1,000 percent a month', () => {
    const error = given(debtDecider).when(withDebt({ interestRatePerMonth: '1000.0001' }))
      .thenRejects('DEBT_INTEREST_RATE_TOO_LARGE', 'debts[0].interestRatePerMonth');
    expect(error.messageEn).toContain('1000 percent');
  });

  it(`lists at most ${MAX_CREDITORS} creditors and ${MAX_DEBTS} debts`, () => {
    const creditors = Array.from({ length: MAX_CREDITORS }, (_, i) => creditor(i));
    const debts = Array.from({ length: MAX_DEBTS }, (_, i) => debt({ creditorIndex: i % MAX_CREDITORS, principal: MAX, outstanding: MAX }));
    const [event] = given(debtDecider).when(register({ creditors, debts })).then([expect.objectContaining({ type: 'DebtorRegistered' }) as never]);
    expect(event.type === 'DebtorRegistered' && event.data).toMatchObject({
      creditorCount: MAX_CREDITORS, debtCount: MAX_DEBTS, totalPrincipal: '5000000000.00', totalOutstanding: '5000000000.00',
    });
    given(debtDecider).when(register({ creditors: [...creditors, creditor(MAX_CREDITORS)], debts }))
      .thenRejects('DEBT_LIST_TOO_LONG', 'creditors');
    given(debtDecider).when(register({ creditors, debts: [...debts, debt({ creditorIndex: 0 })] }))
      .thenRejects('DEBT_LIST_TOO_LONG', 'debts');
  });
});

describe('bounds of a correction and of an agreement', () => {
  it('refuses a corrected debt over the bound, and too many corrected debts', () => {
    const amend: AmendDebtRegistration = { type: 'AmendDebtRegistration', at: LATER, reason: 'แก้ยอดหนี้', openCasesOfDebtor: [] };
    given(debtDecider, [registered()]).when({ ...amend, debts: [debt({ creditorIndex: 0, outstanding: JUST_OVER })] })
      .thenRejects('AMOUNT_TOO_LARGE', 'debts[0].outstanding');
    given(debtDecider, [registered()]).when({ ...amend, debts: Array.from({ length: MAX_DEBTS + 1 }, () => debt({ creditorIndex: 0 })) })
      .thenRejects('DEBT_LIST_TOO_LONG', 'debts');
  });

  it('refuses an instalment larger than the whole debt after mediation', () => {
    const history = historyOf(contact, schedule);
    const plan = { instalmentCount: '1', instalmentAmount: '50,000', firstDueDate: '2024-02-01' };
    given(debtDecider, history).when({ ...agree, instalmentPlan: plan }).then([expect.objectContaining({ type: 'DebtMediationOutcomeRecorded' }) as never]);
    given(debtDecider, history).when({ ...agree, instalmentPlan: { ...plan, instalmentAmount: '50,000.01' } })
      .thenRejects('AMOUNT_TOO_LARGE', 'instalmentPlan.instalmentAmount');
    given(debtDecider, history).when({ ...agree, instalmentPlan: { ...plan, instalmentAmount: '1'.padEnd(31, '0') } })
      .thenRejects('AMOUNT_TOO_LARGE', 'instalmentPlan.instalmentAmount');
  });
});
