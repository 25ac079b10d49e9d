import type pg from 'pg';
import { bangkokDay } from '../../calendar/calendar-day.js';
import { bangkokStartOf } from '../../shared/date-input.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { readCheckpoints } from '../runner/checkpoints.js';
import { MONTH_END_COLUMNS, type MonthEndRow, monthEndSha256 } from './complaint-month-end.body.js';
import { type CorrectionRow, countCorrections, type LateComplaint } from './complaint-month-end.corrections.js';
import { addMonths, fiscalYearStart } from './statistics-month.js';

const PROJECTION = 'complaint-statistics';

/**
 * Claims the month ($1) and writes its figures in one statement, so in one snapshot: the statistics' checkpoint
 * ($3) is the position they had applied, kept beside the freeze time ($4) with the month. Nothing is written
 * when the month was claimed before. Returns whether this statement claimed it, and the rows it wrote.
 */
const FREEZE = `
  WITH claimed AS (
    INSERT INTO complaint_month_end_frozen (month, frozen_at, counts_solved, transaction_id, global_position)
    SELECT $1::date, $4, true, transaction_id, global_position FROM projection_checkpoints WHERE name = $3
    ON CONFLICT (month) DO NOTHING RETURNING month
  ), written AS (
    INSERT INTO complaint_month_end
      (month, district_code, province_code, category_main, received_in_month, received, in_progress, resolved, closed, solved, set_aside)
    SELECT $1::date, district_code, province_code, category_main, coalesce(sum(received) FILTER (WHERE month = $1::date), 0),
      sum(received), sum(in_progress), sum(resolved), sum(closed), sum(solved), sum(set_aside)
    FROM complaint_statistics WHERE month BETWEEN $2::date AND $1::date AND EXISTS (SELECT FROM claimed)
    GROUP BY district_code, province_code, category_main
    RETURNING ${MONTH_END_COLUMNS}
  )
  SELECT EXISTS (SELECT FROM claimed) AS claimed, coalesce((SELECT json_agg(written) FROM written), '[]') AS rows`;

/** Whether the month before ($1) was frozen with a position: none when it was not frozen. */
const PREVIOUS = 'SELECT transaction_id IS NOT NULL AS placed FROM complaint_month_end_frozen WHERE month = $1';

/** The complaints received before the month ($1) recorded after the month before's ($2) position. */
const LATE = `
  SELECT to_char(c.month, 'YYYY-MM-DD') AS month, c.province_code AS "provinceCode", c.district_code AS "districtCode",
    c.category_main AS "categoryMain", c.status, c.close_reason AS "closeReason"
  FROM complaint_statistics_cases c JOIN complaint_month_end_frozen p ON p.month = $2::date
  WHERE c.month < $1::date AND (c.transaction_id, c.global_position) > (p.transaction_id, p.global_position)`;

const CORRECT = `
  INSERT INTO complaint_month_end_correction
    (month, corrected_month, district_code, province_code, category_main, received, in_progress, resolved, closed, solved, set_aside)
  SELECT $1::date, "correctedMonth", "districtCode", "provinceCode", "categoryMain", received, "inProgress", resolved, closed, solved, "setAside"
  FROM json_to_recordset($2::json) AS u("correctedMonth" date, "districtCode" text, "provinceCode" text, "categoryMain" text,
    received int, "inProgress" int, resolved int, closed int, solved int, "setAside" int)`;

/**
 * สถิติ ณ วันสิ้นเดือน: freezes, once each, every month that has ended (Asia/Bangkok) since the first month
 * with statistics: per office holding the complaints (kept as the statistics keep it) and main category, the
 * fiscal-year-to-date figures as they stand. A month is frozen only once the statistics hold every event
 * recorded before its end, oldest month first; the freeze time is kept beside it, and that solved and set aside were
 * counted (months frozen before migration 134 have them 0, not counted), the statistics' position and the SHA-256 of
 * the rows and corrections (complaint-month-end.body.ts; none before migration 520), so that verify-frozen-reports
 * can check them. Its corrections: the complaints received in earlier months but recorded after the month before
 * was frozen, which no month end holds, listed by month received (complaint_month_end_correction), never added to
 * those months' frozen figures. Replicas may all call this:
 * the month's row in complaint_month_end_frozen makes one of them do it. Returns the months frozen by this call.
 */
export async function freezeEndedMonths(pool: pg.Pool, store: EventStore, now: Date): Promise<string[]> {
  const currentMonth = `${bangkokDay(now).slice(0, 7)}-01`;
  const { rows } = await pool.query<{ first: string | null; last_frozen: string | null }>(
    `SELECT (SELECT to_char(min(month), 'YYYY-MM-DD') FROM complaint_statistics) AS first,
            (SELECT to_char(max(month), 'YYYY-MM-DD') FROM complaint_month_end_frozen) AS last_frozen`,
  );
  const { first, last_frozen: lastFrozen } = rows[0];
  if (first === null) return [];
  const frozen: string[] = [];
  for (let month = lastFrozen && lastFrozen >= first ? addMonths(lastFrozen, 1) : first; month < currentMonth; month = addMonths(month, 1)) {
    if (!(await projectedUntil(pool, store, new Date(bangkokStartOf(addMonths(month, 1)))))) break;
    if (await freezeMonth(pool, month, now)) frozen.push(month);
  }
  return frozen;
}

/** True when the statistics projection has applied every event recorded before `instant`. */
async function projectedUntil(pool: pg.Pool, store: EventStore, instant: Date): Promise<boolean> {
  const checkpoint = (await readCheckpoints(pool)).get(PROJECTION);
  if (!checkpoint || checkpoint.state !== 'RUNNING') return false;
  const { oldestAfter } = await store.head(checkpoint.position);
  return oldestAfter === undefined || oldestAfter >= instant;
}

/** One snapshot for the figures, the position and the corrections: the statistics' runner may commit meanwhile. */
async function freezeMonth(pool: pg.Pool, month: string, now: Date): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const { rows } = await client.query<{ claimed: boolean; rows: MonthEndRow[] }>(FREEZE, [month, fiscalYearStart(month), PROJECTION, now]);
    const { claimed, rows: written } = rows[0];
    if (claimed) {
      const corrections = await lateComplaints(client, month);
      if (corrections !== null) await client.query(CORRECT, [month, JSON.stringify(corrections)]);
      await client.query('UPDATE complaint_month_end_frozen SET sha256 = $2, counts_corrections = $3 WHERE month = $1',
        [month, monthEndSha256(month, written, corrections), corrections !== null]);
    }
    await client.query('COMMIT');
    return claimed;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** The month's correction lines; null when the month before was frozen without a position (before migration 520). */
async function lateComplaints(client: pg.ClientBase, month: string): Promise<CorrectionRow[] | null> {
  const previous = addMonths(month, -1);
  const { rows } = await client.query<{ placed: boolean }>(PREVIOUS, [previous]);
  if (rows.length === 0) return [];
  if (!rows[0].placed) return null;
  return countCorrections((await client.query<LateComplaint>(LATE, [month, previous])).rows);
}
