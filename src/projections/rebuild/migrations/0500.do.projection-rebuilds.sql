-- 500: projection rebuilds (projections/rebuild). A run rebuilds or verifies one or more projections into shadow
-- tables in the schema damrong_rebuild; a swap moves the live tables to damrong_previous, where they stay until
-- the projection's next swap, with the position they stood at (projection_previous_tables), for an undo.
-- A run whose process died stays RUNNING here; readers show it ABANDONED (its lock is not held: `pid`).

CREATE TABLE projection_rebuilds (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  projections        text[] NOT NULL,
  mode               text NOT NULL CHECK (mode IN ('REBUILD', 'VERIFY_ONLY')),
  accept_differences boolean NOT NULL DEFAULT false,
  state              text NOT NULL DEFAULT 'RUNNING'
                     CHECK (state IN ('RUNNING', 'SWAPPED', 'VERIFIED', 'DIFFERENT', 'FAILED', 'ABANDONED')),
  stage              text NOT NULL DEFAULT 'PREPARING'
                     CHECK (stage IN ('PREPARING', 'CATCHING_UP', 'INDEXING', 'VERIFYING', 'SWAPPING', 'DONE')),
  requested_by       text NOT NULL,
  pid                integer NOT NULL,
  started_at         timestamptz NOT NULL DEFAULT now(),
  finished_at        timestamptz,
  error              text
);

-- Per projection of a run: events applied to its shadow, the events in the log when the run began, and the
-- differences its verification found (how many; the first ones, each {table, key, kind, columns}).
CREATE TABLE projection_rebuild_parts (
  rebuild_id         bigint NOT NULL REFERENCES projection_rebuilds ON DELETE CASCADE,
  projection         text NOT NULL,
  events_processed   bigint NOT NULL DEFAULT 0,
  events_total       bigint NOT NULL,
  differences        integer,
  shown_differences  jsonb NOT NULL DEFAULT '[]',
  positions_differ   boolean NOT NULL DEFAULT false,
  swapped            boolean NOT NULL DEFAULT false,
  PRIMARY KEY (rebuild_id, projection)
);

CREATE TABLE projection_previous_tables (
  projection      text PRIMARY KEY,
  transaction_id  xid8 NOT NULL,
  global_position bigint NOT NULL,
  swapped_at      timestamptz NOT NULL DEFAULT now(),
  rebuild_id      bigint
);

CREATE SCHEMA IF NOT EXISTS damrong_previous;

-- projectionRebuilds answers central administrators through the request role; nothing of a case is in these rows.
GRANT SELECT ON projection_rebuilds, projection_rebuild_parts TO damrong_request;
