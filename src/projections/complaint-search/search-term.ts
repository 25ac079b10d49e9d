import { hasValidCheckDigit } from '../../shared/citizen-id.js';
import { DomainError } from '../../shared/domain-error.js';
import { cleanText } from '../../shared/text-input.js';
import { refuseForbiddenCharacters } from '../../shared/text-characters.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { wordsOf } from './search-words.js';

/** The longest search text: a caller's sentence, not a document. */
export const MAX_SEARCH_LENGTH = 200;
/** The most words one search looks for. */
export const MAX_SEARCH_WORDS = 12;

/** What one search box holds: the words, and the tracking code or citizen id it may be (Thai digits accepted). */
export interface SearchTerm {
  words: string[];
  trackingCode: string | null;
  citizenId: string | null;
}

const refuse = (code: string, th: string, en: string, field: string) => new DomainError(code, th, en, field);

/**
 * The search box as typed. A tracking code is read as the complaint list reads it (dashes and spaces anywhere,
 * lower case, I/L/O/U as 1/1/0/V); 13 digits with a valid check digit are a citizen id.
 */
export function searchTermOf(input: string | null | undefined, field = 'text'): SearchTerm {
  const text = cleanText(refuseForbiddenCharacters(input, field));
  if (text === '') throw refuse('SEARCH_TEXT_REQUIRED', 'กรุณาพิมพ์คำที่ต้องการค้นหา', 'Type what to search for', field);
  if (text.length > MAX_SEARCH_LENGTH) {
    throw refuse('SEARCH_TEXT_TOO_LONG', `คำค้นหายาวเกิน ${MAX_SEARCH_LENGTH} ตัวอักษร`,
      `The search text is longer than ${MAX_SEARCH_LENGTH} characters`, field);
  }
  const words = wordsOf(text);
  if (words.length === 0) {
    throw refuse('SEARCH_TEXT_NO_WORDS', 'คำค้นหาไม่มีตัวอักษรหรือตัวเลข', 'The search text holds no letters or digits', field);
  }
  if (words.length > MAX_SEARCH_WORDS) {
    throw refuse('SEARCH_TEXT_TOO_MANY_WORDS', `ค้นหาได้ครั้งละไม่เกิน ${MAX_SEARCH_WORDS} คำ`,
      `A search looks for at most ${MAX_SEARCH_WORDS} words`, field);
  }
  const compact = toArabicDigits(text.normalize('NFKC')).toUpperCase().replace(/[\s\-‐‑‒–—−_.]/g, '');
  const code = compact.replace(/[IL]/g, '1').replace(/O/g, '0').replace(/U/g, 'V');
  return {
    words,
    trackingCode: /^[0-9A-Z]{11}$/.test(code) ? code : null,
    citizenId: /^\d{13}$/.test(compact) && hasValidCheckDigit(compact) ? compact : null,
  };
}
