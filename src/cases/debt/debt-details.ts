import { requireChoice } from '../../shared/choice.js';
import { parseDateInput, requireDateWithin } from '../../shared/date-input.js';
import { formatUnits, readDecimal } from '../../shared/decimal.js';
import { normaliseMoney, sumBaht } from '../../shared/money.js';
import { hasText, optionalText } from '../../shared/text-input.js';
import { debtErrors } from './debt-errors.js';
import type { DebtInput, HelpWantedInput } from './debt-inputs.js';
import { MAX_DEBT_SATANG, MAX_RATE_PERCENT_PER_MONTH } from './debt-limits.js';
import type { Debt, HelpWanted } from './debt-records.js';
import { HELP_KINDS } from './debt-vocabulary.js';

/** Validates and normalises what is owed and the help wanted; sums the debts exactly. */

const RATE_SCALE = 4;
const MAX_RATE_UNITS = MAX_RATE_PERCENT_PER_MONTH * 10n ** BigInt(RATE_SCALE);
/** No informal debt still owed started before 1 January 2500 BE. */
export const EARLIEST_DEBT_START = '1957-01-01';

/** One debt; `creditorCount` creditors are listed and `today` is the Asia/Bangkok date of the command. */
export function parseDebt(input: DebtInput, field: string, creditorCount: number, today: string): Debt {
  const startDate = hasText(input.startDate) ? parseDateInput(input.startDate, `${field}.startDate`) : null;
  if (startDate !== null && startDate > today) throw debtErrors.startDateInFuture(`${field}.startDate`);
  if (startDate !== null) requireDateWithin(startDate, `${field}.startDate`, EARLIEST_DEBT_START);
  return {
    creditorIndex: creditorIndexOf(input.creditorIndex, `${field}.creditorIndex`, creditorCount),
    principal: normaliseMoney(input.principal, `${field}.principal`, MAX_DEBT_SATANG),
    outstanding: normaliseMoney(input.outstanding, `${field}.outstanding`, MAX_DEBT_SATANG),
    interestRatePerMonth: hasText(input.interestRatePerMonth)
      ? parseRate(input.interestRatePerMonth, `${field}.interestRatePerMonth`)
      : null,
    startDate,
    collateral: optionalText(input.collateral, `${field}.collateral`),
  };
}

/** Every debt must name a listed creditor; with a single creditor the index may be left out. */
export function creditorIndexOf(index: number | null | undefined, field: string, creditorCount: number): number {
  if (index === null || index === undefined) {
    if (creditorCount === 1) return 0;
    throw debtErrors.debtCreditorRequired(field);
  }
  if (!Number.isInteger(index) || index < 0 || index >= creditorCount) throw debtErrors.debtCreditorUnknown(field);
  return index;
}

export function parseHelpWanted(input: HelpWantedInput, field = 'helpWanted'): HelpWanted {
  const kinds = (input.kinds ?? []).map((kind, i) => requireChoice(kind, HELP_KINDS, `${field}.kinds[${i}]`));
  if (kinds.length === 0) throw debtErrors.helpWantedRequired();
  const note = optionalText(input.note, `${field}.note`);
  if (kinds.includes('OTHER') && note === null) {
    throw debtErrors.noteRequired(`${field}.note`, 'ความช่วยเหลืออื่น ๆ', 'when OTHER help is wanted');
  }
  return { kinds: [...new Set(kinds)], note };
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
