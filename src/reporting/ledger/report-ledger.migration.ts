import { columnOf, COUNT_MEASURES, MONEY_MEASURES } from './report-measures.js';

const measureColumns = [
  ...COUNT_MEASURES.map((m) => `  ${columnOf(m)} integer NOT NULL DEFAULT 0,`),
  ...MONEY_MEASURES.map((m) => `  ${columnOf(m)} bigint NOT NULL DEFAULT 0,`),
].join('\n');

/**
 * The report ledger: what each debt event adds to which district, at its log position and effective
 * instant. Any report is a sum over it: position at or below P, effective before the cut-off C.
 */
export const MEDIATION_REPORT_LEDGER_MIGRATION = `
CREATE TABLE mediation_report_ledger (
  transaction_id  xid8 NOT NULL,
  global_position bigint NOT NULL,
  part            smallint NOT NULL,
  at              timestamptz NOT NULL,
  eff             timestamptz NOT NULL,
  district_code   text NOT NULL,
  province_code   text NOT NULL,
  kind            char(1) NOT NULL CHECK (kind IN ('F', 'M')),
${measureColumns}
  PRIMARY KEY (transaction_id, global_position, part)
);
CREATE INDEX mediation_report_ledger_eff ON mediation_report_ledger (eff);
CREATE TABLE mediation_report_cases (
  stream_id text PRIMARY KEY,
  state     jsonb NOT NULL
);`;

/** Frozen daily reports: one a working day, never updated; body is the canonical JSON, byte for byte. */
export const DAILY_MEDIATION_REPORTS_MIGRATION = `
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
);`;
