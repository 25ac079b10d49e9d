import { requireChoice } from '../../../shared/choice.js';
import { parseDateInput, requireDateWithin } from '../../../shared/date-input.js';
import { formatUnits, readDecimal } from '../../../shared/decimal.js';
import { normaliseMoney, sumBaht } from '../../../shared/money.js';
import { FieldErrors, parseEach, parseFields } from '../../../shared/field-errors.js';
import { hasText, optionalText } from '../../../shared/text-input.js';
import { debtErrors } from '../debt-errors.js';
import type { DebtInput, HelpWantedInput } from './debt-inputs.js';
import { MAX_DEBT_SATANG, MAX_RATE_PERCENT_PER_MONTH } from './debt-limits.js';
import type { Debt, HelpWanted } from '../debt-records.js';
import { HELP_KINDS } from '../vocabulary/debt-vocabulary.js';

/** Validates and normalises what is owed and the help wanted; sums the debts exactly. */

const RATE_SCALE = 4;
const MAX_RATE_UNITS = MAX_RATE_PERCENT_PER_MONTH * 10n ** BigInt(RATE_SCALE);
/** No informal debt still owed started before 1 January 2500 BE. */
export const EARLIEST_DEBT_START = '1957-01-01';

/**
 * One debt; `creditorCount` creditors are listed (null: the list is refused, so which creditor a debt names goes
 * unchecked) and `today` is the Asia/Bangkok date of the command.
 */
export function parseDebt(input: DebtInput, field: string, creditorCount: number | null, today: string): Debt {
  return parseFields({
    creditorIndex: () => creditorIndexOf(input.creditorIndex, `${field}.creditorIndex`, creditorCount),
    principal: () => normaliseMoney(input.principal, `${field}.principal`, MAX_DEBT_SATANG),
    outstanding: () => normaliseMoney(input.outstanding, `${field}.outstanding`, MAX_DEBT_SATANG),
    interestRatePerMonth: () => (hasText(input.interestRatePerMonth) ? parseRate(input.interestRatePerMonth, `${field}.interestRatePerMonth`) : null),
    startDate: () => (hasText(input.startDate) ? parseStartDate(input.startDate, `${field}.startDate`, today) : null),
    collateral: () => optionalText(input.collateral, `${field}.collateral`),
  });
}

function parseStartDate(input: string, field: string, today: string): string {
  const startDate = parseDateInput(input, field);
  if (startDate > today) throw debtErrors.startDateInFuture(field);
  return requireDateWithin(startDate, field, EARLIEST_DEBT_START);
}

/** Every debt must name a listed creditor; with a single creditor the index may be left out. */
export function creditorIndexOf(index: number | null | undefined, field: string, creditorCount: number | null): number {
  if (creditorCount === null) return index ?? 0;
  if (index === null || index === undefined) {
    if (creditorCount === 1) return 0;
    throw debtErrors.debtCreditorRequired(field);
  }
  if (!Number.isInteger(index) || index < 0 || index >= creditorCount) throw debtErrors.debtCreditorUnknown(field);
  return index;
}

export function parseHelpWanted(input: HelpWantedInput, field = 'helpWanted'): HelpWanted {
  const fields = new FieldErrors();
  const kinds = fields.take(() => parseEach(input.kinds ?? [], (kind, i) => requireChoice(kind, HELP_KINDS, `${field}.kinds[${i}]`)));
  if ((input.kinds ?? []).length === 0) fields.add(debtErrors.helpWantedRequired());
  const note = fields.take(() => optionalText(input.note, `${field}.note`));
  fields.after([kinds, note], (kinds, note) => {
    if (kinds.includes('OTHER') && note === null) throw debtErrors.noteRequired(`${field}.note`, 'ความช่วยเหลืออื่น ๆ', 'when OTHER help is wanted');
  });
  const parsed = fields.done({ kinds, note });
  return { kinds: [...new Set(parsed.kinds)], note: parsed.note };
}

export function totalsOf(debts: readonly Debt[]): { totalPrincipal: string; totalOutstanding: string } {
  return {
    totalPrincipal: sumBaht(debts.map((d) => d.principal)),
    totalOutstanding: sumBaht(debts.map((d) => d.outstanding)),
  };
}

/** Percent per month, non-negative, at most four places and MAX_RATE_PERCENT_PER_MONTH, written without trailing zeros ("1.25", "20"). */
function parseRate(input: string, field: string): string {
  const reading = readDecimal(input, RATE_SCALE);
  if (!reading.ok) throw debtErrors.rateInvalid(field, input);
  if (reading.units > MAX_RATE_UNITS) throw debtErrors.rateTooLarge(field, MAX_RATE_PERCENT_PER_MONTH, input);
  return formatUnits(reading.units, RATE_SCALE, { trimZeros: true });
}
