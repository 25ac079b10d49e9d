-- 300: the figures the department publishes "as at 15.00" beside the registrations: each case's creditors,
-- principal and outstanding debt (its registration's, a correction there too) and whether the debtor, the last
-- time they were reached, wished mediation. Like every measure they move with a case. The ledger is emptied and
-- the projection's checkpoint dropped, so it folds the log again from its start and these columns hold every case.
-- Daily reports frozen before stay as stored (body format 1, without these figures or the moved-in and moved-out
-- ones); the first report after one of them takes the standing figures of its base from the ledger.

TRUNCATE mediation_report_ledger, mediation_report_cases;
ALTER TABLE mediation_report_ledger
  ADD COLUMN creditors integer NOT NULL DEFAULT 0,
  ADD COLUMN wishing_mediation integer NOT NULL DEFAULT 0,
  ADD COLUMN principal numeric NOT NULL DEFAULT 0,
  ADD COLUMN outstanding numeric NOT NULL DEFAULT 0;
DELETE FROM projection_checkpoints WHERE name = 'mediation-report-ledger';
