import type { Locator } from 'playwright-core';

/** What a field says of itself beside it: the texts its aria-describedby names (its description and its error). */
export function besideField(input: Locator): Promise<string> {
  return input.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/)
    .map((id: string) => (id ? el.ownerDocument.getElementById(id)?.textContent ?? '' : '')).join(' '));
}

/** 12 digits made a valid citizen id with their check digit. */
export function withCheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

export const toThaiDigits = (text: string): string => text.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
