import { requireChoice } from '../../../shared/choice.js';
import { bangkokDateOf, parseDateInput, parseInstant, parseTimeInput, requireDateWithin, yearsAfter } from '../../../shared/date-input.js';
import { readDecimal } from '../../../shared/decimal.js';
import { formatSatang, parseMoney, satangOf } from '../../../shared/money.js';
import { FieldErrors, parseFields } from '../../../shared/field-errors.js';
import { hasText, optionalText, requireText } from '../../../shared/text-input.js';
import { debtErrors } from '../debt-errors.js';
import { factOf } from '../debt-fact.js';
import type { InstalmentPlanInput } from '../registration/debt-inputs.js';
import { MAX_INSTALMENTS } from '../registration/debt-limits.js';
import type { InstalmentPlan } from '../debt-records.js';
import type { DebtCase } from '../debt-state.js';
import { MEDIATION_OUTCOMES, type DebtCaseStatus } from '../vocabulary/debt-vocabulary.js';
import type { RecordMediationOutcome, ScheduleMediation } from '../debt.commands.js';
import type { DebtEvent } from '../debt.events.js';

/** ไกล่เกลี่ยและประนอมข้อพิพาท: scheduling a session and recording what came of it. */

/** The statuses a session may be scheduled in (debt-state.ts). */
export const SCHEDULABLE: readonly DebtCaseStatus[] = ['CONTACTED', 'MEDIATION_SCHEDULED', 'NOT_AGREED', 'PARTY_ABSENT'];

/** A session is held from the registration day on, set at most a year ahead. */
export function decideSchedule(command: ScheduleMediation, state: DebtCase): DebtEvent[] {
  if (!SCHEDULABLE.includes(state.status)) throw debtErrors.mediationNotAllowed(state.status);
  if (state.wishesMediation === 'NO') throw debtErrors.mediationDeclined();
  const slot = parseFields({
    date: () => requireDateWithin(parseDateInput(command.date, 'date'), 'date',
      state.figures.registeredOn, yearsAfter(bangkokDateOf(parseInstant(command.at, 'at')), 1)),
    time: () => (hasText(command.time) ? parseTimeInput(command.time, 'time') : null),
    place: () => requireText(command.place, 'place', 300),
  });
  const replaces = state.status === 'MEDIATION_SCHEDULED' ? state.mediation : null;
  return [{ type: 'DebtMediationScheduled', data: { ...factOf(state, command.at, 'MEDIATION_SCHEDULED'), ...slot, replaces } }];
}

/** The debt before is the case's outstanding total; an agreement cannot raise it. */
export function decideOutcome(command: RecordMediationOutcome, state: DebtCase): DebtEvent[] {
  if (state.status !== 'MEDIATION_SCHEDULED' || state.mediation === null) throw debtErrors.mediationNotScheduled();
  const mediationDate = state.mediation.date;
  const fields = new FieldErrors();
  const outcome = fields.take(() => requireChoice(command.outcome, MEDIATION_OUTCOMES, 'outcome'));
  fields.take(() => {
    if (bangkokDateOf(parseInstant(command.at, 'at')) < mediationDate) throw debtErrors.mediationNotYetHeld(mediationDate);
  });
  const note = fields.take(() => optionalText(command.note, 'note'));
  const figures = fields.after([outcome], (outcome) =>
    (outcome === 'AGREED' ? parseAgreement(command, state.figures.totalOutstanding, mediationDate) : refuseFigures(command)));
  const parsed = fields.done({ outcome, note, figures });
  return [{
    type: 'DebtMediationOutcomeRecorded',
    data: { ...factOf(state, command.at, parsed.outcome), outcome: parsed.outcome, mediationDate, ...parsed.figures, note: parsed.note },
  }];
}

/** Figures belong to an agreement only. */
function refuseFigures(command: RecordMediationOutcome) {
  const fields = new FieldErrors();
  if (hasText(command.debtAfter)) fields.add(debtErrors.figuresWithoutAgreement('debtAfter'));
  if (command.instalmentPlan) fields.add(debtErrors.figuresWithoutAgreement('instalmentPlan'));
  return fields.done({ agreement: null, instalmentPlan: null });
}

/** The debt after the agreement, at most the debt before, and the plan that pays it off. */
function parseAgreement(command: RecordMediationOutcome, totalOutstanding: string, mediationDate: string) {
  if (!hasText(command.debtAfter)) throw debtErrors.debtAfterRequired();
  const after = parseMoney(command.debtAfter, 'debtAfter');
  const before = satangOf(totalOutstanding);
  if (after > before) throw debtErrors.debtAfterExceedsBefore(totalOutstanding);
  return {
    agreement: { debtBefore: formatSatang(before), debtAfter: formatSatang(after), reduction: formatSatang(before - after) },
    instalmentPlan: parsePlan(command.instalmentPlan, after, mediationDate),
  };
}

/** Required while a debt remains; the instalments together must pay it off, none more than the whole debt, the first
 * falling due within two years of the session. */
function parsePlan(input: InstalmentPlanInput | null | undefined, debtAfter: bigint, mediationDate: string): InstalmentPlan | null {
  if (!input) {
    if (debtAfter > 0n) throw debtErrors.instalmentPlanRequired();
    return null;
  }
  const fields = new FieldErrors();
  const count = fields.take(() => {
    const count = readDecimal(input.instalmentCount, 0);
    if (!count.ok || count.units < 1n || count.units > MAX_INSTALMENTS) throw debtErrors.instalmentCountInvalid();
    return count.units;
  });
  const amount = fields.take(() => parseMoney(input.instalmentAmount, 'instalmentPlan.instalmentAmount', debtAfter));
  fields.after([count, amount], (count, amount) => {
    if (count * amount < debtAfter) throw debtErrors.instalmentPlanShort();
  });
  const firstDueDate = fields.take(() => requireDateWithin(parseDateInput(input.firstDueDate, 'instalmentPlan.firstDueDate'),
    'instalmentPlan.firstDueDate', mediationDate, yearsAfter(mediationDate, 2)));
  const plan = fields.done({ count, amount, firstDueDate });
  return { instalmentCount: Number(plan.count), instalmentAmount: formatSatang(plan.amount), firstDueDate: plan.firstDueDate };
}
