import { describe, expect, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import { fold } from '../../../shared/decider.js';
import { CASE_ID, close, debtor, debtorInput, historyOf, LATER, LATER_UTC, register, registered, registeredData } from '../debt-fixtures.js';
import type { AmendDebtRegistration } from '../debt.commands.js';
import { debtDecider } from '../debt.decider.js';
import type { DebtCaseFigures, DebtEvent, DebtRegistrationAmendedData } from '../debt.events.js';

const amend = (patch: Partial<AmendDebtRegistration>): AmendDebtRegistration => ({
  type: 'AmendDebtRegistration', at: LATER, reason: 'แก้ไขตามที่ลูกหนี้แจ้ง', openCasesOfDebtor: [], ...patch,
});
const { districtCode, provinceCode, channel, registeredAt, registeredOn, creditorCount, debtCount, totalPrincipal, totalOutstanding } = registeredData();
const figures: DebtCaseFigures = { districtCode, provinceCode, channel, registeredAt, registeredOn, creditorCount, debtCount, totalPrincipal, totalOutstanding };
const unchanged = { debtor: null, creditors: null, creditorKeys: null, debts: null, helpWanted: null };
const amended = (data: Partial<DebtRegistrationAmendedData> & Pick<DebtRegistrationAmendedData, 'changed'>): DebtEvent => ({
  type: 'DebtRegistrationAmended',
  data: { caseId: CASE_ID, at: LATER_UTC, reason: 'แก้ไขตามที่ลูกหนี้แจ้ง', ...unchanged, before: figures, after: figures, status: 'REGISTERED', ...data },
});

describe('AmendDebtRegistration', () => {
  it('corrects the debts, carrying the totals before and after', () => {
    const debts = [...register().debts.slice(0, 1), { creditorIndex: 1, principal: '10000', outstanding: '๘,๐๐๐' }];
    given(debtDecider, [registered()]).when(amend({ debts })).then([amended({
      changed: ['debts'],
      debts: [registeredData().debts[0], { ...registeredData().debts[1], outstanding: '8000.00', interestRatePerMonth: null }],
      after: { ...figures, totalOutstanding: '70500.50' },
    })]);
  });

  it('corrects the debtor alone; values typed differently but equal do not count as changes', () => {
    given(debtDecider, [registered()])
      .when(amend({ debtor: debtorInput({ phone: '0899999999' }), helpWanted: { kinds: ['MEDIATION', 'FORMAL_LOAN'] } }))
      .then([amended({ changed: ['debtor'], debtor: { ...debtor, phone: '0899999999' } })]);
  });

  it('corrects the attributed district and the date of a paper form', () => {
    const paper = registered({ channel: 'PAPER', registeredAt: '2023-12-14T17:00:00.000Z', registeredOn: '2023-12-15' });
    const before: DebtCaseFigures = { ...figures, channel: 'PAPER', registeredAt: '2023-12-14T17:00:00.000Z', registeredOn: '2023-12-15' };
    given(debtDecider, [paper]).when(amend({ districtCode: '๔๙๐๒', formDate: '๑๘/๑๒/๒๕๖๖' })).then([amended({
      changed: ['district', 'formDate'],
      before,
      after: { ...before, districtCode: '4902', registeredAt: '2023-12-17T17:00:00.000Z', registeredOn: '2023-12-18' },
    })]);
  });

  it('replaces the creditors with their keys, and folds the correction into state', () => {
    const creditors = [register().creditors[0], { kind: 'PERSON' as const, name: 'นายทุน ใจร้าย' }];
    const events = historyOf(amend({ creditors }));
    expect(events[1].data).toMatchObject({
      changed: ['creditors'], creditorKeys: ['ID:3100500123458', 'NAME:นายทุนใจร้าย'], after: figures,
    });
    expect(fold(debtDecider, events)).toMatchObject({ creditorKeys: ['ID:3100500123458', 'NAME:นายทุนใจร้าย'], status: 'REGISTERED' });
  });

  it('refuses creditors that overlap another open case of the debtor, naming it', () => {
    const creditors = [{ kind: 'PERSON' as const, name: 'นายทุน ใจร้าย' }];
    const error = given(debtDecider, [registered()])
      .when(amend({
        creditors,
        debts: [{ principal: '1', outstanding: '1' }],
        openCasesOfDebtor: [{ caseId: CASE_ID, creditorKeys: ['NAME:นายทุนใจร้าย'] }, { caseId: 'debt-2567-000777', creditorKeys: ['NAME:นายทุนใจร้าย'] }],
      }))
      .thenRejects('DEBT_CASE_DUPLICATE_OPEN', 'creditors[0]');
    expect(error.messageEn).toContain('debt-2567-000777');
  });

  it('refuses a correction that changes nothing, whatever order the stored keys came back in', () => {
    const reordered = Object.fromEntries(Object.entries(debtor).reverse()) as typeof debtor;
    given(debtDecider, [registered({ debtor: reordered })])
      .when(amend({ debtor: debtorInput({ citizenId: '1101700207030' }), districtCode: '4901' }))
      .thenRejects('DEBT_AMENDMENT_CHANGES_NOTHING');
  });

  it('refuses to correct the district of a transferred case', () => {
    given(debtDecider, historyOf({ type: 'TransferDebtCase', at: LATER, toDistrictCode: '4902', reason: 'ลูกหนี้ย้ายที่อยู่' }))
      .when(amend({ districtCode: '4901' }))
      .thenRejects('DEBT_DISTRICT_CORRECTION_AFTER_TRANSFER', 'districtCode');
  });

  it('refuses fewer creditors than the kept debts are owed to', () => {
    given(debtDecider, [registered()])
      .when(amend({ creditors: register().creditors.slice(0, 1) }))
      .thenRejects('DEBT_CREDITOR_UNKNOWN', 'debts[1].creditorIndex');
  });

  it.each([
    ['a form date on a counter registration', { formDate: '2024-01-04' }, 'DEBT_FORM_DATE_ONLY_FOR_PAPER', 'formDate'],
    ['a negative amount', { debts: [{ creditorIndex: 0, principal: '1', outstanding: '-๑' }] }, 'AMOUNT_NEGATIVE', 'debts[0].outstanding'],
    ['a mismatched subdistrict', { debtor: debtorInput({ address: { ...debtorInput().address, subdistrictCode: '100101' } }) },
      'GEOGRAPHY_SUBDISTRICT_NOT_IN_DISTRICT', 'debtor.address.subdistrictCode'],
    ['a blank reason', { reason: '' }, 'TEXT_REQUIRED', 'reason'],
  ] as [string, Partial<AmendDebtRegistration>, string, string][])('refuses %s', (_, patch, code, field) => {
    given(debtDecider, [registered()]).when(amend(patch)).thenRejects(code, field);
  });

  it('refuses a correction of a closed case or of no case', () => {
    given(debtDecider, historyOf(close)).when(amend({ reason: 'x' })).thenRejects('DEBT_CASE_CLOSED');
    given(debtDecider).when(amend({ reason: 'x' })).thenRejects('DEBT_CASE_NOT_FOUND');
  });
});
