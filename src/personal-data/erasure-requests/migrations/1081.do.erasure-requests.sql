-- 1081: data subjects' erasure requests (PDPA section 33), the read model of the erasure-request-<id> streams: one
-- row a request a central administrator recorded, with its decision (ACCEPTED or REFUSED: the cases still open and
-- those under a legal hold, as [{caseType, caseId}]) and, once the keys are destroyed, the erasure's counts. The
-- subject is named by the citizen id masked (all but its last four digits hidden), never in plain. Read by the centre
-- and auditors only, as the data subject's copies are.

CREATE TABLE erasure_requests (
  request_id         uuid PRIMARY KEY,
  recorded_at        timestamptz NOT NULL,
  recorded_by        text NOT NULL,
  recorded_by_office text,
  subject_masked     text NOT NULL CHECK (subject_masked ~ '^x{9}[0-9]{4}$'),
  requester          text NOT NULL CHECK (requester IN ('DATA_SUBJECT', 'REPRESENTATIVE')),
  basis              text NOT NULL,
  letter_reference   text NOT NULL,
  received_on        date NOT NULL,
  case_count         integer NOT NULL CHECK (case_count >= 0),
  decision           text NOT NULL CHECK (decision IN ('ACCEPTED', 'REFUSED')),
  open_cases         jsonb NOT NULL DEFAULT '[]',
  held_cases         jsonb NOT NULL DEFAULT '[]',
  erased_at          timestamptz,
  keys_destroyed     integer,
  stream_count       integer
);
CREATE INDEX erasure_requests_by_time ON erasure_requests (recorded_at DESC, request_id DESC);
SELECT damrong_protect_read_model('erasure_requests', $$damrong_scope_level() IN ('CENTRAL', 'AUDITOR')$$);
