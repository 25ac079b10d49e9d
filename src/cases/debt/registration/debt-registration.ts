import { isDeepStrictEqual } from 'node:util';
import { bangkokDateOf, bangkokStartOf, parseDateInput, requireDateWithin } from '../../../shared/date-input.js';
import { FieldErrors, parseEach } from '../../../shared/field-errors.js';
import { hasText } from '../../../shared/text-input.js';
import { requireDistrict } from '../../../geography/geography.js';
import { creditorKey } from './debt-creditor-key.js';
import { parseDebt, totalsOf } from './debt-details.js';
import { debtErrors } from '../debt-errors.js';
import type { CreditorInput, DebtInput } from './debt-inputs.js';
import { MAX_CREDITORS, MAX_DEBTS } from './debt-limits.js';
import { parseCreditor } from './debt-parties.js';
import type { Creditor, Debt, Debtor, HelpWanted } from '../debt-records.js';
import type { DebtChannel } from '../vocabulary/debt-vocabulary.js';
import type { DebtCaseFigures, InDistrict } from '../debt.events.js';

/** Rules shared by registering and amending: the parts as a whole, the registration date, the attribution. */

/** Registration opened nationally on 1 December 2023 (พ.ศ. 2566); no paper form is dated earlier. */
export const REGISTRATION_OPENED = '2023-12-01';

export interface RegistrationParts {
  debtor: Debtor;
  creditors: Creditor[];
  debts: Debt[];
  helpWanted: HelpWanted;
}

export function parseCreditors(inputs: readonly CreditorInput[] | undefined): Creditor[] {
  if (!inputs?.length) throw debtErrors.listRequired('creditors');
  if (inputs.length > MAX_CREDITORS) throw debtErrors.listTooLong('creditors', MAX_CREDITORS);
  return parseEach(inputs, (input, i) => parseCreditor(input, `creditors[${i}]`));
}

/** How many creditors the debts may name: null when the list is refused (empty or too long), and their creditors go unchecked. */
export function creditorsListed(inputs: readonly CreditorInput[] | undefined): number | null {
  return inputs?.length && inputs.length <= MAX_CREDITORS ? inputs.length : null;
}

export function parseDebts(inputs: readonly DebtInput[] | undefined, creditorCount: number | null, today: string): Debt[] {
  if (!inputs?.length) throw debtErrors.listRequired('debts');
  if (inputs.length > MAX_DEBTS) throw debtErrors.listTooLong('debts', MAX_DEBTS);
  return parseEach(inputs, (input, i) => parseDebt(input, `debts[${i}]`, creditorCount, today));
}

/**
 * The rules across parts: no creditor is the debtor, none is listed twice, every debt is owed to a listed
 * creditor; every breach at once. Returns the creditorKey() of each creditor.
 */
export function checkParts({ debtor, creditors, debts }: Omit<RegistrationParts, 'helpWanted'>): string[] {
  const fields = new FieldErrors();
  const keys = creditors.map(creditorKey);
  creditors.forEach((creditor, i) => {
    if (creditor.citizenId === debtor.citizenId) fields.add(debtErrors.creditorIsDebtor(`creditors[${i}].citizenId`));
    if (keys.indexOf(keys[i]) < i) fields.add(debtErrors.creditorRepeated(`creditors[${i}]`));
  });
  debts.forEach((debt, i) => {
    if (debt.creditorIndex >= creditors.length) fields.add(debtErrors.debtCreditorUnknown(`debts[${i}].creditorIndex`));
  });
  return fields.done(keys);
}

/**
 * When the debtor registered: the recorded instant (an imported registration's original time), or for PAPER
 * the start of the form date in Bangkok; never before registration opened.
 */
export function registrationTime(channel: DebtChannel, formDate: string | null | undefined, at: string) {
  if (channel !== 'PAPER') {
    if (hasText(formDate)) throw debtErrors.formDateOnlyForPaper();
    return { registeredAt: at, registeredOn: requireDateWithin(bangkokDateOf(at), 'at', REGISTRATION_OPENED) };
  }
  if (!hasText(formDate)) throw debtErrors.formDateRequired();
  const date = parseDateInput(formDate, 'formDate');
  if (date > bangkokDateOf(at)) throw debtErrors.formDateInFuture();
  if (date < REGISTRATION_OPENED) throw debtErrors.formDateBeforeProgramme(REGISTRATION_OPENED);
  return { registeredAt: bangkokStartOf(date), registeredOn: date };
}

/** The district named on the command, when given. */
export function givenDistrict(input: string | null | undefined): InDistrict | null {
  if (!hasText(input)) return null;
  const district = requireDistrict(input, 'districtCode');
  return { districtCode: district.code, provinceCode: district.provinceCode };
}

export function figuresOf(
  parts: RegistrationParts,
  place: InDistrict,
  time: { registeredAt: string; registeredOn: string },
  channel: DebtChannel,
): DebtCaseFigures {
  return {
    districtCode: place.districtCode,
    provinceCode: place.provinceCode,
    channel,
    registeredAt: time.registeredAt,
    registeredOn: time.registeredOn,
    creditorCount: parts.creditors.length,
    debtCount: parts.debts.length,
    ...totalsOf(parts.debts),
  };
}

/** The replacement when it differs from the current value, else null (the event then says "unchanged"). */
export function changedOrNull<T>(replacement: T | null, current: T): T | null {
  return replacement !== null && !isDeepStrictEqual(replacement, current) ? replacement : null;
}
