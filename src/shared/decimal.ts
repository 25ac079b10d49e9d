import { toArabicDigits } from './thai-digits.js';

/** Why a typed number was refused. */
export type DecimalProblem = 'MALFORMED' | 'NEGATIVE' | 'TOO_PRECISE';

export type DecimalReading = { ok: true; units: bigint } | { ok: false; problem: DecimalProblem };

/** Digits with optional comma thousands grouping, then an optional fraction: "12,500.50", "12500", ".5". */
const SHAPE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
const TRAILING_ZEROS = /0+$/;
const NON_ZERO = /[1-9]/;

/**
 * A non-negative decimal as staff type it (Thai or Arabic digits, comma thousands separators, surrounding
 * space), read exactly as a whole number of 10^-scale units: "12,500.5" at scale 2 is 1250050n. No floating
 * point is involved; trailing zeros beyond the scale are accepted, other extra places are not.
 */
export function readDecimal(input: string, scale: number): DecimalReading {
  const match = SHAPE.exec(toArabicDigits(String(input ?? '')).trim());
  if (!match || (match[2] === undefined && match[3] === undefined)) return { ok: false, problem: 'MALFORMED' };
  const [, sign, whole = '0', fraction = ''] = match;
  const significant = fraction.replace(TRAILING_ZEROS, '');
  const wholeDigits = whole.replaceAll(',', '');
  if (sign === '-' && NON_ZERO.test(wholeDigits + significant)) return { ok: false, problem: 'NEGATIVE' };
  if (significant.length > scale) return { ok: false, problem: 'TOO_PRECISE' };
  return { ok: true, units: BigInt(wholeDigits + significant.padEnd(scale, '0')) };
}

/**
 * Writes units of 10^-scale as a plain decimal string: 1250050n at scale 2 is "12500.50". With `trimZeros`
 * the fraction loses its trailing zeros ("1.50" becomes "1.5", "20.00" becomes "20").
 */
export function formatUnits(units: bigint, scale: number, { trimZeros = false } = {}): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
