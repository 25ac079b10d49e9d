-- 720: a daily report frozen from a log other than the `events` table (EVENT_STORE=kurrentdb or memory) seals
-- nothing: the seal of migration 602 covers the hashes of the `events` table, which then holds none of the log.
-- The freezer says so by setting `damrong.seal_log` to 'off' for the statement that stores the report, which is
-- then stored with log_seal null, as a report never sealed (its printed code is that of its SHA-256 alone,
-- verification-code.ts). Any other insert is sealed as before.

CREATE OR REPLACE FUNCTION damrong_seal_daily_report() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('damrong.seal_log', true) IS DISTINCT FROM 'off' THEN
    NEW.log_seal := damrong_daily_report_seal(NEW.base_day, NEW.transaction_id, NEW.global_position);
  ELSE
    NEW.log_seal := NULL;
  END IF;
  RETURN NEW;
END $fn$;
