import { bangkokDateOf, parseInstant } from '../../shared/date-input.js';
import { hasText, requireText } from '../../shared/text-input.js';
import { refuseDuplicateOpenCase } from './debt-creditor-key.js';
import { parseHelpWanted } from './debt-details.js';
import { debtErrors } from './debt-errors.js';
import { parseDebtor } from './debt-parties.js';
import {
  changedOrNull, checkParts, figuresOf, givenDistrict, parseCreditors, parseDebts, registrationTime,
} from './debt-registration.js';
import type { DebtCase } from './debt-state.js';
import type { AmendDebtRegistration } from './debt.commands.js';
import type { AmendedPart, DebtEvent } from './debt.events.js';

/**
 * A correction of the registration. Each part given replaces that part whole and is checked as at
 * registration, together with the parts kept; the event carries the changed parts and the figures before
 * and after, so counts move without reading earlier events.
 */
export function decideAmend(command: AmendDebtRegistration, state: DebtCase): DebtEvent[] {
  const at = parseInstant(command.at, 'at');
  const reason = requireText(command.reason, 'reason');
  const debtor = command.debtor ? parseDebtor(command.debtor) : null;
  const creditors = command.creditors ? parseCreditors(command.creditors) : null;
  const creditorCount = (creditors ?? state.creditors).length;
  const debts = command.debts ? parseDebts(command.debts, creditorCount, bangkokDateOf(at)) : null;
  const helpWanted = command.helpWanted ? parseHelpWanted(command.helpWanted) : null;
  const parts = {
    debtor: debtor ?? state.debtor,
    creditors: creditors ?? state.creditors,
    debts: debts ?? state.debts,
    helpWanted: helpWanted ?? state.helpWanted,
  };
  const creditorKeys = checkParts(parts);
  const before = state.figures;
  const place = givenDistrict(command.districtCode) ?? before;
  if (place.districtCode !== before.districtCode && state.transferred) throw debtErrors.districtAfterTransfer();
  const time = hasText(command.formDate) ? registrationTime(before.channel, command.formDate, at) : before;

  const changes = {
    debtor: changedOrNull(debtor, state.debtor),
    creditors: changedOrNull(creditors, state.creditors),
    debts: changedOrNull(debts, state.debts),
    helpWanted: changedOrNull(helpWanted, state.helpWanted),
  };
  const changed: AmendedPart[] = [
    ...(Object.keys(changes) as (keyof typeof changes)[]).filter((part) => changes[part] !== null),
    ...(place.districtCode !== before.districtCode ? ['district' as const] : []),
    ...(time.registeredOn !== before.registeredOn ? ['formDate' as const] : []),
  ];
  if (changed.length === 0) throw debtErrors.amendmentChangesNothing();
  if (changes.debtor || changes.creditors) refuseDuplicateOpenCase(state.caseId, creditorKeys, command.openCasesOfDebtor);

  return [{
    type: 'DebtRegistrationAmended',
    data: {
      caseId: state.caseId,
      at,
      reason,
      changed,
      ...changes,
      creditorKeys: changes.creditors ? creditorKeys : null,
      before,
      after: figuresOf(parts, place, time, before.channel),
      status: state.status,
    },
  }];
}
