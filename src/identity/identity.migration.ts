/**
 * 160: the identity slice's own tables. `staff_accounts` is written by the slice with every account command
 * (the folded stream, guarded by its version), not by a projection, so a new account can sign in at once;
 * the citizen id is unique here. `staff_credentials` holds what must never enter the event log.
 */
export const STAFF_ACCOUNTS_MIGRATION = `
CREATE TABLE staff_accounts (
  account_id    text PRIMARY KEY,
  citizen_id    char(13) NOT NULL CONSTRAINT staff_accounts_citizen_id_unique UNIQUE,
  title         text NOT NULL,
  first_name    text NOT NULL,
  last_name     text NOT NULL,
  position      text NOT NULL,
  level         text NOT NULL CHECK (level IN ('DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR')),
  office_kind   text NOT NULL CHECK (office_kind IN ('DISTRICT', 'PROVINCE', 'CENTRAL')),
  office_code   text NOT NULL,
  administrator boolean NOT NULL,
  office_phone  text NOT NULL,
  mobile_phone  text,
  assigned_on   date NOT NULL,
  status        text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  version       integer NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX staff_accounts_office ON staff_accounts (office_kind, office_code);

CREATE TABLE staff_credentials (
  account_id           text PRIMARY KEY REFERENCES staff_accounts ON DELETE CASCADE,
  password_hash        text NOT NULL,
  must_change_password boolean NOT NULL,
  failed_attempts      integer NOT NULL DEFAULT 0,
  not_before           timestamptz,
  locked_until         timestamptz,
  password_set_at      timestamptz NOT NULL
);
`;

/** 161: sessions, by the SHA-256 of their token; the office and level signed in with end them when changed. */
export const STAFF_SESSIONS_MIGRATION = `
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
`;

/** 162: sign-in attempt counters shared by every replica (rate-limiter-flexible's PostgreSQL store). */
export const SIGN_IN_LIMITS_MIGRATION = `
CREATE TABLE sign_in_limits (
  key    varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
`;

/**
 * 230: wrong passwords counted per typed user name and client address (by the SHA-256 of the two), not per
 * account, so that failures at one address lock nobody out at another and a user name without an account
 * counts exactly like one with; the account's own counters go. A row is dropped once it says nothing.
 */
export const SIGN_IN_PAIRS_MIGRATION = `
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
`;
