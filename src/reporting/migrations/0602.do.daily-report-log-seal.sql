-- 602: each frozen daily report seals the log up to its position (damrong_log_seal, migration 601), chained from
-- the seal of its base report (the one before it), or from the start of the log when it has no sealed base. The
-- seal is computed by a row trigger in the statement that stores the report. Reports frozen before this migration
-- are sealed here, oldest first, with the log as it stands now. The printed verification code derives from the
-- report's SHA-256 and its seal (verification-code.ts). Written to run twice without changing anything.

ALTER TABLE daily_mediation_reports ADD COLUMN IF NOT EXISTS log_seal bytea;

CREATE OR REPLACE FUNCTION damrong_daily_report_seal(base date, upto_xid xid8, upto_gp bigint) RETURNS bytea LANGUAGE sql STABLE AS $fn$
  SELECT CASE WHEN b.log_seal IS NULL THEN damrong_log_seal(NULL, '0'::xid8, 0, upto_xid, upto_gp)
              ELSE damrong_log_seal(b.log_seal, b.transaction_id, b.global_position, upto_xid, upto_gp) END
  FROM (SELECT 1) AS one LEFT JOIN daily_mediation_reports b ON b.report_day = base
$fn$;

CREATE OR REPLACE FUNCTION damrong_seal_daily_report() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.log_seal := damrong_daily_report_seal(NEW.base_day, NEW.transaction_id, NEW.global_position);
  RETURN NEW;
END $fn$;

DROP TRIGGER IF EXISTS daily_mediation_reports_seal ON daily_mediation_reports;
CREATE TRIGGER daily_mediation_reports_seal BEFORE INSERT ON daily_mediation_reports
  FOR EACH ROW EXECUTE FUNCTION damrong_seal_daily_report();

DO $$
DECLARE
  report record;
BEGIN
  FOR report IN SELECT report_day FROM daily_mediation_reports WHERE log_seal IS NULL ORDER BY cut_off LOOP
    UPDATE daily_mediation_reports SET log_seal = damrong_daily_report_seal(base_day, transaction_id, global_position)
    WHERE report_day = report.report_day;
  END LOOP;
END $$;

GRANT SELECT (log_seal) ON daily_mediation_reports TO damrong_request;
