import type pg from 'pg';
import type { MonthlyReturnRow } from '../../projections/monthly-returns/monthly-return-row.js';
import { loadMonthlyReturnRows } from '../../projections/monthly-returns/monthly-returns.projection.js';
import { decodeCursor, encodeCursor, type Page, pageOf } from '../../shared/page.js';

const isKey = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');

/** A page of the returns of these businesses from the return list, the latest month first, then by return id. */
export async function listReturnsOfBusinesses(db: pg.Pool, businessNos: readonly number[], first: number, after?: string | null)
  : Promise<Page<MonthlyReturnRow> & { totalCount: () => Promise<number> }> {
  const [period, id] = after ? decodeCursor(after, isKey) : ['9999-99', ''];
  const rows = await loadMonthlyReturnRows(db,
    'r.business_no = ANY($1::int[]) AND (r.period < $2 OR (r.period = $2 AND r.return_id > $3)) ORDER BY r.period DESC, r.return_id LIMIT $4',
    [businessNos, period, id, first + 1]);
  const totalCount = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM monthly_returns WHERE business_no = ANY($1::int[])', [businessNos])).rows[0].n);
  return { ...pageOf(rows, first, (row) => encodeCursor([row.period, row.returnId]), after), totalCount };
}
