import type pg from 'pg';
import { bangkokDay } from '../../calendar/calendar-day.js';
import { bangkokStartOf } from '../../shared/date-input.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { readCheckpoints } from '../runner/checkpoints.js';
import { addMonths, fiscalYearStart } from './statistics-month.js';

const PROJECTION = 'complaint-statistics';

const FREEZE = `
  INSERT INTO complaint_month_end
    (month, district_code, province_code, category_main, received_in_month, received, in_progress, resolved, closed, solved, set_aside)
  SELECT $1::date, district_code, province_code, category_main, coalesce(sum(received) FILTER (WHERE month = $1::date), 0),
    sum(received), sum(in_progress), sum(resolved), sum(closed), sum(solved), sum(set_aside)
  FROM complaint_statistics WHERE month BETWEEN $2::date AND $1::date
  GROUP BY district_code, province_code, category_main`;

/**
 * สถิติ ณ วันสิ้นเดือน: freezes, once each, every month that has ended (Asia/Bangkok) since the first month
 * with statistics: per office holding the complaints (kept as the statistics keep it) and main category, the
 * fiscal-year-to-date figures as they stand. A month is frozen only once the statistics hold every event
 * recorded before its end, oldest month first; the freeze time is kept beside it, and that solved and set aside were
 * counted (months frozen before migration 134 have them 0, not counted). Replicas may all call this:
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
    const claimed = await client.query(
      'INSERT INTO complaint_month_end_frozen (month, frozen_at, counts_solved) VALUES ($1, $2, true) ON CONFLICT (month) DO NOTHING',
      [month, now],
    );
    if (claimed.rowCount === 1) await client.query(FREEZE, [month, fiscalYearStart(month)]);
    await client.query('COMMIT');
    return claimed.rowCount === 1;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
