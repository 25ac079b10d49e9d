-- 1080: legal holds (issue 17), the read model of the legal-hold-<case stream> streams: one row a hold placed on a
-- debt case or a complaint by a central administrator on the strength of a court order or an official letter, lifted
-- ones kept (who, when, why). A case is held while it has a row with lifted_at null (at most one: the decider allows
-- one active hold). Read by the centre and auditors only, as the data subject's copies are.

CREATE TABLE legal_holds (
  case_stream_id   text NOT NULL,
  hold_no          integer NOT NULL CHECK (hold_no >= 1),
  case_type        text NOT NULL CHECK (case_type IN ('DEBT', 'COMPLAINT')),
  case_id          text NOT NULL,
  reason           text NOT NULL,
  order_reference  text NOT NULL,
  placed_at        timestamptz NOT NULL,
  placed_by        text NOT NULL,
  placed_by_office text,
  lifted_at        timestamptz,
  lifted_by        text,
  lifted_by_office text,
  lift_reason      text,
  PRIMARY KEY (case_stream_id, hold_no)
);
CREATE UNIQUE INDEX legal_holds_one_active ON legal_holds (case_stream_id) WHERE lifted_at IS NULL;
CREATE INDEX legal_holds_by_time ON legal_holds (placed_at DESC, case_stream_id, hold_no);
SELECT damrong_protect_read_model('legal_holds', $$damrong_scope_level() IN ('CENTRAL', 'AUDITOR')$$);
