import { requireChoice } from '../../shared/choice.js';
import { bangkokDateOf, parseInstant } from '../../shared/date-input.js';
import { requireText } from '../../shared/text-input.js';
import { refuseDuplicateOpenCase } from './debt-creditor-key.js';
import { parseHelpWanted } from './debt-details.js';
import { parseDebtor } from './debt-parties.js';
import { checkParts, figuresOf, givenDistrict, parseCreditors, parseDebts, registrationTime } from './debt-registration.js';
import { DEBT_CHANNELS } from './debt-vocabulary.js';
import type { RegisterDebtor } from './debt.commands.js';
import type { DebtEvent } from './debt.events.js';

/** ลงทะเบียนลูกหนี้นอกระบบ: validates the whole registration and attributes it to a district. */
export function decideRegister(command: RegisterDebtor): DebtEvent[] {
  const caseId = requireText(command.caseId, 'caseId', 100);
  const at = parseInstant(command.at, 'at');
  const channel = requireChoice(command.channel, DEBT_CHANNELS, 'channel');
  const time = registrationTime(channel, command.formDate, at);
  const debtor = parseDebtor(command.debtor);
  const creditors = parseCreditors(command.creditors);
  const debts = parseDebts(command.debts, creditors.length, bangkokDateOf(at));
  const helpWanted = parseHelpWanted(command.helpWanted);
  const parts = { debtor, creditors, debts, helpWanted };
  const creditorKeys = checkParts(parts);
  refuseDuplicateOpenCase(caseId, creditorKeys, command.openCasesOfDebtor);
  const given = givenDistrict(command.districtCode);
  const place = given ?? { districtCode: debtor.address.districtCode, provinceCode: debtor.address.provinceCode };
  return [{
    type: 'DebtorRegistered',
    data: {
      caseId,
      at,
      ...figuresOf(parts, place, time, channel),
      status: 'REGISTERED',
      attribution: given ? 'GIVEN' : 'DOMICILE',
      debtor,
      creditors,
      creditorKeys,
      debts,
      helpWanted,
    },
  }];
}
