import type pg from 'pg';
import { decodeCursor, encodeCursor, type Page, pageOf } from '../../shared/page.js';
import type { LineOutcome } from './bill-payment-errors.js';

/** A run as stored (satang as text: bigint). */
export interface RunRow {
  runId: string; authorityCode: string; provinceCode: string; fileDigest: string; fileName: string | null; effectiveDate: string;
  companyAccount: string; ranBy: string; ranAt: string; paymentCount: number; matchedCount: number; unmatchedCount: number;
  exceptionCount: number; matchedSatang: string; unmatchedSatang: string; exceptionSatang: string;
}

export interface LineRow {
  line: number; outcome: LineOutcome; ref1: string; ref2: string; amountSatang: string; dueSatang: string | null; paidAt: string;
  customerName: string; returnId: string | null; receiptNumber: string | null;
}

const RUN_COLUMNS = `run_id AS "runId", authority_code AS "authorityCode", province_code AS "provinceCode", file_digest AS "fileDigest",
  file_name AS "fileName", to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate", company_account AS "companyAccount", ran_by AS "ranBy",
  to_char(ran_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "ranAt", payment_count AS "paymentCount", matched_count AS "matchedCount",
  unmatched_count AS "unmatchedCount", exception_count AS "exceptionCount", matched_satang::text AS "matchedSatang",
  unmatched_satang::text AS "unmatchedSatang", exception_satang::text AS "exceptionSatang"`;

const isRunKey = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');
const isLineKey = (value: unknown): value is [number] => Array.isArray(value) && value.length === 1 && Number.isInteger(value[0]);

export async function findRun(db: pg.Pool, runId: string): Promise<RunRow | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(runId)) return undefined;
  return (await db.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM bill_payment_runs WHERE run_id = $1`, [runId])).rows[0];
}

/** An authority's runs, the latest first. */
export async function listRuns(db: pg.Pool, authorityCode: string, first: number, after?: string | null)
  : Promise<Page<RunRow> & { totalCount: () => Promise<number> }> {
  const [ranAt, id] = after ? decodeCursor(after, isRunKey) : ['9999-12-31T00:00:00.000Z', ''];
  const rows = (await db.query<RunRow>(
    `SELECT ${RUN_COLUMNS} FROM bill_payment_runs WHERE authority_code = $1 AND (ran_at < $2::timestamptz OR (ran_at = $2::timestamptz AND run_id::text > $3))
     ORDER BY ran_at DESC, run_id LIMIT $4`, [authorityCode, ranAt, id, first + 1])).rows;
  const totalCount = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM bill_payment_runs WHERE authority_code = $1', [authorityCode])).rows[0].n);
  return { ...pageOf(rows, first, (row) => encodeCursor([row.ranAt, row.runId]), after), totalCount };
}

/** A run's lines in the file's order: those to settle (unmatched and exceptions) only, unless `all`. */
export async function listRunLines(db: pg.Pool, runId: string, all: boolean, first: number, after?: string | null)
  : Promise<Page<LineRow> & { totalCount: () => Promise<number> }> {
  const [from] = after ? decodeCursor(after, isLineKey) : [0];
  const filter = `run_id = $1 AND ($2::boolean OR outcome <> 'MATCHED')`;
  const rows = (await db.query<LineRow>(
    `SELECT line, outcome, ref1, ref2, amount_satang::text AS "amountSatang", due_satang::text AS "dueSatang",
       to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "paidAt", customer_name AS "customerName", return_id AS "returnId",
       receipt_number AS "receiptNumber"
     FROM bill_payment_run_lines WHERE ${filter} AND line > $3 ORDER BY line LIMIT $4`, [runId, all, from, first + 1])).rows;
  const totalCount = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM bill_payment_run_lines WHERE ${filter}`, [runId, all])).rows[0].n);
  return { ...pageOf(rows, first, (row) => encodeCursor([row.line]), after), totalCount };
}
