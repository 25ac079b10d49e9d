-- The event log: one row an event, gap-free global order by (transaction_id, global_position).

CREATE TABLE events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_id       text NOT NULL,
  version         integer NOT NULL CHECK (version > 0),
  event_id        uuid NOT NULL,
  type            text NOT NULL,
  schema_version  integer NOT NULL CHECK (schema_version > 0),
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  CONSTRAINT events_stream_version_unique UNIQUE (stream_id, version),
  CONSTRAINT events_event_id_unique UNIQUE (event_id)
);
CREATE INDEX events_global_order ON events (transaction_id, global_position);
