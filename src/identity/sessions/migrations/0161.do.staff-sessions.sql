-- 161: sessions, by the SHA-256 of their token; the office and level signed in with end them when changed.

CREATE TABLE staff_sessions (
  token_digest   bytea PRIMARY KEY CHECK (octet_length(token_digest) = 32),
  account_id     text NOT NULL REFERENCES staff_accounts ON DELETE CASCADE,
  office_key     text NOT NULL,
  level          text NOT NULL,
  client_address text,
  created_at     timestamptz NOT NULL,
  last_seen_at   timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  revoked_at     timestamptz,
  revoked_reason text
);
CREATE INDEX staff_sessions_open_by_account ON staff_sessions (account_id) WHERE revoked_at IS NULL;
