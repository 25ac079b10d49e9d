import { describe, expect, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import { AT_UTC, CASE_ID, debtorInput, register, registered, registeredData } from '../debt-fixtures.js';
import type { CreditorInput, DebtInput } from './debt-inputs.js';
import type { RegisterDebtor } from '../debt.commands.js';
import { debtDecider } from '../debt.decider.js';

const [person, company] = register().creditors;
const [debt0, debt1] = register().debts;
const withDebt = (index: number, patch: Partial<DebtInput>) => ({
  debts: register().debts.map((d, i) => (i === index ? { ...d, ...patch } : d)),
});
const withCreditor = (index: number, patch: Partial<CreditorInput>) => ({
  creditors: register().creditors.map((c, i) => (i === index ? { ...c, ...patch } : c)),
});
const withAddress = (patch: Partial<RegisterDebtor['debtor']['address']>) => ({
  debtor: debtorInput({ address: { ...debtorInput().address, ...patch } }),
});

describe('RegisterDebtor', () => {
  it('registers a counter case with Thai digits, separators and spacing normalised, attributed to the domicile', () => {
    given(debtDecider).when(register()).then([registered()]);
  });

  it('dates a paper form by the form (Buddhist Era accepted) and keeps the instant it was keyed in', () => {
    given(debtDecider)
      .when(register({ channel: 'PAPER', formDate: '๑๕/๑๒/๒๕๖๖' }))
      .then([registered({ channel: 'PAPER', registeredAt: '2023-12-14T17:00:00.000Z', registeredOn: '2023-12-15', at: AT_UTC })]);
  });

  it('attributes the case to the district given, with its province', () => {
    given(debtDecider)
      .when(register({ districtCode: '๑๐๐๑' }))
      .then([registered({ districtCode: '1001', provinceCode: '10', attribution: 'GIVEN' })]);
  });

  it('takes a single creditor known by name only, without naming it on each debt', () => {
    const [event] = given(debtDecider)
      .when(register({
        creditors: [{ kind: 'PERSON', name: ' เจ๊ ขาว ' }],
        debts: [{ principal: '๑๐๐๐', outstanding: '0' }],
        helpWanted: { kinds: ['OTHER', 'OTHER'], note: 'ขอให้ช่วยเจรจา' },
      }))
      .then([registered({
        creditorCount: 1, debtCount: 1, totalPrincipal: '1000.00', totalOutstanding: '0.00',
        creditors: [{ kind: 'PERSON', name: 'เจ๊ ขาว', citizenId: null, companyId: null, phone: null, address: null }],
        creditorKeys: ['NAME:เจ๊ขาว'],
        debts: [{ creditorIndex: 0, principal: '1000.00', outstanding: '0.00', interestRatePerMonth: null, startDate: null, collateral: null }],
        helpWanted: { kinds: ['OTHER'], note: 'ขอให้ช่วยเจรจา' },
      })]);
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });

  it('registers beside an open case of the same debtor with other creditors', () => {
    given(debtDecider)
      .when(register({ openCasesOfDebtor: [{ caseId: 'debt-2566-000042', creditorKeys: ['NAME:เจ๊ขาว'] }] }))
      .then([registered()]);
  });

  it('refuses a second open case with the same creditor and names the existing case', () => {
    const error = given(debtDecider)
      .when(register({ openCasesOfDebtor: [{ caseId: 'debt-2566-000042', creditorKeys: ['ID:0107544000108'] }] }))
      .thenRejects('DEBT_CASE_DUPLICATE_OPEN', 'creditors[1]');
    expect(error.messageTh).toContain('debt-2566-000042');
    expect(error.messageEn).toContain('debt-2566-000042');
  });

  it('refuses to register the same case twice', () => {
    given(debtDecider, [registered()]).when(register()).thenRejects('DEBT_CASE_ALREADY_REGISTERED', 'caseId');
  });

  const rejections: [string, Partial<RegisterDebtor>, string, string][] = [
    ['a debtor citizen id failing its check digit', { debtor: debtorInput({ citizenId: '๑-๑๐๑๗-๐๐๒๐๗-๐๓-๑' }) }, 'CITIZEN_ID_CHECK_DIGIT', 'debtor.citizenId'],
    ['a debtor citizen id of 12 digits', { debtor: debtorInput({ citizenId: '110170020703' }) }, 'CITIZEN_ID_FORMAT', 'debtor.citizenId'],
    ['a creditor citizen id failing its check digit', withCreditor(0, { citizenId: '3100500123459' }), 'CITIZEN_ID_CHECK_DIGIT', 'creditors[0].citizenId'],
    ['a company id failing its check digit', withCreditor(1, { companyId: '๐๑๐๗๕๔๔๐๐๐๑๐๙' }), 'COMPANY_ID_CHECK_DIGIT', 'creditors[1].companyId'],
    ['a company id on a person', withCreditor(0, { companyId: '0107544000108' }), 'DEBT_CREDITOR_ID_NOT_FOR_KIND', 'creditors[0].companyId'],
    ['a citizen id on a company', withCreditor(1, { citizenId: '3100500123458' }), 'DEBT_CREDITOR_ID_NOT_FOR_KIND', 'creditors[1].citizenId'],
    ['an unknown province', withAddress({ provinceCode: '99' }), 'GEOGRAPHY_UNKNOWN_PROVINCE', 'debtor.address.provinceCode'],
    ['an unknown district', withAddress({ districtCode: '4999' }), 'GEOGRAPHY_UNKNOWN_DISTRICT', 'debtor.address.districtCode'],
    ['an unknown subdistrict', withAddress({ subdistrictCode: '490199' }), 'GEOGRAPHY_UNKNOWN_SUBDISTRICT', 'debtor.address.subdistrictCode'],
    ['a malformed subdistrict code', withAddress({ subdistrictCode: '4901' }), 'GEOGRAPHY_MALFORMED_CODE', 'debtor.address.subdistrictCode'],
    ['a district of another province', withAddress({ districtCode: '4801' }), 'GEOGRAPHY_DISTRICT_NOT_IN_PROVINCE', 'debtor.address.districtCode'],
    ['a subdistrict of another district', withAddress({ subdistrictCode: '490201' }), 'GEOGRAPHY_SUBDISTRICT_NOT_IN_DISTRICT', 'debtor.address.subdistrictCode'],
    ['a creditor district of another province', withCreditor(0, { address: { provinceCode: '48', districtCode: '4901' } }),
      'GEOGRAPHY_DISTRICT_NOT_IN_PROVINCE', 'creditors[0].address.districtCode'],
    ['a creditor subdistrict without its district', withCreditor(0, { address: { provinceCode: '49', subdistrictCode: '490101' } }),
      'GEOGRAPHY_SUBDISTRICT_WITHOUT_DISTRICT', 'creditors[0].address.subdistrictCode'],
    ['an unknown attributed district', { districtCode: '๔๙๙๙' }, 'GEOGRAPHY_UNKNOWN_DISTRICT', 'districtCode'],
    ['a negative outstanding amount', withDebt(1, { outstanding: '-12,000' }), 'AMOUNT_NEGATIVE', 'debts[1].outstanding'],
    ['a malformed principal', withDebt(0, { principal: '50,00' }), 'AMOUNT_MALFORMED', 'debts[0].principal'],
    ['an amount below one satang', withDebt(1, { outstanding: '12000.255' }), 'AMOUNT_TOO_PRECISE', 'debts[1].outstanding'],
    ['a negative interest rate', withDebt(0, { interestRatePerMonth: '-3' }), 'DEBT_INTEREST_RATE_INVALID', 'debts[0].interestRatePerMonth'],
    ['a start date that does not exist', withDebt(0, { startDate: '๓๑/๒/๒๕๖๖' }), 'DATE_MALFORMED', 'debts[0].startDate'],
    ['a debt starting after today', withDebt(1, { startDate: '6/1/2567' }), 'DEBT_START_DATE_IN_FUTURE', 'debts[1].startDate'],
    ['a debt of no listed creditor', withDebt(1, { creditorIndex: 2 }), 'DEBT_CREDITOR_UNKNOWN', 'debts[1].creditorIndex'],
    ['a debt of unnamed creditor among several', withDebt(0, { creditorIndex: null }), 'DEBT_CREDITOR_REQUIRED', 'debts[0].creditorIndex'],
    ['no creditor', { creditors: [] }, 'DEBT_LIST_REQUIRED', 'creditors'],
    ['no debt', { debts: [] }, 'DEBT_LIST_REQUIRED', 'debts'],
    ['the debtor as creditor', withCreditor(0, { citizenId: '1101700207030' }), 'DEBT_CREDITOR_IS_DEBTOR', 'creditors[0].citizenId'],
    ['a creditor listed twice', { creditors: [person, company, { ...person, citizenId: '๓๑๐๐๕๐๐๑๒๓๔๕๘' }], debts: [debt0, debt1] },
      'DEBT_CREDITOR_REPEATED', 'creditors[2]'],
    ['no help wanted', { helpWanted: { kinds: [] } }, 'DEBT_HELP_WANTED_REQUIRED', 'helpWanted.kinds'],
    ['other help without a note', { helpWanted: { kinds: ['OTHER'], note: ' ' } }, 'DEBT_NOTE_REQUIRED', 'helpWanted.note'],
    ['a paper form without its date', { channel: 'PAPER' }, 'DEBT_FORM_DATE_REQUIRED', 'formDate'],
    ['a form date on an online registration', { channel: 'THAID_APP', formDate: '2024-01-04' }, 'DEBT_FORM_DATE_ONLY_FOR_PAPER', 'formDate'],
    ['a form dated after it was keyed in', { channel: 'PAPER', formDate: '๖/๑/๒๕๖๗' }, 'DEBT_FORM_DATE_IN_FUTURE', 'formDate'],
    ['a form dated before registration opened', { channel: 'PAPER', formDate: '30/11/2566' }, 'DEBT_FORM_DATE_BEFORE_OPENING', 'formDate'],
    ['an unknown channel', { channel: 'FAX' as RegisterDebtor['channel'] }, 'CHOICE_UNKNOWN', 'channel'],
    ['a malformed phone', { debtor: debtorInput({ phone: '๘๑๒๓' }) }, 'PHONE_MALFORMED', 'debtor.phone'],
    ['a blank last name', { debtor: debtorInput({ lastName: '  ' }) }, 'TEXT_REQUIRED', 'debtor.lastName'],
    ['a blank case id', { caseId: ' ' }, 'TEXT_REQUIRED', 'caseId'],
    ['an instant without a zone', { at: '2024-01-05T10:30:00' }, 'INSTANT_MALFORMED', 'at'],
  ];

  it.each(rejections)('refuses %s', (_, patch, code, field) => {
    given(debtDecider).when(register(patch)).thenRejects(code, field);
  });

  it('answers every refused field of a registration at once, in the order of the form', () => {
    given(debtDecider).when(register({
      channel: 'PAPER',
      debtor: debtorInput({ citizenId: '110170020703', phone: '๘๑๒๓', address: { ...debtorInput().address, districtCode: '4801' } }),
      ...withCreditor(1, { companyId: '๐๑๐๗๕๔๔๐๐๐๑๐๙' }),
      debts: [{ ...debt0, principal: '50,00' }, { ...debt1, outstanding: '-1' }],
      helpWanted: { kinds: [] },
    })).thenRejectsAll([
      ['DEBT_FORM_DATE_REQUIRED', 'formDate'],
      ['CITIZEN_ID_FORMAT', 'debtor.citizenId'],
      ['PHONE_MALFORMED', 'debtor.phone'],
      // The subdistrict is not checked against a district that lies in another province.
      ['GEOGRAPHY_DISTRICT_NOT_IN_PROVINCE', 'debtor.address.districtCode'],
      ['COMPANY_ID_CHECK_DIGIT', 'creditors[1].companyId'],
      ['AMOUNT_MALFORMED', 'debts[0].principal'],
      ['AMOUNT_NEGATIVE', 'debts[1].outstanding'],
      ['DEBT_HELP_WANTED_REQUIRED', 'helpWanted.kinds'],
    ]);
  });

  it('writes the day registration opened in the Buddhist Era', () => {
    const error = given(debtDecider).when(register({ channel: 'PAPER', formDate: '30/11/2566' })).thenRejects('DEBT_FORM_DATE_BEFORE_OPENING', 'formDate');
    expect(error.messageTh).toBe('วันที่ในแบบฟอร์มต้องไม่ก่อนวันเปิดลงทะเบียน (1 ธันวาคม 2566)');
  });

  it('checks the debts of a registration without creditors, but not which creditor each names', () => {
    given(debtDecider).when(register({ creditors: [], ...withDebt(0, { principal: 'ห้าหมื่น' }) }))
      .thenRejectsAll([['DEBT_LIST_REQUIRED', 'creditors'], ['AMOUNT_MALFORMED', 'debts[0].principal']]);
  });

  it('answers every breach of the rules across creditors and debts at once, once each part has parsed', () => {
    given(debtDecider).when(register({ creditors: [{ ...person, citizenId: '1101700207030' }, company, { ...company }] })).thenRejectsAll([
      ['DEBT_CREDITOR_IS_DEBTOR', 'creditors[0].citizenId'],
      ['DEBT_CREDITOR_REPEATED', 'creditors[2]'],
    ]);
  });

  it('keeps the registered values in state for later commands', () => {
    const state = debtDecider.evolve(debtDecider.initialState(), registered());
    expect(state).toMatchObject({
      caseId: CASE_ID, status: 'REGISTERED', debtorCitizenId: '1101700207030', transferred: false, closed: null,
      creditorKeys: registeredData().creditorKeys, wishesMediation: 'UNDECIDED',
      figures: { districtCode: '4901', provinceCode: '49', totalOutstanding: '74500.75', registeredOn: '2024-01-05' },
    });
  });
});
