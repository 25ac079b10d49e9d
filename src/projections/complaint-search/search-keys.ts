/**
 * The keys of a complaint in the search index (`complaint_search.keys`, one GIN index). For the whole country and
 * again for its owning province and district (`p:<province>:`, `d:<district>:`), each with:
 * - every word of the complaint (`<word>` for the country, `p:10:<word>`, `d:1001:<word>`),
 * - every word of its title, the subject and names (`t:<word>`, `p:10:t:<word>`),
 * - the month it was received, UTC (`m:202403`, `p:10:m:202403`).
 * So a search cut to an area reads only that area's postings, in one exact GIN lookup (array containment on GIN
 * needs no recheck of the row), and the month keys cut it to a window of months, newest first. A word never holds a
 * colon (search-words.ts), so no key of one kind equals a key of another, and the keys without a colon are the words.
 */
export interface KeyedArea {
  district: string | null;
  province: string | null;
}

/** The prefix of an area's keys: the district's, else the province's, else the country's (none). */
export const areaPrefix = (area: KeyedArea): string =>
  area.district ? `d:${area.district}:` : area.province ? `p:${area.province}:` : '';

/** The month key of a time, `m:yyyymm` in UTC. */
export const monthKey = (at: Date): string => `m:${at.getUTCFullYear()}${String(at.getUTCMonth() + 1).padStart(2, '0')}`;

/** A row's keys from its words, title words, owning area and received time. */
export function keysOf(words: readonly string[], titleWords: readonly string[], area: KeyedArea, receivedAt: string): string[] {
  const month = monthKey(new Date(receivedAt));
  const prefixes = ['', ...(area.province ? [`p:${area.province}:`] : []), ...(area.district ? [`d:${area.district}:`] : [])];
  return prefixes.flatMap((prefix) => [
    ...words.map((word) => prefix + word), ...titleWords.map((word) => `${prefix}t:${word}`), prefix + month,
  ]);
}

/** The words among a row's keys (the country's word keys, the only keys without a colon). */
export const wordsOfKeys = (keys: readonly string[]): string[] => keys.filter((key) => !key.includes(':'));
