import { SHIPPED_HOLIDAYS } from './holidays-2024-2027.js';
import type { Holiday } from './working-days.js';

/**
 * Government holidays, editable at run time. A removed day keeps its row with `removed_at` set, so that
 * seeding again (a later data release) never brings back a day an administrator took out.
 */
const GOVERNMENT_HOLIDAYS_TABLE = `
CREATE TABLE IF NOT EXISTS government_holidays (
  day        date PRIMARY KEY,
  name_th    text NOT NULL,
  name_en    text,
  source     text NOT NULL CHECK (source IN ('shipped', 'added')),
  added_at   timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz
);`;

/** Inserts the shipped days this table has never seen; safe to run any number of times. */
export function shippedHolidaysSeed(holidays: readonly Holiday[]): string {
  const json = JSON.stringify(holidays).replace(/'/g, "''");
  return `
INSERT INTO government_holidays (day, name_th, name_en, source)
SELECT h.date, h."nameTh", h."nameEn", 'shipped'
FROM jsonb_to_recordset('${json}'::jsonb) AS h(date date, "nameTh" text, "nameEn" text)
ON CONFLICT (day) DO NOTHING;`;
}

export const GOVERNMENT_HOLIDAYS_MIGRATION = GOVERNMENT_HOLIDAYS_TABLE + shippedHolidaysSeed(SHIPPED_HOLIDAYS);
