import type pg from 'pg';
import { decodeCursor, encodeCursor, type Page, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import type { SearchDocument } from './complaint-search.row.js';
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

/**
 * A page of the complaints in the area matching the search, best first: an exact tracking code or citizen id
 * (read from the complaint list, which keeps the citizen id), then complaints holding every word, ranked by the
 * share of the words in the subject or the names, newest received first among equals. Keyset pagination on
 * (rank, received_at, complaint_id). The area (a district, a province, or everywhere) cuts the words' matches
 * in the same scan as the GIN index, and row-level security holds the same rule.
 */
export async function searchComplaints(
  pool: pg.Pool, term: SearchTerm, area: { district: string | null; province: string | null }, first: number, after?: string | null,
): Promise<Page<SearchHitRow> & { totalCount: () => Promise<number> }> {
  const limit = pageSize(first, MAX_SEARCH_PAGE);
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const areaOf = (add: (value: unknown) => string) => (area.district ? `s.owning_district = ${add(area.district)}`
    : area.province ? `s.owning_province = ${add(area.province)}` : 'true');
  const areaWhere = areaOf(param);
  const words = param(term.words);
  const n = term.words.length;
  // How many of the words are in the subject or names, as a sum the planner evaluates per row without a subquery.
  const inTitle = term.words.map((word) => `(s.title_words @> ARRAY[${param(word)}::text])::int`).join(' + ');
  const cursor = after ? decodeCursor(after, isRankKey) : null;
  const tierRank = (k: number) => WORDS_RANK + Math.round((WORDS_RANK * k) / n);
  /**
   * The ranks are few (one a number of words in the title), so each is its own scan, newest first, cut to the area
   * and to the page: a common word walks the area's newest rows and stops at a page, a rare one is found by the
   * words' GIN index; no search ranks every match of a common word.
   */
  const scan = (rank: number, where: string, kind: string) => {
    if (cursor && rank > cursor[0]) return [];
    const after = cursor && rank === cursor[0]
      ? ` AND (s.received_at, s.complaint_id) < (${param(cursor[1])}::timestamptz, ${param(cursor[2])})` : '';
    return [`(SELECT s.complaint_id, s.received_at, ${rank} AS rank, '${kind}' AS kind FROM complaint_search s
      WHERE ${where} AND ${areaWhere}${after} ORDER BY s.received_at DESC, s.complaint_id DESC LIMIT ${param(limit + 1)})`];
  };
  const tiers = Array.from({ length: n + 1 }, (_, k) => n - k).flatMap((k) =>
    scan(tierRank(k), `s.words @> ${words}::text[] AND (${inTitle}) = ${k}`, 'WORDS'));
  const exact = [
    ...(term.trackingCode ? scan(EXACT_RANK, `s.tracking_code = ${param(term.trackingCode)}`, 'CODE') : []),
    ...(term.citizenId ? scan(EXACT_RANK, `s.complaint_id IN (SELECT complaint_id FROM complaint_list
      WHERE complainant_citizen_id = ${param(term.citizenId)})`, 'CITIZEN') : []),
  ];
  const matched = `SELECT complaint_id, max(received_at) AS received_at, max(rank) AS rank, string_agg(kind, ',') AS kind
    FROM (${[...exact, ...tiers].join(' UNION ALL ') || 'SELECT NULL::text AS complaint_id, NULL::timestamptz AS received_at, 0 AS rank, NULL AS kind WHERE false'}) b
    GROUP BY complaint_id`;
  const counted: unknown[] = [];
  const totalCount = async () => {
    const countParam = (value: unknown) => `$${counted.push(value)}`;
    const conditions = [`s.words @> ${countParam(term.words)}::text[]`,
      ...(term.trackingCode ? [`s.tracking_code = ${countParam(term.trackingCode)}`] : []),
      ...(term.citizenId ? [`s.complaint_id IN (SELECT complaint_id FROM complaint_list WHERE complainant_citizen_id = ${countParam(term.citizenId)})`] : [])];
    const sql = `SELECT count(*)::int AS total FROM complaint_search s WHERE (${conditions.join(' OR ')}) AND ${areaOf(countParam)}`;
    return (await pool.query<{ total: number }>(sql, counted)).rows[0].total;
  };
  const { rows } = await pool.query<SearchHitRow>(
    `SELECT s.complaint_id, s.tracking_code, s.status, s.owning_level, s.owning_code, s.received_at,
       to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key, s.subject, s.description,
       s.name_words, s.documents, top.kind LIKE '%CODE%' AS exact_code, top.kind LIKE '%CITIZEN%' AS exact_citizen, top.rank
     FROM (SELECT * FROM (${matched}) m ORDER BY rank DESC, received_at DESC, complaint_id DESC LIMIT ${param(limit + 1)}) top
     JOIN complaint_search s USING (complaint_id)
     ORDER BY top.rank DESC, top.received_at DESC, top.complaint_id DESC`,
    values,
  );
  return { ...pageOf(rows, limit, (row) => encodeCursor([row.rank, row.received_key, row.complaint_id]), after), totalCount };
}
