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
  const areaWhere = area.district ? `s.owning_district = ${param(area.district)}`
    : area.province ? `s.owning_province = ${param(area.province)}` : 'true';
  const words = param(term.words);
  // The share of the words in the subject or names, as a sum the planner evaluates per row without a subquery.
  const inTitle = term.words.map((word) => `(s.title_words @> ARRAY[${param(word)}::text])::int`).join(' + ');
  const wordRank = `${WORDS_RANK} + round(${WORDS_RANK}.0 * (${inTitle}) / ${term.words.length})::int`;
  const branches = [
    `SELECT s.complaint_id, s.received_at, ${wordRank} AS rank, 'WORDS' AS kind FROM complaint_search s
     WHERE s.words @> ${words}::text[] AND ${areaWhere}`,
    ...(term.trackingCode ? [`SELECT s.complaint_id, s.received_at, ${EXACT_RANK} AS rank, 'CODE' AS kind FROM complaint_search s
     WHERE s.tracking_code = ${param(term.trackingCode)} AND ${areaWhere}`] : []),
    ...(term.citizenId ? [`SELECT s.complaint_id, s.received_at, ${EXACT_RANK} AS rank, 'CITIZEN' AS kind
     FROM complaint_list l JOIN complaint_search s USING (complaint_id) WHERE l.complainant_citizen_id = ${param(term.citizenId)} AND ${areaWhere}`] : []),
  ];
  // Most searches are words only: one scan, no grouping. A code or id adds its exact match, grouped with the words' one.
  const matched = branches.length === 1 ? branches[0]
    : `SELECT complaint_id, max(received_at) AS received_at, sum(rank)::int AS rank, string_agg(kind, ',') AS kind
       FROM (${branches.join(' UNION ALL ')}) b GROUP BY complaint_id`;
  const counted = [...values];
  const totalCount = async () =>
    (await pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM (${matched}) m`, counted)).rows[0].total;
  const cursor = after ? decodeCursor(after, isRankKey) : null;
  const keyset = cursor
    ? `WHERE (rank, received_at, complaint_id) < (${param(cursor[0])}::int, ${param(cursor[1])}::timestamptz, ${param(cursor[2])})` : '';
  const { rows } = await pool.query<SearchHitRow>(
    `SELECT s.complaint_id, s.tracking_code, s.status, s.owning_level, s.owning_code, s.received_at,
       to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key, s.subject, s.description,
       s.name_words, s.documents, top.kind LIKE '%CODE%' AS exact_code, top.kind LIKE '%CITIZEN%' AS exact_citizen, top.rank
     FROM (SELECT * FROM (${matched}) m ${keyset} ORDER BY rank DESC, received_at DESC, complaint_id DESC LIMIT ${param(limit + 1)}) top
     JOIN complaint_search s USING (complaint_id)
     ORDER BY top.rank DESC, top.received_at DESC, top.complaint_id DESC`,
    values,
  );
  return { ...pageOf(rows, limit, (row) => encodeCursor([row.rank, row.received_key, row.complaint_id]), after), totalCount };
}
