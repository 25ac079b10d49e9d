-- 184: one line per time a case left an office: a debt case transferred to another district or moved by a
-- district correction, a complaint forwarded to another office. Nothing personal: the case, when, from which
-- office to which. Row-level security shows a line to the sending office's area, so that a district keeps a
-- read-only trace of what it handed over while the case itself is out of its sight.

CREATE TABLE case_handovers (
  stream_id     text NOT NULL,
  version       integer NOT NULL,
  case_type     text NOT NULL CHECK (case_type IN ('DEBT', 'COMPLAINT')),
  case_id       text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('TRANSFERRED', 'DISTRICT_CORRECTED', 'FORWARDED')),
  handed_at     timestamptz NOT NULL,
  from_level    text NOT NULL,
  from_code     text NOT NULL,
  from_district text,
  from_province text,
  to_level      text NOT NULL,
  to_code       text NOT NULL,
  PRIMARY KEY (stream_id, version)
);
CREATE INDEX case_handovers_by_time ON case_handovers (handed_at DESC, stream_id, version);
CREATE INDEX case_handovers_by_district ON case_handovers (from_district, handed_at DESC);
CREATE INDEX case_handovers_by_province ON case_handovers (from_province, handed_at DESC);
SELECT damrong_protect_read_model('case_handovers', 'damrong_in_scope(from_district, from_province)');
