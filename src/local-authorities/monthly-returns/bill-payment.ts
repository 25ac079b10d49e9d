import type { ReturnKind } from './monthly-return.events.js';

/**
 * The references of a bill for Krungthai Bank bill payment, and its barcode / QR payload.
 *
 * - Ref1 (14 digits): the authority's 7-digit code, the levy's digit (1 hotel, 2 fuel, 3 tobacco) and the period as
 *   Buddhist Era year and month (YYYYMM): 2200101 1 256801 for Chonburi PAO's hotel fee of January 2568.
 * - Ref2 (11 digits): the business's registration number (8 digits, zero-padded), the return's version (2 digits)
 *   and a check digit: (11 − Σ dᵢ·(12 − i) for i = 1..10, mod 11) mod 10, the citizen id's rule over ten digits.
 * - Payload, per the Thai bill-payment barcode layout: "|" + biller id (15 characters: the 13-digit tax id and a
 *   2-digit suffix) + CR + Ref1 + CR + Ref2 + CR + the amount in satang without a decimal point. The service holds
 *   no authority's tax id: the biller id is the authority's Krungthai company code zero-padded to 13 digits, with the
 *   suffix "00".
 */

const KIND_DIGIT: Record<ReturnKind, string> = { HOTEL: '1', FUEL: '2', TOBACCO: '3' };
const BUDDHIST_ERA_OFFSET = 543;

export function ref1Of(authorityCode: string, kind: ReturnKind, period: string): string {
  const [year, month] = period.split('-');
  return `${authorityCode}${KIND_DIGIT[kind]}${Number(year) + BUDDHIST_ERA_OFFSET}${month}`;
}

/** The check digit of Ref2's first ten digits. */
export function ref2CheckDigit(tenDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(tenDigits[i]) * (11 - i);
  return (11 - (sum % 11)) % 10;
}

export function ref2Of(businessNo: number, returnVersion: number): string {
  const digits = `${String(businessNo).padStart(8, '0')}${String(returnVersion).padStart(2, '0')}`;
  return `${digits}${ref2CheckDigit(digits)}`;
}

export const hasValidRef2 = (ref2: string) => /^\d{11}$/.test(ref2) && ref2CheckDigit(ref2.slice(0, 10)) === Number(ref2[10]);

export function billPayload(billerCode: string, ref1: string, ref2: string, amountSatang: number): string {
  return `|${billerCode.padStart(13, '0')}00\r${ref1}\r${ref2}\r${amountSatang}`;
}
