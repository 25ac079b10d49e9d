import type pg from 'pg';

/** A hit of one rank as its scan finds it: the complaint, its place in the newest-first order, and the rank. */
export interface RankedId {
  complaint_id: string;
  received_at: Date;
  rank: number;
}

/**
 * One rank to read: the complaints holding every key and passing `filter` (SQL on columns the row keeps inline, its
 * values added with `param`), older than `before` if given, in the area's `months` (month keys, newest first).
 */
export interface RankScan {
  rank: number;
  keys: readonly string[];
  filter: ((param: (value: unknown) => string) => string) | null;
  before: { at: string; id: string } | null;
  months: readonly string[];
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
 * The first `need` hits of the ranks in turn (best rank first, newest first within a rank), in one statement. A rank
 * is read window by window of its months, newest first, each window growing fourfold: one exact GIN lookup of the
 * keys and the window's month keys together, so only the matches within the window are read from the table. Each
 * window is a materialised CTE (so the planner cannot walk a newest-first index instead and read every row's keys),
 * and they are appended in order under one LIMIT: PostgreSQL evaluates an Append's branches, and a CTE, only as rows
 * are pulled (the CTE scans keep the plan serial), so the windows past a full page are never read. A common word stops
 * within the newest month; a rare one reads its few matches of all months in at most four lookups.
 */
export async function rankedHits(pool: pg.Pool, scans: readonly RankScan[], need: number): Promise<RankedId[]> {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const ctes: string[] = [];
  const branches: string[] = [];
  for (const scan of scans) {
    const keys = param(scan.keys);
    const filter = scan.filter ? ` AND ${scan.filter(param)}` : '';
    const after = scan.before ? ` WHERE (received_at, complaint_id) < (${param(scan.before.at)}::timestamptz, ${param(scan.before.id)})` : '';
    for (let from = 0, size = 1; from < scan.months.length; from += size, size *= GROWTH) {
      const name = `w${ctes.length}`;
      ctes.push(`${name} AS MATERIALIZED (SELECT s.complaint_id, s.received_at FROM complaint_search s
        WHERE s.keys @> ${keys}::text[] AND s.keys && ${param(scan.months.slice(from, from + size))}::text[]${filter})`);
      branches.push(`(SELECT complaint_id, received_at, ${scan.rank} AS rank FROM ${name}${after} ORDER BY received_at DESC, complaint_id DESC)`);
    }
  }
  if (branches.length === 0) return [];
  const { rows } = await pool.query<RankedId>(
    `WITH ${ctes.join(',\n')} SELECT * FROM (${branches.join(' UNION ALL ')}) hits LIMIT ${param(need)}`, values);
  return rows;
}
