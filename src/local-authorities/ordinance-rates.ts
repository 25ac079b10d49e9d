import { readDecimal } from '../shared/decimal.js';
import { toArabicDigits } from '../shared/thai-digits.js';
import { aboveCeiling, numberMalformed, wholeNumberOutOfRange } from './local-authority-errors.js';

/**
 * The numbers of an ordinance as staff type them (Thai or Arabic digits), read exactly into whole units: no
 * floating point. A percentage is kept in basis points (hundredths of a percent: 0.5 % is 50), a rate in
 * hundredths of a satang (4.54 satang a litre is 454), a fee in satang.
 */

export interface Ceiling { units: number; th: string; en: string }

/** A non-negative decimal with at most two places, as hundredths; above `ceiling` refused as TERMS_ABOVE_LEGAL_CEILING. */
export function parseHundredths(input: string, field: string, ceiling: Ceiling): number {
  const reading = readDecimal(input, 2);
  if (!reading.ok) throw numberMalformed(input, 2, field);
  if (reading.units > BigInt(ceiling.units)) throw aboveCeiling(ceiling.th, ceiling.en, field);
  return Number(reading.units);
}

/** A whole number from `min` to `max`, Thai digits accepted. */
export function parseWholeNumber(input: string, field: string, min: number, max: number): number {
  const text = toArabicDigits(String(input ?? '')).trim();
  const value = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) throw wholeNumberOutOfRange(input, min, max, field);
  return value;
}

/** Hundredths written back as an exact decimal: 50 is "0.50", 454 is "4.54". */
export function formatHundredths(units: number): string {
  return `${Math.trunc(units / 100)}.${String(units % 100).padStart(2, '0')}`;
}

/** The ceilings of the PAO Act B.E. 2540 as we read it (not stated in seed 003 or domain.md) and the bounds this service holds every ordinance to. */
export const CEILINGS = {
  /** Hotel guest fee: at most 3 % of room rent. */
  hotelFee: { units: 300, th: 'ไม่เกินร้อยละ 3 ของค่าเช่าห้องพัก', en: 'at most 3 % of room rent' },
  /** Fuel: at most 10 satang a litre (a kilogram for gas). */
  fuel: { units: 1000, th: 'ไม่เกินลิตรละหรือกิโลกรัมละ 10 สตางค์', en: 'at most 10 satang a litre or kilogram' },
  /** Tobacco: at most 10 satang a cigarette or cigar. */
  tobacco: { units: 1000, th: 'ไม่เกินมวนละ 10 สตางค์', en: 'at most 10 satang a cigarette or cigar' },
  /** A late surcharge never exceeds the amount owed. */
  surcharge: { units: 10000, th: 'ไม่เกินร้อยละ 100 ของจำนวนที่ต้องชำระ', en: 'at most 100 % of the amount owed' },
  /** A leaflet permit fee: at most 1,000,000 baht (a bound against mistyping, not a legal figure). */
  leafletFee: { units: 100_000_000, th: 'ไม่เกิน 1,000,000 บาท', en: 'at most 1,000,000 baht' },
} satisfies Record<string, Ceiling>;
