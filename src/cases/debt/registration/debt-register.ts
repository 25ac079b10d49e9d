import { requireChoice } from '../../../shared/choice.js';
import { bangkokDateOf, parseInstant } from '../../../shared/date-input.js';
import { FieldErrors } from '../../../shared/field-errors.js';
import { requireText } from '../../../shared/text-input.js';
import { refuseDuplicateOpenCase } from './debt-creditor-key.js';
import { parseHelpWanted } from './debt-details.js';
import { parseDebtor } from './debt-parties.js';
import {
  checkParts, creditorsListed, figuresOf, givenDistrict, parseCreditors, parseDebts, registrationTime,
} from './debt-registration.js';
import { DEBT_CHANNELS } from '../vocabulary/debt-vocabulary.js';
import type { RegisterDebtor } from '../debt.commands.js';
import type { DebtEvent } from '../debt.events.js';

/**
 * ลงทะเบียนลูกหนี้นอกระบบ: validates the whole registration, answering every refusal of its fields at once, and
 * attributes it to a district.
 */
export function decideRegister(command: RegisterDebtor): DebtEvent[] {
  const fields = new FieldErrors();
  const caseId = fields.take(() => requireText(command.caseId, 'caseId', 100));
  const at = fields.take(() => parseInstant(command.at, 'at'));
  const channel = fields.take(() => requireChoice(command.channel, DEBT_CHANNELS, 'channel'));
  const time = fields.after([channel, at], (channel, at) => registrationTime(channel, command.formDate, at));
  const debtor = fields.take(() => parseDebtor(command.debtor));
  const creditors = fields.take(() => parseCreditors(command.creditors));
  // A debt's creditor index is checked against the creditors listed, whether or not each of them parsed.
  const debts = fields.after([at], (at) => parseDebts(command.debts, creditorsListed(command.creditors), bangkokDateOf(at)));
  const helpWanted = fields.take(() => parseHelpWanted(command.helpWanted));
  const given = fields.take(() => givenDistrict(command.districtCode));
  const creditorKeys = fields.after([debtor, creditors, debts], (debtor, creditors, debts) => checkParts({ debtor, creditors, debts }));
  const parsed = fields.done({ caseId, at, channel, time, debtor, creditors, debts, helpWanted, given, creditorKeys });
  refuseDuplicateOpenCase(parsed.caseId, parsed.creditorKeys, command.openCasesOfDebtor);
  const parts = { debtor: parsed.debtor, creditors: parsed.creditors, debts: parsed.debts, helpWanted: parsed.helpWanted };
  const place = parsed.given ?? { districtCode: parsed.debtor.address.districtCode, provinceCode: parsed.debtor.address.provinceCode };
  return [{
    type: 'DebtorRegistered',
    data: {
      caseId: parsed.caseId,
      at: parsed.at,
      ...figuresOf(parts, place, parsed.time, parsed.channel),
      status: 'REGISTERED',
      attribution: parsed.given ? 'GIVEN' : 'DOMICILE',
      debtor: parsed.debtor,
      creditors: parsed.creditors,
      creditorKeys: parsed.creditorKeys,
      debts: parsed.debts,
      helpWanted: parsed.helpWanted,
    },
  }];
}
