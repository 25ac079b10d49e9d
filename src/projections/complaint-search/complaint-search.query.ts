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
  const code = param(term.trackingCode);
  const citizen = param(term.citizenId);
  const matched = `SELECT s.complaint_id FROM complaint_search s WHERE s.tracking_code = ${code} AND ${areaWhere}
       UNION SELECT l.complaint_id FROM complaint_list l JOIN complaint_search s USING (complaint_id)
         WHERE l.complainant_citizen_id = ${citizen} AND ${areaWhere}
       UNION SELECT s.complaint_id FROM complaint_search s WHERE s.words @> ${words}::text[] AND ${areaWhere}`;
  const counted = [...values];
  const totalCount = async () =>
    (await pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM (${matched}) m`, counted)).rows[0].total;
  const cursor = after ? decodeCursor(after, isRankKey) : null;
  const keyset = cursor
    ? `WHERE (rank, received_at, complaint_id) < (${param(cursor[0])}::int, ${param(cursor[1])}::timestamptz, ${param(cursor[2])})` : '';
  const { rows } = await pool.query<SearchHitRow>(
    `WITH matched AS (${matched}),
     ranked AS (
       SELECT s.*, s.tracking_code = ${code} AS exact_code,
         EXISTS (SELECT FROM complaint_list l WHERE l.complaint_id = s.complaint_id AND l.complainant_citizen_id = ${citizen}) AS exact_citizen,
         (CASE WHEN s.words @> ${words}::text[] THEN ${WORDS_RANK} + round(${WORDS_RANK} * (
            SELECT count(*) FROM unnest(${words}::text[]) w WHERE w = ANY(s.title_words))::float8 / cardinality(${words}::text[]))::int
          ELSE 0 END) AS word_rank
       FROM matched JOIN complaint_search s USING (complaint_id))
     SELECT complaint_id, tracking_code, status, owning_level, owning_code, received_at,
       to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key, subject, description,
       name_words, documents, coalesce(exact_code, false) AS exact_code, exact_citizen, rank
     FROM (SELECT *, (CASE WHEN coalesce(exact_code, false) OR exact_citizen THEN ${EXACT_RANK} ELSE 0 END + word_rank)::int AS rank
           FROM ranked) r
     ${keyset}
     ORDER BY rank DESC, received_at DESC, complaint_id DESC LIMIT ${param(limit + 1)}`,
    values,
  );
  return { ...pageOf(rows, limit, (row) => encodeCursor([row.rank, row.received_key, row.complaint_id]), after), totalCount };
}
