import { requireChoice } from '../../../shared/choice.js';
import { FieldErrors, parseFields } from '../../../shared/field-errors.js';
import { hasText, optionalText, requireText } from '../../../shared/text-input.js';
import { requireDistrict } from '../../../geography/geography.js';
import { refuseDuplicateOpenCase } from '../registration/debt-creditor-key.js';
import { debtErrors } from '../debt-errors.js';
import { factOf } from '../debt-fact.js';
import type { DebtCase } from '../debt-state.js';
import { CONTACT_METHODS, DEBT_CLOSE_REASONS, MEDIATION_WISHES, REFERRAL_AGENCIES, type DebtCloseReason } from '../vocabulary/debt-vocabulary.js';
import type { CloseDebtCase, RecordContactAttempt, ReferDebtCase, ReopenDebtCase, TransferDebtCase } from '../debt.commands.js';
import type { DebtEvent } from '../debt.events.js';

/**
 * Contact, transfer, referral, closing and reopening of a registered case (transitions in debt-state.ts); the refusals
 * of a command's fields all at once, after those of the case's state.
 */

export function decideContact(command: RecordContactAttempt, state: DebtCase): DebtEvent[] {
  const reached = command.reached === true;
  const fields = new FieldErrors();
  const method = fields.take(() => requireChoice(command.method, CONTACT_METHODS, 'method'));
  const wishesMediation = fields.take(() => {
    const wish = requireChoice(command.wishesMediation, MEDIATION_WISHES, 'wishesMediation');
    if (!reached && wish !== 'UNDECIDED') throw debtErrors.wishWithoutReach();
    return wish;
  });
  const note = fields.take(() => optionalText(command.note, 'note'));
  fields.after([method, note], (method, note) => {
    if (method === 'OTHER' && note === null) throw debtErrors.noteRequired('note', 'ช่องทางอื่น', 'for contact by OTHER means');
  });
  const contact = fields.done({ method, reached, wishesMediation, note });
  const status = reached && state.status === 'REGISTERED' ? 'CONTACTED' : state.status;
  return [{ type: 'DebtContactAttemptRecorded', data: { ...factOf(state, command.at, status), ...contact } }];
}

/** ส่งต่อข้อมูลระหว่างอำเภอหรือเขต: the whole case and its figures move; a scheduled mediation is dropped. */
export function decideTransfer(command: TransferDebtCase, state: DebtCase): DebtEvent[] {
  const { to, reason } = parseFields({
    to: () => {
      const to = requireDistrict(command.toDistrictCode, 'toDistrictCode');
      if (to.code === state.figures.districtCode) throw debtErrors.transferToSameDistrict();
      return to;
    },
    reason: () => requireText(command.reason, 'reason'),
  });
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
  if (state.status === 'MEDIATION_SCHEDULED') throw debtErrors.referralDuringMediation();
  const fields = new FieldErrors();
  const agency = fields.take(() => requireChoice(command.agency, REFERRAL_AGENCIES, 'agency'));
  const agencyName = fields.after([agency], (agency) => (agency === 'OTHER_AGENCY'
    ? requireText(command.agencyName, 'agencyName', 200)
    : optionalText(command.agencyName, 'agencyName', 200)));
  const note = fields.take(() => optionalText(command.note, 'note'));
  const referral = fields.done({ agency, agencyName, note });
  return [{ type: 'DebtCaseReferred', data: { ...factOf(state, command.at, 'REFERRED'), ...referral } }];
}

export function decideClose(command: CloseDebtCase, state: DebtCase): DebtEvent[] {
  const fields = new FieldErrors();
  const reason = fields.take(() => {
    const reason = requireChoice(command.reason, DEBT_CLOSE_REASONS, 'reason');
    if (reason === 'REFERRED' && state.status !== 'REFERRED') throw debtErrors.closeAsReferredWithoutReferral();
    return reason;
  });
  const duplicateOfCaseId = fields.after([reason], (reason) => duplicateOf(command, reason, state.caseId));
  const note = fields.take(() => optionalText(command.note, 'note'));
  fields.after([reason, note], (reason, note) => {
    if (reason === 'OTHER' && note === null) throw debtErrors.noteRequired('note', 'ยุติด้วยเหตุอื่น', 'when closing for OTHER reasons');
  });
  const closing = fields.done({ reason, duplicateOfCaseId, note });
  return [{ type: 'DebtCaseClosed', data: { ...factOf(state, command.at, 'CLOSED'), ...closing } }];
}

/** The case a DUPLICATE closure names, another one; none for other reasons. */
function duplicateOf(command: CloseDebtCase, reason: DebtCloseReason, caseId: string): string | null {
  if (reason !== 'DUPLICATE') {
    if (hasText(command.duplicateOfCaseId)) throw debtErrors.duplicateOfForbidden();
    return null;
  }
  const duplicate = requireText(command.duplicateOfCaseId, 'duplicateOfCaseId', 100);
  if (duplicate === caseId) throw debtErrors.duplicateOfSelf();
  return duplicate;
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
