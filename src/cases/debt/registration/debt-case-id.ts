import { createHash } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so an id read out over the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of the case a registration creates, e.g. DEBT-7KQ3-M2XP-AB9C: 60 bits drawn from the command's key (its
 * account and command id, see commandKeyOf), so a retried registration lands on the case the first attempt created
 * instead of opening a second one, and another account's registration under the same id opens its own.
 */
export function debtCaseIdFor(commandKey: string): string {
  const hash = createHash('sha256').update(`damrong:debt-case:${commandKey}`).digest();
  let bits = hash.readBigUInt64BE(0) >> 4n;
  let chars = '';
  for (let i = 0; i < 12; i++, bits >>= 5n) chars = ALPHABET[Number(bits & 31n)] + chars;
  return `DEBT-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** The stream of a case. */
export const debtStreamId = (caseId: string) => `debt-${caseId}`;
