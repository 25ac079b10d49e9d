
CREATE TABLE stream_catalogue (
  stream_id         text PRIMARY KEY,
  case_type         text NOT NULL,
  version           integer NOT NULL,
  last_event_type   text NOT NULL,
  first_recorded_at timestamptz NOT NULL,
  last_recorded_at  timestamptz NOT NULL
);
CREATE INDEX stream_catalogue_by_type ON stream_catalogue (case_type, last_recorded_at DESC);
