-- The report ledger: what each debt event adds to which district, at its log position and effective
-- instant. Any report is a sum over it: position at or below P, effective before the cut-off C.
--
-- The measure columns are those of report-measures.ts as they were when this migration was written.

CREATE TABLE mediation_report_ledger (
  transaction_id  xid8 NOT NULL,
  global_position bigint NOT NULL,
  part            smallint NOT NULL,
  at              timestamptz NOT NULL,
  eff             timestamptz NOT NULL,
  district_code   text NOT NULL,
  province_code   text NOT NULL,
  kind            char(1) NOT NULL CHECK (kind IN ('F', 'M')),
  reg_self_qr_thaid integer NOT NULL DEFAULT 0,
  reg_thaid_app integer NOT NULL DEFAULT 0,
  reg_counter integer NOT NULL DEFAULT 0,
  reg_paper integer NOT NULL DEFAULT 0,
  contacted integer NOT NULL DEFAULT 0,
  agreed integer NOT NULL DEFAULT 0,
  not_agreed integer NOT NULL DEFAULT 0,
  party_absent integer NOT NULL DEFAULT 0,
  referred integer NOT NULL DEFAULT 0,
  closed integer NOT NULL DEFAULT 0,
  transfers_in integer NOT NULL DEFAULT 0,
  transfers_out integer NOT NULL DEFAULT 0,
  debt_before bigint NOT NULL DEFAULT 0,
  debt_after bigint NOT NULL DEFAULT 0,
  reduction bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (transaction_id, global_position, part)
);
CREATE INDEX mediation_report_ledger_eff ON mediation_report_ledger (eff);
CREATE TABLE mediation_report_cases (
  stream_id text PRIMARY KEY,
  state     jsonb NOT NULL
);
