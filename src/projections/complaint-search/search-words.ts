import { toArabicDigits } from '../../shared/thai-digits.js';

/**
 * Words of Thai text, which is written without spaces between words: ICU's dictionary word breaker
 * (Intl.Segmenter, granularity 'word') cuts it, and each word is normalised as the complaint list normalises its
 * text (letters, marks and digits only; Arabic digits; Latin lower case; sara am written as one character), so
 * "๒๐ ครั้ง" and "20ครั้ง" give the same words. The same function cuts the indexed text and the query, so a query
 * word is found wherever the breaker cut the text the same way (README: Finding complaints).
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

export function normaliseWord(text: string): string {
  return toArabicDigits(text.normalize('NFKC')).replace(/\u0E4D\u0E32/g, '\u0E33').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}

/** The normalised words of the text, in order of first occurrence, each once. */
export function wordsOf(...texts: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const { segment, isWordLike } of segmenter.segment(toArabicDigits(text.normalize('NFKC')).replace(/\u0E4D\u0E32/g, '\u0E33'))) {
      if (!isWordLike) continue;
      const word = normaliseWord(segment);
      if (word !== '') words.add(word);
    }
  }
  return [...words];
}

/** Distinct words of several lists, in order. */
export const unionOf = (...lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];
