import type { DebtChannel } from '../../cases/debt/debt.events.js';

/**
 * The figures the mediation reports add up, one column of the report ledger each. Counts are whole
 * numbers; the money figures are satang (exact money, never floating point). The standing figures
 * (creditors, principal, outstanding, wishingMediation: what the department publishes "as at 15.00",
 * beside the registrations) came with migration 300; reports frozen before hold none of them.
 */
export const COUNT_MEASURES = [
  'regSelfQrThaid', 'regThaidApp', 'regCounter', 'regPaper',
  'contacted', 'agreed', 'notAgreed', 'partyAbsent', 'referred', 'closed',
  'transfersIn', 'transfersOut',
  'creditors', 'wishingMediation',
] as const;
export const MONEY_MEASURES = ['debtBefore', 'debtAfter', 'reduction', 'principal', 'outstanding'] as const;

export type CountMeasure = (typeof COUNT_MEASURES)[number];
export type MoneyMeasure = (typeof MONEY_MEASURES)[number];
export type Measure = CountMeasure | MoneyMeasure;
export const MEASURES: readonly Measure[] = [...COUNT_MEASURES, ...MONEY_MEASURES];

/** Counts as numbers, money as satang. */
export type Measures = { [K in CountMeasure]: number } & { [K in MoneyMeasure]: bigint };

/** The registration count of each channel of DebtorRegistered. */
export const CHANNEL_MEASURE: Readonly<Record<DebtChannel, CountMeasure>> = {
  SELF_QR_THAID: 'regSelfQrThaid',
  THAID_APP: 'regThaidApp',
  COUNTER: 'regCounter',
  PAPER: 'regPaper',
};

/** Transfers are counted on the move itself, never moved with a case. */
export const TRANSFER_MEASURES: readonly Measure[] = ['transfersIn', 'transfersOut'];
export const MOVED_WITH_CASE: readonly Measure[] = MEASURES.filter((m) => !TRANSFER_MEASURES.includes(m));

/** The figures of a case that stand as at a cut-off rather than count what happened (README, "15:00 figures"). */
export const STANDING_MEASURES: readonly Measure[] = ['creditors', 'wishingMediation', 'principal', 'outstanding'];
/** The measures of the reports frozen before migration 300 (body format 1), in their order. */
export const FORMAT_1_MEASURES: readonly Measure[] = MEASURES.filter((m) => !STANDING_MEASURES.includes(m));

export function zeroMeasures(): Measures {
  const zero = {} as Record<Measure, number | bigint>;
  for (const m of COUNT_MEASURES) zero[m] = 0;
  for (const m of MONEY_MEASURES) zero[m] = 0n;
  return zero as Measures;
}

export function isMoney(measure: Measure): measure is MoneyMeasure {
  return (MONEY_MEASURES as readonly string[]).includes(measure);
}

/** target += sign × source, in place. */
export function addMeasures(target: Measures, source: Partial<Measures>, sign: 1 | -1 = 1): Measures {
  for (const m of COUNT_MEASURES) if (source[m]) target[m] += sign * source[m]!;
  for (const m of MONEY_MEASURES) if (source[m]) target[m] += BigInt(sign) * source[m]!;
  return target;
}

export function isZero(measures: Measures, of: readonly Measure[] = MEASURES): boolean {
  return of.every((m) => measures[m] === 0 || measures[m] === 0n);
}

const COLUMNS = Object.fromEntries(MEASURES.map((m) => [m, m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)])) as Record<Measure, string>;

/** snake_case column of a measure in the ledger tables: regSelfQrThaid → reg_self_qr_thaid. */
export function columnOf(measure: Measure): string {
  return COLUMNS[measure];
}

/** `<prefix><column>` of every measure, made once per prefix: a report reads hundreds of rows a call. */
const prefixedColumns = new Map<string, Record<Measure, string>>();
function columnsWith(prefix: string): Record<Measure, string> {
  let columns = prefixedColumns.get(prefix);
  if (!columns) {
    columns = Object.fromEntries(MEASURES.map((m) => [m, prefix + COLUMNS[m]])) as Record<Measure, string>;
    prefixedColumns.set(prefix, columns);
  }
  return columns;
}

/** Measures as plain JSON (money as satang text), in MEASURES order (those of `of` only), zeros left out. */
export function measuresToJson(measures: Partial<Measures>, of: readonly Measure[] = MEASURES): Record<string, number | string> {
  const json: Record<string, number | string> = {};
  for (const m of of) {
    const value = measures[m];
    if (value) json[m] = typeof value === 'bigint' ? value.toString() : value;
  }
  return json;
}

export function measuresFromJson(json: Record<string, number | string> | null | undefined): Measures {
  const measures = zeroMeasures();
  for (const m of COUNT_MEASURES) if (json?.[m] !== undefined) measures[m] = Number(json[m]);
  for (const m of MONEY_MEASURES) if (json?.[m] !== undefined) measures[m] = BigInt(json[m]);
  return measures;
}

/** Measures from a SQL row whose columns are named by columnOf (sums arrive as text or numbers). */
export function measuresFromRow(row: Record<string, unknown>, prefix = ''): Measures {
  const measures = zeroMeasures();
  const columns = columnsWith(prefix);
  for (const m of COUNT_MEASURES) measures[m] = Number(row[columns[m]] ?? 0);
  for (const m of MONEY_MEASURES) measures[m] = BigInt(String(row[columns[m]] ?? 0));
  return measures;
}
