import type { Refusal } from '../api/errors';
import { toArabicDigits } from '../shared/thai-digits';

/** A citizen id or phone as typed (Thai or Arabic digits, spaces, dashes) in Arabic digits without separators. */
export const typedDigits = (text: string): string => toArabicDigits(text).replace(/[\s-]/g, '');

/** Field messages a form has no field for, as refusals to list above it (so none goes unseen). */
export function unplaced(byField: Record<string, string>, placed: readonly string[]): Refusal[] {
  return Object.entries(byField)
    .filter(([field]) => !placed.includes(field))
    .map(([field, messageTh]) => ({ code: 'FIELD', messageTh, messageEn: messageTh, field }));
}
