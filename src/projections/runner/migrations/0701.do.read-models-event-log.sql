-- Which event log the read models' checkpoints are positions in (EVENT_STORE: postgres, kurrentdb, memory): a position
-- of one log means nothing in another, so a service started on another log than its read models were built from
-- refuses to start (read-models-log.ts) until `projections rebuild --all` has rebuilt them from the new one.
CREATE TABLE read_models_event_log (
  only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  event_log  text NOT NULL CHECK (event_log IN ('postgres', 'kurrentdb', 'memory')),
  since      timestamptz NOT NULL DEFAULT now()
);
-- Read models built before this migration followed the only log there was to share: PostgreSQL's.
INSERT INTO read_models_event_log (event_log)
  SELECT 'postgres' WHERE EXISTS (SELECT 1 FROM projection_checkpoints WHERE global_position > 0);
