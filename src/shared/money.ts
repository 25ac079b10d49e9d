import { formatUnits, readDecimal, type DecimalProblem } from './decimal.js';
import { DomainError } from './domain-error.js';

/** Baht as events and read models hold it: a canonical decimal string with two places, e.g. "12500.50". */
export type Baht = string;

const MESSAGES: Record<DecimalProblem, [code: string, th: string, en: string]> = {
  MALFORMED: ['AMOUNT_MALFORMED', 'จำนวนเงินไม่ถูกต้อง ให้กรอกเป็นตัวเลข เช่น 12,500.50', 'An amount must be a number such as 12,500.50'],
  NEGATIVE: ['AMOUNT_NEGATIVE', 'จำนวนเงินต้องไม่ติดลบ', 'An amount cannot be negative'],
  TOO_PRECISE: ['AMOUNT_TOO_PRECISE', 'จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)', 'An amount has at most two decimal places (satang)'],
};

/**
 * An amount as staff type it ("12,500.50", "๑๒๕๐๐"), in satang; refusals name the field. With `maxSatang`,
 * an amount above it is refused as AMOUNT_TOO_LARGE, naming the bound.
 */
export function parseMoney(input: string, field: string, maxSatang?: bigint): bigint {
  const reading = readDecimal(input, 2);
  if (!reading.ok) {
    const [code, th, en] = MESSAGES[reading.problem];
    throw new DomainError(code, `${th} (ได้รับ "${input}")`, `${en} (got "${input}")`, field);
  }
  if (maxSatang !== undefined && reading.units > maxSatang) {
    const max = groupedBaht(formatSatang(maxSatang));
    throw new DomainError('AMOUNT_TOO_LARGE', `จำนวนเงินต้องไม่เกิน ${max} บาท (ได้รับ "${input}")`,
      `An amount cannot exceed ${max} baht (got "${input}")`, field);
  }
  return reading.units;
}

/** An amount as staff type it, as canonical baht; above `maxSatang` (when given) refused as AMOUNT_TOO_LARGE. */
export function normaliseMoney(input: string, field: string, maxSatang?: bigint): Baht {
  return formatSatang(parseMoney(input, field, maxSatang));
}

/** Canonical baht with thousands separators, for messages: "100000000.00" is "100,000,000.00". */
export function groupedBaht(baht: Baht): string {
  return baht.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
