-- 251: the ledger's satang columns become numeric. bigint held any single row the bounded write side makes (at
-- most 5 × 10^11 satang), but not an agreement over a debt of 10^17 baht or more that the log may hold from
-- before amounts were bounded; numeric holds it, so the ledger can be rebuilt from any log.

ALTER TABLE mediation_report_ledger
  ALTER COLUMN debt_before TYPE numeric, ALTER COLUMN debt_after TYPE numeric, ALTER COLUMN reduction TYPE numeric;
