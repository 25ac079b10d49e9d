/**
 * Migration 250: the money columns of district_counts and district_count_cases lose their numeric(18,2) limit
 * (less than 10^16 baht), which one registration of 10^16 baht broke for the whole country before amounts were
 * bounded. Unconstrained numeric, as debt_cases has, holds any sum of what the write side accepts (a million
 * cases at the bounds: 5 × 10^15 baht a column) and whatever the log holds from before the bounds, so a
 * projection restarted over such an event goes on. Widening a numeric rewrites nothing; the default keeps
 * two places, so an untouched district still reads "0.00".
 */
const MONEY = ['principal', 'outstanding', 'debt_before', 'debt_after', 'debt_reduced'];

const widen = (table: string, alsoDefault: boolean) => `ALTER TABLE ${table} ${MONEY.map((column) =>
  `ALTER COLUMN ${column} TYPE numeric${alsoDefault ? `, ALTER COLUMN ${column} SET DEFAULT 0.00` : ''}`).join(', ')};`;

export const DISTRICT_COUNTS_MONEY_MIGRATION = `${widen('district_counts', true)}\n${widen('district_count_cases', false)}`;
