import { requireChoice } from '../../shared/choice.js';
import { hasText, optionalText, requireText } from '../../shared/text-input.js';
import { requireDistrict } from '../../geography/geography.js';
import { refuseDuplicateOpenCase } from './debt-creditor-key.js';
import { debtErrors } from './debt-errors.js';
import { factOf } from './debt-fact.js';
import type { DebtCase } from './debt-state.js';
import { CONTACT_METHODS, DEBT_CLOSE_REASONS, MEDIATION_WISHES, REFERRAL_AGENCIES } from './debt-vocabulary.js';
import type { CloseDebtCase, RecordContactAttempt, ReferDebtCase, ReopenDebtCase, TransferDebtCase } from './debt.commands.js';
import type { DebtEvent } from './debt.events.js';

/** Contact, transfer, referral, closing and reopening of a registered case (transitions in debt-state.ts). */

export function decideContact(command: RecordContactAttempt, state: DebtCase): DebtEvent[] {
  const method = requireChoice(command.method, CONTACT_METHODS, 'method');
  const wishesMediation = requireChoice(command.wishesMediation, MEDIATION_WISHES, 'wishesMediation');
  const reached = command.reached === true;
  if (!reached && wishesMediation !== 'UNDECIDED') throw debtErrors.wishWithoutReach();
  const note = optionalText(command.note, 'note');
  if (method === 'OTHER' && note === null) throw debtErrors.noteRequired('note', 'ช่องทางอื่น', 'for contact by OTHER means');
  const status = reached && state.status === 'REGISTERED' ? 'CONTACTED' : state.status;
  return [{ type: 'DebtContactAttemptRecorded', data: { ...factOf(state, command.at, status), method, reached, wishesMediation, note } }];
}

/** ส่งต่อข้อมูลระหว่างอำเภอหรือเขต: the whole case and its figures move; a scheduled mediation is dropped. */
export function decideTransfer(command: TransferDebtCase, state: DebtCase): DebtEvent[] {
  const to = requireDistrict(command.toDistrictCode, 'toDistrictCode');
  if (to.code === state.figures.districtCode) throw debtErrors.transferToSameDistrict();
  const reason = requireText(command.reason, 'reason');
  const scheduled = state.status === 'MEDIATION_SCHEDULED';
  const { districtCode, provinceCode, ...totals } = state.figures;
  const { caseId, at, previousStatus, status } = factOf(state, command.at, scheduled ? 'CONTACTED' : state.status);
  return [{
    type: 'DebtCaseTransferred',
    data: {
      caseId, at, previousStatus, status, reason,
      fromDistrictCode: districtCode, fromProvinceCode: provinceCode, toDistrictCode: to.code, toProvinceCode: to.provinceCode,
      totals, agreement: state.agreement, cancelledMediation: scheduled ? state.mediation : null,
    },
  }];
}

export function decideRefer(command: ReferDebtCase, state: DebtCase): DebtEvent[] {
  const agency = requireChoice(command.agency, REFERRAL_AGENCIES, 'agency');
  if (state.status === 'MEDIATION_SCHEDULED') throw debtErrors.referralDuringMediation();
  const agencyName = agency === 'OTHER_AGENCY'
    ? requireText(command.agencyName, 'agencyName', 200)
    : optionalText(command.agencyName, 'agencyName', 200);
  const note = optionalText(command.note, 'note');
  return [{ type: 'DebtCaseReferred', data: { ...factOf(state, command.at, 'REFERRED'), agency, agencyName, note } }];
}

export function decideClose(command: CloseDebtCase, state: DebtCase): DebtEvent[] {
  const reason = requireChoice(command.reason, DEBT_CLOSE_REASONS, 'reason');
  if (reason === 'REFERRED' && state.status !== 'REFERRED') throw debtErrors.closeAsReferredWithoutReferral();
  let duplicateOfCaseId: string | null = null;
  if (reason === 'DUPLICATE') {
    duplicateOfCaseId = requireText(command.duplicateOfCaseId, 'duplicateOfCaseId', 100);
    if (duplicateOfCaseId === state.caseId) throw debtErrors.duplicateOfSelf();
  } else if (hasText(command.duplicateOfCaseId)) {
    throw debtErrors.duplicateOfForbidden();
  }
  const note = optionalText(command.note, 'note');
  if (reason === 'OTHER' && note === null) throw debtErrors.noteRequired('note', 'ยุติด้วยเหตุอื่น', 'when closing for OTHER reasons');
  return [{ type: 'DebtCaseClosed', data: { ...factOf(state, command.at, 'CLOSED'), reason, duplicateOfCaseId, note } }];
}

/** Back to the status it was closed in, unless the debtor has meanwhile opened a case with the same creditor. */
export function decideReopen(command: ReopenDebtCase, state: DebtCase): DebtEvent[] {
  if (state.closed === null) throw debtErrors.notClosed();
  const reason = requireText(command.reason, 'reason');
  refuseDuplicateOpenCase(state.caseId, state.creditorKeys, command.openCasesOfDebtor);
  return [{
    type: 'DebtCaseReopened',
    data: { ...factOf(state, command.at, state.closed.statusBefore), reason, closedReason: state.closed.reason },
  }];
}
