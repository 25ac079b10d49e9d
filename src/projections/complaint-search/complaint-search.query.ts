import type pg from 'pg';
import { decodeCursor, encodeCursor, type Page, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import type { SearchDocument } from './complaint-search.row.js';
import { areaPrefix } from './search-keys.js';
import { monthsBetween, rankedHits, type RankedId, type RankScan } from './search-window.js';
import type { SearchTerm } from './search-term.js';

/** The most hits one page holds. */
export const MAX_SEARCH_PAGE = 50;

/** Ranks: an exact tracking code or citizen id first, then the share of the words found in the subject or names. */
const EXACT_RANK = 2000;
const WORDS_RANK = 500;

export interface SearchHitRow {
  complaint_id: string;
  tracking_code: string;
  status: string;
  owning_level: string;
  owning_code: string;
  received_at: Date;
  received_key: string;
  subject: string;
  description: string;
  name_words: string[];
  documents: Record<string, SearchDocument>;
  exact_code: boolean;
  exact_citizen: boolean;
  rank: number;
}

const isRankKey = (value: unknown): value is [number, string, string] =>
  Array.isArray(value) && value.length === 3 && Number.isInteger(value[0])
  && typeof value[1] === 'string' && Number.isFinite(Date.parse(value[1])) && typeof value[2] === 'string';

type Area = { district: string | null; province: string | null };
type Hit = RankedId & { kind: 'WORDS' | 'CODE' | 'CITIZEN' };

const areaSql = (area: Area, add: (value: unknown) => string) => (area.district ? `s.owning_district = ${add(area.district)}`
  : area.province ? `s.owning_province = ${add(area.province)}` : 'true');

/** The area's month keys, newest first, from its newest complaint back to its oldest, and from `from` if given. */
async function monthsOf(pool: pg.Pool, area: Area, from: string | null): Promise<{ all: string[]; from: string[] }> {
  const values: unknown[] = [];
  const { rows } = await pool.query<{ newest: Date | null; oldest: Date | null }>(
    `SELECT max(s.received_at) AS newest, min(s.received_at) AS oldest FROM complaint_search s WHERE ${areaSql(area, (v) => `$${values.push(v)}`)}`,
    values,
  );
  const { newest, oldest } = rows[0];
  if (!newest || !oldest) return { all: [], from: [] };
  return { all: monthsBetween(areaPrefix(area), newest, oldest), from: from ? monthsBetween(areaPrefix(area), new Date(from), oldest) : [] };
}

/**
 * A page of the complaints in the area matching the search, best first: an exact tracking code or citizen id
 * (read from the complaint list, which keeps the citizen id), then complaints holding every word, ranked by the
 * share of the words in the subject or the names, newest received first among equals. Keyset pagination on
 * (rank, received_at, complaint_id). Each rank is read from the area's own keys (search-keys.ts), newest months
 * first (search-window.ts): the highest rank, every word in the title, from the area's title keys; a lower one from
 * its word keys, counting the title words of each match (kept inline). A rank is read only while the page is not
 * full, and only as many months as fill it. Row-level security holds the area rule besides.
 */
export async function searchComplaints(
  pool: pg.Pool, term: SearchTerm, area: Area, first: number, after?: string | null,
): Promise<Page<SearchHitRow> & { totalCount: () => Promise<number> }> {
  const limit = pageSize(first, MAX_SEARCH_PAGE);
  const cursor = after ? decodeCursor(after, isRankKey) : null;
  const prefix = areaPrefix(area);
  const n = term.words.length;
  const beforeIn = (rank: number) => (cursor && rank === cursor[0] ? { at: cursor[1], id: cursor[2] } : null);
  const hits: Hit[] = await exactHits(pool, term, area, beforeIn(EXACT_RANK), limit + 1, cursor);
  const wordKeys = term.words.map((word) => prefix + word);
  const ranks = Array.from({ length: n + 1 }, (_, i) => n - i).map((k) => ({ k, rank: WORDS_RANK + Math.round((WORDS_RANK * k) / n) }))
    .filter(({ rank }) => !cursor || rank <= cursor[0]);
  if (ranks.length > 0) {
    const months = await monthsOf(pool, area, cursor?.[1] ?? null);
    // The top rank is exactly the title keys; a lower one holds every word with k of them in the title.
    const scans = ranks.map(({ k, rank }): RankScan => ({
      rank,
      keys: k === n ? term.words.map((word) => `${prefix}t:${word}`) : wordKeys,
      filter: k === n ? null : (param) => `(${term.words.map((word) => `(s.title_words @> ARRAY[${param(word)}::text])::int`).join(' + ')}) = ${k}`,
      before: beforeIn(rank),
      months: beforeIn(rank) ? months.from : months.all,
    }));
    hits.push(...(await rankedHits(pool, scans, limit + 1)).map((hit) => ({ ...hit, kind: 'WORDS' as const })));
  }
  const { rows } = await pool.query<SearchHitRow>(
    `SELECT s.complaint_id, s.tracking_code, s.status, s.owning_level, s.owning_code, s.received_at,
       to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key, s.subject, s.description,
       s.name_words, s.documents, h.exact_code, h.exact_citizen, h.rank
     FROM (SELECT id, max(rank) AS rank, bool_or(kind = 'CODE') AS exact_code, bool_or(kind = 'CITIZEN') AS exact_citizen
           FROM unnest($1::text[], $2::int[], $3::text[]) AS h(id, rank, kind) GROUP BY id) h
     JOIN complaint_search s ON s.complaint_id = h.id
     ORDER BY h.rank DESC, s.received_at DESC, s.complaint_id DESC LIMIT $4`,
    [hits.map((h) => h.complaint_id), hits.map((h) => h.rank), hits.map((h) => h.kind), limit + 1],
  );
  const totalCount = () => countMatches(pool, term, area, wordKeys);
  return { ...pageOf(rows, limit, (row) => encodeCursor([row.rank, row.received_key, row.complaint_id]), after), totalCount };
}

/** The complaints of the area whose tracking code or (by the complaint list) complainant's citizen id is the text. */
async function exactHits(
  pool: pg.Pool, term: SearchTerm, area: Area, before: { at: string; id: string } | null, need: number,
  cursor: readonly [number, string, string] | null,
): Promise<Hit[]> {
  if (cursor && EXACT_RANK > cursor[0]) return [];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const scan = (where: string, kind: string) => `SELECT s.complaint_id, s.received_at, '${kind}' AS kind FROM complaint_search s
    WHERE ${where} AND ${areaSql(area, param)}${before
    ? ` AND (s.received_at, s.complaint_id) < (${param(before.at)}::timestamptz, ${param(before.id)})` : ''}`;
  const scans = [
    ...(term.trackingCode ? [scan(`s.tracking_code = ${param(term.trackingCode)}`, 'CODE')] : []),
    ...(term.citizenId ? [scan(`s.complaint_id IN (SELECT complaint_id FROM complaint_list
      WHERE complainant_citizen_id = ${param(term.citizenId)})`, 'CITIZEN')] : []),
  ];
  if (scans.length === 0) return [];
  const { rows } = await pool.query<RankedId & { kind: 'CODE' | 'CITIZEN' }>(
    `${scans.join(' UNION ALL ')} ORDER BY received_at DESC, complaint_id DESC LIMIT ${param(need)}`, values);
  return rows.map((row) => ({ ...row, rank: EXACT_RANK }));
}

/** How many complaints of the area the search finds: every word (the area's word keys), or the code or citizen id. */
async function countMatches(pool: pg.Pool, term: SearchTerm, area: Area, wordKeys: string[]): Promise<number> {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = [`s.keys @> ${param(wordKeys)}::text[]`,
    ...(term.trackingCode ? [`(s.tracking_code = ${param(term.trackingCode)} AND ${areaSql(area, param)})`] : []),
    ...(term.citizenId ? [`(s.complaint_id IN (SELECT complaint_id FROM complaint_list WHERE complainant_citizen_id = ${param(term.citizenId)}) AND ${areaSql(area, param)})`] : [])];
  const { rows } = await pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM complaint_search s WHERE ${conditions.join(' OR ')}`, values);
  return rows[0].total;
}
