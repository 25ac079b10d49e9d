import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';
import { toArabicDigits } from '../../shared/thai-digits.js';

/**
 * The complaint slice's text keys (normaliseThaiText, subjectTrigrams and accusedKey in
 * src/cases/complaint/duplicates/complaint-duplicates.ts), restated here because a projection imports nothing of a case
 * slice but its event types.
 * The duplicate check looks rows up by `accused_key`, so both must agree: test/projections/
 * complaint-text-key.spec.ts compares them on the same inputs.
 */
function foldForms(text: string): string {
  return toArabicDigits(String(text ?? '').normalize('NFKC')).replace(/\u0E4D\u0E32/g, '\u0E33');
}

/** Letters, marks and digits only; Arabic digits; Latin lower case; sara am joined. */
export function normaliseText(text: string): string {
  return foldForms(text).toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}

/** The distinct three-code-point sequences of the normalised text; a shorter text is its own gram. */
export function trigramsOf(text: string): string[] {
  return [...addTrigrams(normaliseText(text), new Set())];
}

/**
 * Adds the trigrams of already normalised text to `grams`, in order of first occurrence. Thai and Latin
 * text is all in the Basic Multilingual Plane, where a code point is one UTF-16 unit and a trigram a slice.
 */
export function addTrigrams(normalised: string, grams: Set<string>): Set<string> {
  const chars = /[\uD800-\uDFFF]/.test(normalised) ? Array.from(normalised) : undefined;
  const length = chars ? chars.length : normalised.length;
  if (length === 0) return grams;
  if (length < 3) return grams.add(normalised);
  for (let i = 0; i + 3 <= length; i++) grams.add(chars ? chars[i] + chars[i + 1] + chars[i + 2] : normalised.slice(i, i + 3));
  return grams;
}

const LEADING = /^(?:นางสาว|น\.ส\.|นาย(?!ก(?:เทศมนตรี|องค์การ|รัฐมนตรี|อบ))|นาง|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.|บริษัท|บจก\.|บมจ\.|ห้างหุ้นส่วนจำกัด|ห้างหุ้นส่วนสามัญ|หจก\.)\s*|^(?:mrs|mr|ms|miss)(?:\.\s*|\s+)/iu;
const TRAILING = /\s*(?:\(มหาชน\)|มหาชน|จำกัด|public company limited|company limited|co\.?,? ?ltd\.?|limited|ltd\.?)$/iu;

/**
 * The accused party's name without titles and legal forms, normalised; null when nothing is left, or when the name
 * was erased (ERASED_MARKER, issue 17): an erased party matches no other.
 */
export function accusedKeyOf(name: string): string | null {
  if (name === ERASED_MARKER) return null;
  let key = foldForms(name).trim();
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key.replace(LEADING, '').replace(TRAILING, '').trim();
  }
  const normalised = normaliseText(key);
  return normalised === '' ? null : normalised;
}
