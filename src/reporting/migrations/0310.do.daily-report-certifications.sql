-- 310: reporting as an act (circulars ว 642, ว 2551: the two responsible reporters submit the day's report by
-- 15:00). One row per district and frozen daily report: which responsible reporter certified it, when, with
-- which command, and the certification block as it stood then (the certifier, the district's named pair and
-- its chief: name, position, phone), so that a file shows the certification as stored. Written once by the
-- reporting slice (the day and district are the key: a second certification is refused), never changed.
-- A command id is the certifier's own (as in the event log, ids are per account): one row per account and id.
-- The request role reads the rows of its area.

CREATE TABLE daily_report_certifications (
  report_day    date NOT NULL REFERENCES daily_mediation_reports (report_day),
  district_code text NOT NULL,
  province_code text NOT NULL,
  certified_by  text NOT NULL,
  certified_at  timestamptz NOT NULL,
  command_id    text NOT NULL,
  signatories   jsonb NOT NULL,
  PRIMARY KEY (report_day, district_code),
  UNIQUE (certified_by, command_id)
);
CREATE INDEX daily_report_certifications_by_province ON daily_report_certifications (report_day, province_code);

SELECT damrong_protect_read_model('daily_report_certifications', 'damrong_in_scope(district_code, province_code)');
