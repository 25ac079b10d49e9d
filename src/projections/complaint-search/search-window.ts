import type pg from 'pg';

/** A hit of one rank as its scan finds it: the complaint and its place in the newest-first order. */
export interface RankedId {
  complaint_id: string;
  received_at: Date;
}

/** Each window of months is this many times the one before it: 1, 4, 16, 64 months. */
const GROWTH = 4;

/** The month keys (prefix + `m:yyyymm`, UTC) from `newest` back to `oldest`, newest first. */
export function monthsBetween(prefix: string, newest: Date, oldest: Date): string[] {
  const months: string[] = [];
  let year = newest.getUTCFullYear();
  let month = newest.getUTCMonth();
  const last = oldest.getUTCFullYear() * 12 + oldest.getUTCMonth();
  while (year * 12 + month >= last) {
    months.push(`${prefix}m:${year}${String(month + 1).padStart(2, '0')}`);
    month -= 1;
    if (month < 0) { month = 11; year -= 1; }
  }
  return months;
}

/**
 * The newest `need` complaints holding every key (and passing `filter`, on columns the row keeps inline), older than
 * `before` if given, found window by window of months newest first (`months`, month keys of the area): each window is
 * one GIN lookup of the keys and the window's month keys together, exact, so only the matches within the window are
 * read from the table. The window grows fourfold until the page is full or the months run out: a common word stops
 * within the newest month, a rare one reads its few matches of all months in a few lookups. The lookup is materialised
 * so that the planner cannot walk a newest-first index instead and read every row's keys.
 */
export async function newestHolding(
  pool: pg.Pool, keys: readonly string[], filter: { sql: string; values: unknown[] },
  before: { at: string; id: string } | null, need: number, months: readonly string[],
): Promise<RankedId[]> {
  const found: RankedId[] = [];
  for (let from = 0, size = 1; from < months.length && found.length < need; from += size, size *= GROWTH) {
    const values: unknown[] = [keys, months.slice(from, from + size), ...filter.values];
    const param = (value: unknown) => `$${values.push(value)}`;
    const after = before ? `WHERE (received_at, complaint_id) < (${param(before.at)}::timestamptz, ${param(before.id)})` : '';
    const { rows } = await pool.query<RankedId>(
      `WITH window_hits AS MATERIALIZED (
         SELECT s.complaint_id, s.received_at FROM complaint_search s
         WHERE s.keys @> $1::text[] AND s.keys && $2::text[]${filter.sql ? ` AND ${filter.sql}` : ''})
       SELECT complaint_id, received_at FROM window_hits ${after}
       ORDER BY received_at DESC, complaint_id DESC LIMIT ${param(need - found.length)}`,
      values,
    );
    found.push(...rows);
  }
  return found;
}
