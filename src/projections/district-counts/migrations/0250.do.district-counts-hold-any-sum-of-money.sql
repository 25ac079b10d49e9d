-- 250: the money columns of district_counts and district_count_cases lose their numeric(18,2) limit (less than
-- 10^16 baht), which one registration of 10^16 baht broke for the whole country before amounts were bounded.
-- Unconstrained numeric, as debt_cases has, holds any sum of what the write side accepts (a million cases at the
-- bounds: 5 × 10^15 baht a column) and whatever the log holds from before the bounds, so a projection restarted
-- over such an event goes on. Widening a numeric rewrites nothing; the default keeps two places, so an untouched
-- district still reads "0.00".

ALTER TABLE district_counts
  ALTER COLUMN principal TYPE numeric, ALTER COLUMN principal SET DEFAULT 0.00,
  ALTER COLUMN outstanding TYPE numeric, ALTER COLUMN outstanding SET DEFAULT 0.00,
  ALTER COLUMN debt_before TYPE numeric, ALTER COLUMN debt_before SET DEFAULT 0.00,
  ALTER COLUMN debt_after TYPE numeric, ALTER COLUMN debt_after SET DEFAULT 0.00,
  ALTER COLUMN debt_reduced TYPE numeric, ALTER COLUMN debt_reduced SET DEFAULT 0.00;
ALTER TABLE district_count_cases
  ALTER COLUMN principal TYPE numeric, ALTER COLUMN outstanding TYPE numeric, ALTER COLUMN debt_before TYPE numeric,
  ALTER COLUMN debt_after TYPE numeric, ALTER COLUMN debt_reduced TYPE numeric;
