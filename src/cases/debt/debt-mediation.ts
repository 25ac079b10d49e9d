import { requireChoice } from '../../shared/choice.js';
import { bangkokDateOf, parseDateInput, parseInstant, parseTimeInput, requireDateWithin, yearsAfter } from '../../shared/date-input.js';
import { readDecimal } from '../../shared/decimal.js';
import { formatSatang, parseMoney, satangOf } from '../../shared/money.js';
import { hasText, optionalText, requireText } from '../../shared/text-input.js';
import { debtErrors } from './debt-errors.js';
import { factOf } from './debt-fact.js';
import type { InstalmentPlanInput } from './debt-inputs.js';
import { MAX_INSTALMENTS } from './debt-limits.js';
import type { InstalmentPlan } from './debt-records.js';
import type { DebtCase } from './debt-state.js';
import { MEDIATION_OUTCOMES, type DebtCaseStatus } from './debt-vocabulary.js';
import type { RecordMediationOutcome, ScheduleMediation } from './debt.commands.js';
import type { DebtEvent } from './debt.events.js';

/** ไกล่เกลี่ยและประนอมข้อพิพาท: scheduling a session and recording what came of it. */

const SCHEDULABLE: readonly DebtCaseStatus[] = ['CONTACTED', 'MEDIATION_SCHEDULED', 'NOT_AGREED', 'PARTY_ABSENT'];

/** A session is held from the registration day on, set at most a year ahead. */
export function decideSchedule(command: ScheduleMediation, state: DebtCase): DebtEvent[] {
  if (!SCHEDULABLE.includes(state.status)) throw debtErrors.mediationNotAllowed(state.status);
  if (state.wishesMediation === 'NO') throw debtErrors.mediationDeclined();
  const slot = {
    date: requireDateWithin(parseDateInput(command.date, 'date'), 'date',
      state.figures.registeredOn, yearsAfter(bangkokDateOf(parseInstant(command.at, 'at')), 1)),
    time: hasText(command.time) ? parseTimeInput(command.time, 'time') : null,
    place: requireText(command.place, 'place', 300),
  };
  const replaces = state.status === 'MEDIATION_SCHEDULED' ? state.mediation : null;
  return [{ type: 'DebtMediationScheduled', data: { ...factOf(state, command.at, 'MEDIATION_SCHEDULED'), ...slot, replaces } }];
}

/** The debt before is the case's outstanding total; an agreement cannot raise it. */
export function decideOutcome(command: RecordMediationOutcome, state: DebtCase): DebtEvent[] {
  if (state.status !== 'MEDIATION_SCHEDULED' || state.mediation === null) throw debtErrors.mediationNotScheduled();
  const outcome = requireChoice(command.outcome, MEDIATION_OUTCOMES, 'outcome');
  const mediationDate = state.mediation.date;
  if (bangkokDateOf(parseInstant(command.at, 'at')) < mediationDate) throw debtErrors.mediationNotYetHeld(mediationDate);
  const note = optionalText(command.note, 'note');
  const fact = factOf(state, command.at, outcome);
  if (outcome !== 'AGREED') {
    if (hasText(command.debtAfter)) throw debtErrors.figuresWithoutAgreement('debtAfter');
    if (command.instalmentPlan) throw debtErrors.figuresWithoutAgreement('instalmentPlan');
    const none = { debtBefore: null, debtAfter: null, reduction: null, instalmentPlan: null };
    return [{ type: 'DebtMediationOutcomeRecorded', data: { ...fact, outcome, mediationDate, ...none, note } }];
  }
  if (!hasText(command.debtAfter)) throw debtErrors.debtAfterRequired();
  const after = parseMoney(command.debtAfter, 'debtAfter');
  const before = satangOf(state.figures.totalOutstanding);
  if (after > before) throw debtErrors.debtAfterExceedsBefore(state.figures.totalOutstanding);
  return [{
    type: 'DebtMediationOutcomeRecorded',
    data: {
      ...fact, outcome, mediationDate,
      debtBefore: formatSatang(before), debtAfter: formatSatang(after), reduction: formatSatang(before - after),
      instalmentPlan: parsePlan(command.instalmentPlan, after, mediationDate), note,
    },
  }];
}

/** Required while a debt remains; the instalments together must pay it off, none more than the whole debt, the first
 * falling due within two years of the session. */
function parsePlan(input: InstalmentPlanInput | null | undefined, debtAfter: bigint, mediationDate: string): InstalmentPlan | null {
  if (!input) {
    if (debtAfter > 0n) throw debtErrors.instalmentPlanRequired();
    return null;
  }
  const count = readDecimal(input.instalmentCount, 0);
  if (!count.ok || count.units < 1n || count.units > MAX_INSTALMENTS) throw debtErrors.instalmentCountInvalid();
  const amount = parseMoney(input.instalmentAmount, 'instalmentPlan.instalmentAmount', debtAfter);
  if (count.units * amount < debtAfter) throw debtErrors.instalmentPlanShort();
  return {
    instalmentCount: Number(count.units),
    instalmentAmount: formatSatang(amount),
    firstDueDate: requireDateWithin(parseDateInput(input.firstDueDate, 'instalmentPlan.firstDueDate'), 'instalmentPlan.firstDueDate',
      mediationDate, yearsAfter(mediationDate, 2)),
  };
}
