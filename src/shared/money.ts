import { formatUnits, readDecimal, type DecimalProblem } from './decimal.js';
import { DomainError } from './domain-error.js';

/** Baht as events and read models hold it: a canonical decimal string with two places, e.g. "12500.50". */
export type Baht = string;

const MESSAGES: Record<DecimalProblem, [code: string, th: string, en: string]> = {
  MALFORMED: ['AMOUNT_MALFORMED', 'จำนวนเงินไม่ถูกต้อง ให้กรอกเป็นตัวเลข เช่น 12,500.50', 'An amount must be a number such as 12,500.50'],
  NEGATIVE: ['AMOUNT_NEGATIVE', 'จำนวนเงินต้องไม่ติดลบ', 'An amount cannot be negative'],
  TOO_PRECISE: ['AMOUNT_TOO_PRECISE', 'จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)', 'An amount has at most two decimal places (satang)'],
};

/** An amount as staff type it ("12,500.50", "๑๒๕๐๐"), in satang; refusals name the field. */
export function parseMoney(input: string, field: string): bigint {
  const reading = readDecimal(input, 2);
  if (reading.ok) return reading.units;
  const [code, th, en] = MESSAGES[reading.problem];
  throw new DomainError(code, `${th} (ได้รับ "${input}")`, `${en} (got "${input}")`, field);
}

/** An amount as staff type it, as canonical baht. */
export function normaliseMoney(input: string, field: string): Baht {
  return formatSatang(parseMoney(input, field));
}

export function formatSatang(satang: bigint): Baht {
  return formatUnits(satang, 2);
}

/** Satang of a canonical baht value (as stored); anything else is a programming error, not a rejection. */
export function satangOf(baht: Baht): bigint {
  if (!/^-?\d+\.\d{2}$/.test(baht)) throw new Error(`"${baht}" is not a canonical baht value`);
  return BigInt(baht.replace('.', ''));
}

export function sumBaht(values: readonly Baht[]): Baht {
  return formatSatang(values.reduce((sum, value) => sum + satangOf(value), 0n));
}
