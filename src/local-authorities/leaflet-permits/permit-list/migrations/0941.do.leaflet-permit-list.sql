-- 941: the leaflet permit list (read model of the leaflet-<id> streams): one row per request, what the list,
-- the overdue list and the reports need. The applicant's name only (no id number, no phone: the permit's page reads
-- those from its stream, logged as a read of personal data). Row-level security shows a row to the area holding the
-- authority's district.

CREATE TABLE leaflet_permits (
  permit_id        text PRIMARY KEY,
  authority_code   text NOT NULL,
  authority_name_th text NOT NULL,
  province_code    text NOT NULL,
  district_code    text NOT NULL,
  status           text NOT NULL CHECK (status IN ('REQUESTED', 'CHECKED', 'APPROVED', 'REFUSED', 'PAID', 'ISSUED')),
  applicant_name   text NOT NULL,
  advertisement    text NOT NULL,
  from_day         date NOT NULL,
  to_day           date NOT NULL,
  leaflets         integer NOT NULL,
  fee_satang       bigint NOT NULL,
  requested_at     timestamptz NOT NULL,
  requested_on     date NOT NULL,
  due_on           date NOT NULL,
  decided_on       date,
  paid_on          date,
  receipt_number   text,
  permit_number    text,
  issued_on        date,
  last_event_at    timestamptz NOT NULL,
  version          integer NOT NULL
);
CREATE INDEX leaflet_permits_by_time ON leaflet_permits (requested_at DESC, permit_id DESC);
CREATE INDEX leaflet_permits_by_authority ON leaflet_permits (authority_code, requested_at DESC);
CREATE INDEX leaflet_permits_undecided ON leaflet_permits (due_on) WHERE status IN ('REQUESTED', 'CHECKED');
SELECT damrong_protect_read_model('leaflet_permits', 'damrong_in_scope(district_code, province_code)');
