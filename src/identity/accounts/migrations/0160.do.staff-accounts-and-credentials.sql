-- 160: the identity slice's own tables. `staff_accounts` is written by the slice with every account command
-- (the folded stream, guarded by its version), not by a projection, so a new account can sign in at once;
-- the citizen id is unique here. `staff_credentials` holds what must never enter the event log.

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
