import type pg from 'pg';
import type { OfficeLevel } from './complaint-list.query.js';
import { FINISHED_STATUSES } from './stale-days.js';

export interface StaleOfficeRow {
  owning_level: OfficeLevel;
  owning_code: string;
  count: number;
  oldest_update: Date;
}

/**
 * The open complaints (not resolved nor closed) last changed before `before`, counted per office holding them
 * now, most first; within the district or province given (a province: its office's and its districts').
 */
export async function staleCountsByOffice(
  pool: pg.Pool, area: { district?: string | null; province?: string | null }, before: Date,
): Promise<StaleOfficeRow[]> {
  const values: unknown[] = [FINISHED_STATUSES, before];
  const where = ['status <> ALL($1::text[])', 'updated_at < $2'];
  if (area.district) where.push(`owning_district = $${values.push(area.district)}`);
  if (area.province) where.push(`owning_province = $${values.push(area.province)}`);
  const { rows } = await pool.query<StaleOfficeRow>(
    `SELECT owning_level, owning_code, count(*)::int AS count, min(updated_at) AS oldest_update
     FROM complaint_list WHERE ${where.join(' AND ')}
     GROUP BY owning_level, owning_code ORDER BY count(*) DESC, owning_level, owning_code`,
    values,
  );
  return rows;
}
