import { bangkokDateOf, parseInstant } from '../../../shared/date-input.js';
import { FieldErrors } from '../../../shared/field-errors.js';
import { hasText, requireText } from '../../../shared/text-input.js';
import { refuseDuplicateOpenCase } from '../registration/debt-creditor-key.js';
import { parseHelpWanted } from '../registration/debt-details.js';
import { debtErrors } from '../debt-errors.js';
import { parseDebtor } from '../registration/debt-parties.js';
import {
  changedOrNull, checkParts, creditorsListed, figuresOf, givenDistrict, parseCreditors, parseDebts, registrationTime,
} from '../registration/debt-registration.js';
import type { DebtCase } from '../debt-state.js';
import type { AmendDebtRegistration } from '../debt.commands.js';
import type { AmendedPart, DebtEvent } from '../debt.events.js';

/**
 * A correction of the registration. Each part given replaces that part whole and is checked as at
 * registration, together with the parts kept; the event carries the changed parts and the figures before
 * and after, so counts move without reading earlier events. Every refusal of the fields comes at once.
 */
export function decideAmend(command: AmendDebtRegistration, state: DebtCase): DebtEvent[] {
  const before = state.figures;
  const fields = new FieldErrors();
  const at = fields.take(() => parseInstant(command.at, 'at'));
  const reason = fields.take(() => requireText(command.reason, 'reason'));
  const debtor = fields.take(() => (command.debtor ? parseDebtor(command.debtor) : null));
  const creditors = fields.take(() => (command.creditors ? parseCreditors(command.creditors) : null));
  const creditorCount = command.creditors ? creditorsListed(command.creditors) : state.creditors.length;
  const debts = fields.after([at], (at) => (command.debts ? parseDebts(command.debts, creditorCount, bangkokDateOf(at)) : null));
  const helpWanted = fields.take(() => (command.helpWanted ? parseHelpWanted(command.helpWanted) : null));
  const given = fields.take(() => givenDistrict(command.districtCode));
  const time = fields.after([at], (at) => (hasText(command.formDate) ? registrationTime(before.channel, command.formDate, at) : before));
  const creditorKeys = fields.after([debtor, creditors, debts], (debtor, creditors, debts) =>
    checkParts({ debtor: debtor ?? state.debtor, creditors: creditors ?? state.creditors, debts: debts ?? state.debts }));
  const parsed = fields.done({ at, reason, debtor, creditors, debts, helpWanted, given, time, creditorKeys });
  const parts = {
    debtor: parsed.debtor ?? state.debtor,
    creditors: parsed.creditors ?? state.creditors,
    debts: parsed.debts ?? state.debts,
    helpWanted: parsed.helpWanted ?? state.helpWanted,
  };
  const place = parsed.given ?? before;
  if (place.districtCode !== before.districtCode && state.transferred) throw debtErrors.districtAfterTransfer();

  const changes = {
    debtor: changedOrNull(parsed.debtor, state.debtor),
    creditors: changedOrNull(parsed.creditors, state.creditors),
    debts: changedOrNull(parsed.debts, state.debts),
    helpWanted: changedOrNull(parsed.helpWanted, state.helpWanted),
  };
  const changed: AmendedPart[] = [
    ...(Object.keys(changes) as (keyof typeof changes)[]).filter((part) => changes[part] !== null),
    ...(place.districtCode !== before.districtCode ? ['district' as const] : []),
    ...(parsed.time.registeredOn !== before.registeredOn ? ['formDate' as const] : []),
  ];
  if (changed.length === 0) throw debtErrors.amendmentChangesNothing();
  if (changes.debtor || changes.creditors) refuseDuplicateOpenCase(state.caseId, parsed.creditorKeys, command.openCasesOfDebtor);

  return [{
    type: 'DebtRegistrationAmended',
    data: {
      caseId: state.caseId,
      at: parsed.at,
      reason: parsed.reason,
      changed,
      ...changes,
      creditorKeys: changes.creditors ? parsed.creditorKeys : null,
      before,
      after: figuresOf(parts, place, parsed.time, before.channel),
      status: state.status,
    },
  }];
}
