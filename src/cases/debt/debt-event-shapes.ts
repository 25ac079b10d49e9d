import type { RecordedFact } from '../../shared/decider.js';
import { UnreadableEventError } from '../../shared/event-schema.js';
import { flag, type Guard, integer, listOf, nullable, oneOf, shape, text } from '../../shared/json-guard.js';
import type {
  Address, AgreementFigures, Creditor, CreditorAddress, Debt, Debtor, HelpWanted, InstalmentPlan, MediationSlot,
} from './debt-records.js';
import {
  CONTACT_METHODS, CREDITOR_KINDS, DEBT_CLOSE_REASONS, HELP_KINDS, MEDIATION_OUTCOMES, MEDIATION_WISHES, REFERRAL_AGENCIES,
} from './vocabulary/debt-vocabulary.js';
import {
  DEBT_CASE_STATUSES, DEBT_CHANNELS, DEBT_EVENTS, type AmendedPart, type DebtCaseFigures, type DebtCaseTotals, type DebtEvent,
  type DebtEventData, type DebtEventType,
} from './debt.events.js';

const address = shape<Address>({ line: text, subdistrictCode: text, districtCode: text, provinceCode: text });
const creditorAddress = shape<CreditorAddress>({ line: nullable(text), subdistrictCode: nullable(text), districtCode: nullable(text), provinceCode: text });
const debtor = shape<Debtor>({ citizenId: text, title: text, firstName: text, lastName: text, phone: nullable(text), occupation: text, address });
const creditor = shape<Creditor>({
  kind: oneOf(CREDITOR_KINDS), name: text, citizenId: nullable(text), companyId: nullable(text), phone: nullable(text), address: nullable(creditorAddress),
});
const debt = shape<Debt>({
  creditorIndex: integer, principal: text, outstanding: text, interestRatePerMonth: nullable(text), startDate: nullable(text), collateral: nullable(text),
});
const helpWanted = shape<HelpWanted>({ kinds: listOf(oneOf(HELP_KINDS)), note: nullable(text) });
const slotFields = { date: text, time: nullable(text), place: text };
const slot = shape<MediationSlot>(slotFields);
const agreement = shape<AgreementFigures>({ debtBefore: text, debtAfter: text, reduction: text });
const plan = shape<InstalmentPlan>({ instalmentCount: integer, instalmentAmount: text, firstDueDate: text });

const status = oneOf(DEBT_CASE_STATUSES);
const fact = { caseId: text, at: text };
const inDistrict = { districtCode: text, provinceCode: text };
const change = { previousStatus: status, status };
const totalsFields = {
  channel: oneOf(DEBT_CHANNELS), registeredAt: text, registeredOn: text, creditorCount: integer, debtCount: integer,
  totalPrincipal: text, totalOutstanding: text,
};
const totals = shape<DebtCaseTotals>(totalsFields);
const figures = shape<DebtCaseFigures>({ ...inDistrict, ...totalsFields });
const AMENDED_PARTS = Object.keys({
  debtor: 0, creditors: 0, debts: 0, helpWanted: 0, district: 0, formDate: 0,
} satisfies Record<AmendedPart, 0>) as readonly AmendedPart[];

/** The shape of each debt event's data as written now (schema versions in DEBT_EVENT_SCHEMA_VERSIONS). */
const SHAPES: { [T in DebtEventType]: Guard<DebtEventData<T>> } = {
  DebtorRegistered: shape<DebtEventData<'DebtorRegistered'>>({
    ...fact, ...inDistrict, ...totalsFields, status: oneOf(['REGISTERED']), attribution: oneOf(['DOMICILE', 'GIVEN']),
    debtor, creditors: listOf(creditor), creditorKeys: listOf(text), debts: listOf(debt), helpWanted,
  }),
  DebtRegistrationAmended: shape<DebtEventData<'DebtRegistrationAmended'>>({
    ...fact, reason: text, changed: listOf(oneOf(AMENDED_PARTS)), debtor: nullable(debtor), creditors: nullable(listOf(creditor)),
    creditorKeys: nullable(listOf(text)), debts: nullable(listOf(debt)), helpWanted: nullable(helpWanted), before: figures, after: figures, status,
  }),
  DebtContactAttemptRecorded: shape<DebtEventData<'DebtContactAttemptRecorded'>>({
    ...fact, ...inDistrict, ...change, method: oneOf(CONTACT_METHODS), reached: flag, wishesMediation: oneOf(MEDIATION_WISHES), note: nullable(text),
  }),
  DebtCaseTransferred: shape<DebtEventData<'DebtCaseTransferred'>>({
    ...fact, ...change, reason: text, fromDistrictCode: text, fromProvinceCode: text, toDistrictCode: text, toProvinceCode: text,
    totals, agreement: nullable(agreement), cancelledMediation: nullable(slot),
  }),
  DebtMediationScheduled: shape<DebtEventData<'DebtMediationScheduled'>>({ ...fact, ...inDistrict, ...change, ...slotFields, replaces: nullable(slot) }),
  DebtMediationOutcomeRecorded: shape<DebtEventData<'DebtMediationOutcomeRecorded'>>({
    ...fact, ...inDistrict, ...change, outcome: oneOf(MEDIATION_OUTCOMES), mediationDate: text, agreement: nullable(agreement),
    instalmentPlan: nullable(plan), note: nullable(text),
  }),
  DebtCaseReferred: shape<DebtEventData<'DebtCaseReferred'>>({
    ...fact, ...inDistrict, ...change, agency: oneOf(REFERRAL_AGENCIES), agencyName: nullable(text), note: nullable(text),
  }),
  DebtCaseClosed: shape<DebtEventData<'DebtCaseClosed'>>({
    ...fact, ...inDistrict, ...change, reason: oneOf(DEBT_CLOSE_REASONS), duplicateOfCaseId: nullable(text), note: nullable(text),
  }),
  DebtCaseReopened: shape<DebtEventData<'DebtCaseReopened'>>({ ...fact, ...inDistrict, ...change, reason: text, closedReason: oneOf(DEBT_CLOSE_REASONS) }),
};

/**
 * A recorded event as the debt event it is as written now (upcast through DEBT_EVENTS from the version it was
 * stored in), or undefined when it is not one this code can fold: an unknown type, a version no upcasters lead
 * from, or data that is not of the current shape once upcast.
 */
export function readRecordedDebtEvent(stored: RecordedFact): DebtEvent | undefined {
  let event: DebtEvent;
  try {
    event = DEBT_EVENTS.upcast(stored);
  } catch (error) {
    if (error instanceof UnreadableEventError) return undefined;
    throw error;
  }
  return (SHAPES[event.type] as Guard<unknown>)(event.data) ? event : undefined;
}
