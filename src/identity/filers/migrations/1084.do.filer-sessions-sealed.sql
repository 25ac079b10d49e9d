-- 1084: a filer session no longer keeps the filer's citizen id and name in plain: only sealed (AES-256-GCM) under a
-- key derived from the session's token, which the filer's cookie alone holds (filer_sealed), and the citizen id's
-- blind index (citizen_index, the keyring's keyed HMAC), by which an erasure of the person ends their sessions. The
-- sessions open now cannot be sealed without their tokens: they are ended and deleted (their filers sign in again).

DELETE FROM filer_sessions;
ALTER TABLE filer_sessions
  DROP COLUMN citizen_id,
  DROP COLUMN name,
  ADD COLUMN citizen_index bytea NOT NULL CHECK (octet_length(citizen_index) = 32),
  ADD COLUMN filer_sealed  bytea NOT NULL;
CREATE INDEX filer_sessions_citizen_index ON filer_sessions (citizen_index) WHERE ended_at IS NULL;
