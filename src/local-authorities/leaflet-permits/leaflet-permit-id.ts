import { createHash } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so an id read out over the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of the request a RequestLeafletPermit creates, e.g. LP-7KQ3-M2XP-AB9C: 60 bits drawn from the command's key
 * (its account and command id), so a retried request lands on the stream the first attempt created.
 */
export function leafletPermitIdFor(commandKey: string): string {
  const hash = createHash('sha256').update(`damrong:leaflet-permit:${commandKey}`).digest();
  let bits = hash.readBigUInt64BE(0) >> 4n;
  let chars = '';
  for (let i = 0; i < 12; i++, bits >>= 5n) chars = ALPHABET[Number(bits & 31n)] + chars;
  return `LP-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** A permit id as typed (any case, spaces around), or undefined when it is not of the form. */
export function readPermitId(input: string): string | undefined {
  const id = String(input ?? '').trim().toUpperCase();
  return /^LP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(id) ? id : undefined;
}
