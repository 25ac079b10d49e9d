-- 700: where `log copy` stands, per target. The source position of the last event the target is known to hold (the
-- pair readAll orders by); a run continues after it. Numeric, not xid8: a source other than PostgreSQL has its own key.
CREATE TABLE log_copy_checkpoints (
  target          text PRIMARY KEY,
  transaction_id  numeric(20, 0) NOT NULL CHECK (transaction_id >= 0),
  global_position numeric(20, 0) NOT NULL CHECK (global_position >= 0),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
