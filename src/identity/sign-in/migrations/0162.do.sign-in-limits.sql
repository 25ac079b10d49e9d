-- 162: sign-in attempt counters shared by every replica (rate-limiter-flexible's PostgreSQL store).

CREATE TABLE sign_in_limits (
  key    varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
