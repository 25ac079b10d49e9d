import { parseTypedDay } from '../../shared/dates';
import { toArabicDigits, typedNumber } from '../../shared/thai-digits';
import type { CreditorKind, DebtChannel, HelpKind, RegisterDebtorInput } from './register.graphql';

/**
 * The registration form as the officer typed it (Thai or Arabic digits, Buddhist Era days), and the input it sends:
 * digits made Arabic, amounts without separators, days as LocalDates; whatever does not parse goes as typed, for the
 * service to refuse beside its field.
 */

/** Creditors and debts one registration may list (src/cases/debt/registration/debt-limits.ts). */
export const MAX_CREDITORS = 20;
export const MAX_DEBTS = 50;

export interface AddressForm { line: string; provinceCode: string; districtCode: string; subdistrictCode: string }
export interface CreditorForm { key: number; kind: CreditorKind; name: string; idNumber: string; phone: string; address: AddressForm }
export interface DebtForm {
  key: number;
  /** The creditor's place in the list, '' for none chosen. */
  creditorIndex: string;
  principal: string;
  outstanding: string;
  interestRatePerMonth: string;
  startDate: string;
  collateral: string;
}
export interface RegistrationForm {
  channel: DebtChannel;
  formDate: string;
  debtor: { citizenId: string; title: string; firstName: string; lastName: string; phone: string; occupation: string; address: AddressForm };
  /** '' for the debtor's district. */
  districtCode: string;
  creditors: CreditorForm[];
  debts: DebtForm[];
  helpWanted: { kinds: HelpKind[]; note: string };
}

let nextKey = 0;
const blankAddress = (provinceCode = '', districtCode = ''): AddressForm => ({ line: '', provinceCode, districtCode, subdistrictCode: '' });
export const blankCreditor = (): CreditorForm => ({ key: ++nextKey, kind: 'PERSON', name: '', idNumber: '', phone: '', address: blankAddress() });
export const blankDebt = (): DebtForm => ({
  key: ++nextKey, creditorIndex: '', principal: '', outstanding: '', interestRatePerMonth: '', startDate: '', collateral: '',
});

/** A new form; the debtor's address starts in the officer's district (a 4-digit code) when given. */
export function blankRegistration(district?: string): RegistrationForm {
  return {
    channel: 'COUNTER',
    formDate: '',
    debtor: { citizenId: '', title: '', firstName: '', lastName: '', phone: '', occupation: '', address: blankAddress(district?.slice(0, 2), district) },
    districtCode: '',
    creditors: [blankCreditor()],
    debts: [blankDebt()],
    helpWanted: { kinds: [], note: '' },
  };
}

const digits = (text: string) => toArabicDigits(text).replace(/[\s-]/g, '');
const orNull = (text: string) => (text.trim() === '' ? null : text);
const day = (text: string) => parseTypedDay(text) ?? toArabicDigits(text);

/** The form with creditor `index` removed, the debts naming it left without a creditor, those after it renumbered. */
export function withoutCreditor(form: RegistrationForm, index: number): RegistrationForm {
  const renumbered = (chosen: string) =>
    chosen === '' || Number(chosen) < index ? chosen : Number(chosen) === index ? '' : String(Number(chosen) - 1);
  return {
    ...form,
    creditors: form.creditors.filter((_, i) => i !== index),
    debts: form.debts.map((debt) => ({ ...debt, creditorIndex: renumbered(debt.creditorIndex) })),
  };
}

export function registrationInput(form: RegistrationForm, commandId: string): RegisterDebtorInput {
  const { debtor } = form;
  return {
    commandId,
    channel: form.channel,
    formDate: form.channel === 'PAPER' ? day(form.formDate) : null,
    debtor: { ...debtor, citizenId: digits(debtor.citizenId), phone: orNull(toArabicDigits(debtor.phone)) },
    districtCode: orNull(form.districtCode),
    creditors: form.creditors.map((c) => ({
      kind: c.kind,
      name: c.name,
      citizenId: c.kind === 'PERSON' ? orNull(digits(c.idNumber)) : null,
      companyId: c.kind === 'COMPANY' ? orNull(digits(c.idNumber)) : null,
      phone: orNull(toArabicDigits(c.phone)),
      address: Object.values(c.address).every((part) => part.trim() === '') ? null : {
        provinceCode: c.address.provinceCode, districtCode: orNull(c.address.districtCode),
        subdistrictCode: orNull(c.address.subdistrictCode), line: orNull(c.address.line),
      },
    })),
    debts: form.debts.map((d) => ({
      creditorIndex: form.creditors.length === 1 || d.creditorIndex === '' ? null : Number(d.creditorIndex),
      principal: typedNumber(d.principal),
      outstanding: typedNumber(d.outstanding),
      interestRatePerMonth: orNull(typedNumber(d.interestRatePerMonth)),
      startDate: orNull(d.startDate) && day(d.startDate),
      collateral: orNull(d.collateral),
    })),
    helpWanted: { kinds: form.helpWanted.kinds, note: orNull(form.helpWanted.note) },
  };
}

const ADDRESS = '(line|provinceCode|districtCode|subdistrictCode)';
const PLACED = [
  /^(channel|formDate|districtCode|creditors|debts|helpWanted\.kinds|helpWanted\.note)$/,
  new RegExp(`^debtor\\.((citizenId|title|firstName|lastName|phone|occupation)|address\\.${ADDRESS})$`),
  new RegExp(`^creditors\\[(\\d+)\\](\\.(kind|name|citizenId|companyId|phone)|\\.address\\.${ADDRESS})?$`),
  /^debts\[(\d+)\](\.(creditorIndex|principal|outstanding|interestRatePerMonth|startDate|collateral))?$/,
];

/** Whether the form shows a refusal of `field` beside it (a row the form still has); the others go above the form. */
export function placedInForm(field: string, form: RegistrationForm): boolean {
  const match = PLACED.map((pattern) => pattern.exec(field)).find(Boolean);
  if (!match) return false;
  if (field.startsWith('creditors[')) return Number(match[1]) < form.creditors.length;
  if (field.startsWith('debts[')) return Number(match[1]) < form.debts.length && !(field.endsWith('creditorIndex') && form.creditors.length === 1);
  return field !== 'formDate' || form.channel === 'PAPER';
}
