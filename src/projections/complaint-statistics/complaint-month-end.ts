import type pg from 'pg';
import { bangkokDay } from '../../calendar/calendar-day.js';
import { bangkokStartOf } from '../../shared/date-input.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { readCheckpoints } from '../runner/checkpoints.js';
import { MONTH_END_COLUMNS, type MonthEndRow, monthEndSha256 } from './complaint-month-end.body.js';
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

/**
 * สถิติ ณ วันสิ้นเดือน: freezes, once each, every month that has ended (Asia/Bangkok) since the first month
 * with statistics: per office holding the complaints (kept as the statistics keep it) and main category, the
 * fiscal-year-to-date figures as they stand. A month is frozen only once the statistics hold every event
 * recorded before its end, oldest month first; the freeze time is kept beside it, and that solved and set aside were
 * counted (months frozen before migration 134 have them 0, not counted), the statistics' position and the SHA-256 of
 * the rows (complaint-month-end.body.ts; none before migration 520), so that verify-frozen-reports can check them. Replicas may all call this:
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

async function freezeMonth(pool: pg.Pool, month: string, now: Date): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ claimed: boolean; rows: MonthEndRow[] }>(FREEZE, [month, fiscalYearStart(month), PROJECTION, now]);
    const { claimed, rows: written } = rows[0];
    if (claimed) await client.query('UPDATE complaint_month_end_frozen SET sha256 = $2 WHERE month = $1', [month, monthEndSha256(month, written)]);
    await client.query('COMMIT');
    return claimed;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
