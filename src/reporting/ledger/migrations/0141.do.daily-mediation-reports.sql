-- Frozen daily reports: one a working day, never updated; body is the canonical JSON, byte for byte.

CREATE TABLE daily_mediation_reports (
  report_day      date PRIMARY KEY,
  cut_off         timestamptz NOT NULL UNIQUE,
  period_start    timestamptz NOT NULL,
  transaction_id  xid8 NOT NULL,
  global_position bigint NOT NULL,
  base_day        date REFERENCES daily_mediation_reports (report_day),
  missed          boolean NOT NULL,
  frozen_at       timestamptz NOT NULL,
  body            text NOT NULL,
  sha256          text NOT NULL
);
