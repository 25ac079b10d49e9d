import type { PersonalFieldCatalogue, PersonalPart } from '../../personal-data/keys/personal-fields.js';
import type { DebtEventType } from './debt.events.js';

/**
 * The personal data in the debt events (issue 17): the debtor (their key, PRINCIPAL), each creditor who is a person
 * with a citizen id (theirs, PARTY; a company's or an unnamed person's fields fall to the case's key), and the free
 * text written about them (the case's key, which the debtor's erasure takes too). Codes, statuses, amounts, dates
 * and places of mediation stay plain: every count and report is read from them.
 */
const debtor: PersonalPart = {
  at: 'debtor', subject: { field: 'citizenId', role: 'PRINCIPAL' },
  fields: ['citizenId', 'title', 'firstName', 'lastName', 'phone', 'occupation', 'address.line'],
};
const creditors: PersonalPart = {
  at: 'creditors[]', subject: { field: 'citizenId', role: 'PARTY' }, fields: ['name', 'citizenId', 'phone', 'address.line'],
};
const collateral: PersonalPart = { at: 'debts[]', fields: ['collateral'] };
const caseText = (...fields: string[]): PersonalPart => ({ at: '', fields });

export const DEBT_PERSONAL_FIELDS = {
  DebtorRegistered: [debtor, creditors, collateral, caseText('creditorKeys[]', 'helpWanted.note')],
  DebtRegistrationAmended: [debtor, creditors, collateral, caseText('creditorKeys[]', 'helpWanted.note', 'reason')],
  DebtContactAttemptRecorded: [caseText('note')],
  DebtCaseTransferred: [caseText('reason')],
  DebtMediationOutcomeRecorded: [caseText('note')],
  DebtCaseReferred: [caseText('note')],
  DebtCaseClosed: [caseText('note')],
  DebtCaseReopened: [caseText('reason')],
} as const satisfies Partial<Record<DebtEventType, readonly PersonalPart[]>> satisfies PersonalFieldCatalogue;
