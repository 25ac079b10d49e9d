-- 230: wrong passwords counted per typed user name and client address (by the SHA-256 of the two), not per
-- account, so that failures at one address lock nobody out at another and a user name without an account
-- counts exactly like one with; the account's own counters go. A row is dropped once it says nothing.

CREATE TABLE sign_in_pairs (
  pair_digest     bytea PRIMARY KEY CHECK (octet_length(pair_digest) = 32),
  failed_attempts integer NOT NULL,
  not_before      timestamptz,
  locked_until    timestamptz,
  last_failure_at timestamptz,
  signed_in_at    timestamptz,
  forget_at       timestamptz NOT NULL
);
CREATE INDEX sign_in_pairs_forget_at ON sign_in_pairs (forget_at);
ALTER TABLE staff_credentials DROP COLUMN failed_attempts, DROP COLUMN not_before, DROP COLUMN locked_until;
