import type pg from 'pg';
import { decodeCursor, encodeCursor, type Page, pageOf } from '../../shared/page.js';
import type { MonthlyReturnRow } from './monthly-return-row.js';
import { loadMonthlyReturnRows } from './monthly-returns.projection.js';

export interface MonthlyReturnQuery {
  authorityCode: string;
  /** The reader's area: businesses located in this district, in this province; null for no bound. */
  district: string | null;
  province: string | null;
  period: string | null;
  kind: string | null;
  status: string | null;
}

const isKey = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');
const FILTER = `r.authority_code = $1 AND ($2::text IS NULL OR r.business_district_code = $2) AND ($3::text IS NULL OR r.period = $3)
  AND ($4::text IS NULL OR r.kind = $4) AND ($5::text IS NULL OR r.status = $5) AND ($6::text IS NULL OR r.province_code = $6)`;

/** A page of returns, the latest month first, then by return id; row-level security of the pool applies. */
export async function listMonthlyReturns(db: pg.Pool, q: MonthlyReturnQuery, first: number, after?: string | null)
  : Promise<Page<MonthlyReturnRow> & { totalCount: () => Promise<number> }> {
  const filter = [q.authorityCode, q.district, q.period, q.kind, q.status, q.province];
  const [period, id] = after ? decodeCursor(after, isKey) : ['9999-99', ''];
  const rows = await loadMonthlyReturnRows(db,
    `${FILTER} AND (r.period < $7 OR (r.period = $7 AND r.return_id > $8)) ORDER BY r.period DESC, r.return_id LIMIT $9`,
    [...filter, period, id, first + 1]);
  const totalCount = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM monthly_returns r WHERE ${FILTER}`, filter)).rows[0].n);
  return { ...pageOf(rows, first, (row) => encodeCursor([row.period, row.returnId]), after), totalCount };
}
