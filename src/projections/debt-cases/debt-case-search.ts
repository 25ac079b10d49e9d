import { toArabicDigits } from '../../shared/thai-digits.js';

/**
 * What one search box of the case list holds: 13 digits are a debtor's citizen id, DEBT and twelve letters or digits
 * a case id (spaces and dashes anywhere, any case, Thai digits), anything else part of a name.
 */
export type SearchTerm = { kind: 'citizenId'; digits: string } | { kind: 'caseId'; caseId: string } | { kind: 'name'; name: string };

const CASE_ID = /^DEBT([0-9A-Z]{4})([0-9A-Z]{4})([0-9A-Z]{4})$/;

export function searchTermOf(text: string): SearchTerm {
  const compact = toArabicDigits(text.normalize('NFKC')).replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{13}$/.test(compact)) return { kind: 'citizenId', digits: compact };
  const caseId = CASE_ID.exec(compact);
  if (caseId) return { kind: 'caseId', caseId: `DEBT-${caseId[1]}-${caseId[2]}-${caseId[3]}` };
  return { kind: 'name', name: normaliseName(text) };
}

/**
 * The name search of the case list. `search_text` holds the debtor's and creditors' names, each normalised
 * (letters, marks and digits only, Latin lower case, Arabic digits, sara am joined) and separated by '|', so
 * "นาง สมหญิง ใจดี" is found by "สมหญิงใจดี" or "นางสมหญิง". A query matches when its normalised form is a
 * substring of that text.
 *
 * pg_trgm finds no trigrams in Thai under the C locale the embedded server runs with (show_trgm('สมหญิง')
 * is empty there), so its index could not narrow a Thai search. `search_key` therefore spells each Thai
 * character as two ASCII letters, which pg_trgm indexes under any locale; every other letter or digit
 * keeps one character (a Latin letter or digit itself, anything else a space). The spelling works
 * character by character, so a substring of the text is always a substring of the key: the indexed
 * condition on the key finds every match, and the condition on the text removes the few false hits.
 */
export function normaliseName(text: string): string {
  return toArabicDigits(String(text ?? '').normalize('NFKC'))
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}

export function searchTextOf(names: readonly string[]): string {
  return names.map(normaliseName).join('|');
}

const THAI_BLOCK = 0x0e00;
const LETTER_A = 0x61;

/** The trigram-indexable spelling of normalised text (see above). */
export function searchKeyOf(normalised: string): string {
  let key = '';
  for (const char of normalised) {
    const code = char.codePointAt(0)!;
    if (code >= THAI_BLOCK && code < THAI_BLOCK + 0x80) {
      const offset = code - THAI_BLOCK;
      key += String.fromCharCode(LETTER_A + (offset >> 4), LETTER_A + (offset & 15));
    } else {
      key += /[a-z0-9]/.test(char) ? char : ' ';
    }
  }
  return key;
}
