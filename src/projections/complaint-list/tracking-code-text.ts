import { toArabicDigits } from '../../shared/thai-digits.js';

/**
 * A tracking code as typed brought to the list's form, as parseTrackingCode in the complaint slice does it: Thai
 * digits, lower case, separators, and I/L/O/U read as 1/1/0/V. Anything malformed then simply matches nothing.
 */
export function canonicalTrackingCode(input: string): string {
  return toArabicDigits(String(input ?? '').normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—−_.]/g, '')
    .replace(/[IL]/g, '1').replace(/O/g, '0').replace(/U/g, 'V');
}

/** Whether a canonical code has the shape of a tracking code (11 symbols). */
export const isTrackingCodeShape = (code: string): boolean => /^[0-9A-Z]{11}$/.test(code);
