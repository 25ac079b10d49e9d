
CREATE TABLE projection_checkpoints (
  name            text PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT '0',
  global_position bigint NOT NULL DEFAULT 0,
  state           text NOT NULL DEFAULT 'RUNNING' CHECK (state IN ('RUNNING', 'FAILED')),
  last_error      text,
  failed_event_id uuid,
  failed_position bigint,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
