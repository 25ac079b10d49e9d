import { randomBytes } from 'node:crypto';
import { DomainError } from '../../../shared/domain-error.js';
import { toArabicDigits } from '../../../shared/thai-digits.js';

/**
 * The public follow-up code of a complaint (ระบบการติดตามเรื่อง), which a citizen types to see its status.
 *
 * Ten random symbols (50 bits from node:crypto, so one code says nothing about another) and one check
 * symbol, in Crockford's base 32 alphabet: digits and capitals without I, L, O and U. Typed input is
 * forgiving: lower case, Thai digits, spaces and dashes are accepted, and I/L read as 1, O as 0, U as V.
 *
 * The check symbol is the Damm check over GF(32) (x·y = 2x + y, with x⁵ + x² + 1): it catches every
 * single wrong symbol and every swap of two neighbouring symbols, the check symbol included.
 * Codes are random, not unique by construction: the read model keeps them unique (with 2.5 million codes
 * issued, a new code clashes about twice in 10⁹ times; the caller then generates another).
 */
export const TRACKING_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_RANDOM_SYMBOLS = 10;
/** Length of the canonical form: the random symbols and the check symbol, no separators. */
export const TRACKING_CODE_LENGTH = TRACKING_CODE_RANDOM_SYMBOLS + 1;

const CONFUSABLE: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0', U: 'V' };
const REDUCTION = 0b00101; // x⁵ = x² + 1 in GF(2⁵)

const times2 = (v: number) => ((v << 1) & 0b11111) ^ (v & 0b10000 ? REDUCTION : 0);
const valueOf = (symbol: string) => TRACKING_CODE_ALPHABET.indexOf(symbol);

/** Folds the symbols through the quasigroup; a valid code (random symbols + check symbol) folds to 0. */
function fold(symbols: string): number {
  let interim = 0;
  for (const symbol of symbols) interim = times2(interim) ^ valueOf(symbol);
  return interim;
}

/** The check symbol for the given random symbols (canonical alphabet only). */
export function checkSymbol(randomPart: string): string {
  return TRACKING_CODE_ALPHABET[times2(fold(randomPart))];
}

/** A new code in canonical form, from crypto randomness (each byte's low 5 bits: uniform over 32). */
export function generateTrackingCode(): string {
  const randomPart = [...randomBytes(TRACKING_CODE_RANDOM_SYMBOLS)]
    .map((byte) => TRACKING_CODE_ALPHABET[byte & 0b11111])
    .join('');
  return randomPart + checkSymbol(randomPart);
}

/** Input as typed, brought to the canonical alphabet: not yet checked. */
export function normaliseTrackingCode(input: string): string {
  return toArabicDigits(String(input ?? '').normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—−_.]/g, '')
    .replace(/[ILOU]/g, (c) => CONFUSABLE[c]);
}

/** The canonical code, or a DomainError: TRACKING_CODE_FORMAT or TRACKING_CODE_CHECK_SYMBOL. */
export function parseTrackingCode(input: string, field = 'trackingCode'): string {
  const code = normaliseTrackingCode(input);
  if (code.length !== TRACKING_CODE_LENGTH || [...code].some((c) => valueOf(c) < 0)) {
    throw new DomainError(
      'TRACKING_CODE_FORMAT',
      `รหัสติดตามเรื่องต้องมี ${TRACKING_CODE_LENGTH} ตัว ประกอบด้วยตัวเลขและอักษรภาษาอังกฤษ`,
      `A tracking code has ${TRACKING_CODE_LENGTH} letters and digits`,
      field,
    );
  }
  if (fold(code) !== 0) {
    throw new DomainError(
      'TRACKING_CODE_CHECK_SYMBOL',
      'รหัสติดตามเรื่องไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง',
      'The tracking code fails its check symbol; check it for a typo',
      field,
    );
  }
  return code;
}

export function isValidTrackingCode(input: string): boolean {
  try {
    parseTrackingCode(input);
    return true;
  } catch {
    return false;
  }
}

/** The canonical code grouped for reading aloud and printing: XXXX-XXXX-XXX. */
export function formatTrackingCode(code: string): string {
  return [code.slice(0, 4), code.slice(4, 8), code.slice(8)].join('-');
}
