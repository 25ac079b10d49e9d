-- 911: filers (ผู้ยื่นแบบ) signed in with D.DOPA (OpenID Connect), apart from staff. A sign-in begun at the issuer
-- waits in filer_sign_in_requests (state, nonce and PKCE verifier, one use, ten minutes); a completed one is a row of
-- filer_sessions, of which only the token's SHA-256 is kept. Neither table is readable by the request role.

CREATE TABLE filer_sign_in_requests (
  state         text PRIMARY KEY CHECK (length(state) BETWEEN 32 AND 100),
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX filer_sign_in_requests_expiry ON filer_sign_in_requests (expires_at);

CREATE TABLE filer_sessions (
  token_sha256 bytea PRIMARY KEY,
  citizen_id   text NOT NULL CHECK (citizen_id ~ '^[0-9]{13}$'),
  name         text CHECK (length(name) <= 300),
  issuer       text NOT NULL,
  subject      text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ended_at     timestamptz
);
CREATE INDEX filer_sessions_expiry ON filer_sessions (expires_at);
