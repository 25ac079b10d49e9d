import { normaliseWord } from './search-words.js';

/** Where a hit matched. */
export const MATCH_FIELDS = ['TRACKING_CODE', 'CITIZEN_ID', 'SUBJECT', 'DESCRIPTION', 'DOCUMENT', 'NAME'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export interface SnippetPart {
  text: string;
  matched: boolean;
}

export interface Snippet {
  field: MatchField;
  /** The document's id, for a snippet of a scanned document's text. */
  documentId: string | null;
  parts: SnippetPart[];
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const BEFORE = 40;
const AFTER = 120;

/**
 * The passage of `text` around its first searched word, cut into parts marked matched or not: the text is cut
 * into words as it was indexed, so a marked part is a whole word. Undefined when no word is in the text.
 */
export function snippetOf(text: string, words: ReadonlySet<string>): { parts: SnippetPart[]; matches: number } | undefined {
  const segments = [...segmenter.segment(text)].map(({ segment, index, isWordLike }) =>
    ({ segment, index, matched: Boolean(isWordLike) && words.has(normaliseWord(segment)) }));
  const firstHit = segments.find((s) => s.matched);
  if (!firstHit) return undefined;
  const from = Math.max(0, firstHit.index - BEFORE);
  const to = firstHit.index + AFTER;
  const parts: SnippetPart[] = [];
  for (const s of segments) {
    if (s.index + s.segment.length <= from || s.index >= to) continue;
    const last = parts.at(-1);
    if (last && last.matched === s.matched) last.text += s.segment;
    else parts.push({ text: s.segment, matched: s.matched });
  }
  if (from > 0) parts.unshift({ text: '…', matched: false });
  if (to < text.length) parts.push({ text: '…', matched: false });
  return { parts, matches: segments.filter((s) => s.matched).length };
}

/** The best passage among the subject, the description and the documents' text (most words matched, in that order). */
export function bestSnippet(
  words: readonly string[], texts: { subject: string; description: string; documents: [string, string | null][] },
): Snippet | undefined {
  const wanted = new Set(words);
  const candidates: [MatchField, string | null, string | null][] = [
    ['SUBJECT', null, texts.subject], ['DESCRIPTION', null, texts.description],
    ...texts.documents.map(([id, text]): [MatchField, string | null, string | null] => ['DOCUMENT', id, text]),
  ];
  let best: (Snippet & { matches: number }) | undefined;
  for (const [field, documentId, text] of candidates) {
    const found = text ? snippetOf(text, wanted) : undefined;
    if (found && (!best || found.matches > best.matches)) best = { field, documentId, ...found };
  }
  return best && { field: best.field, documentId: best.documentId, parts: best.parts };
}
