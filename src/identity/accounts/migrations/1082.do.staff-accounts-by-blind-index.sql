-- 1082: staff accounts are found by the blind index of their holder's citizen id (issue 17), the HMAC that the
-- personal-data keys use (src/personal-data/keys/envelope.ts), not by the id in plain: sign-in, the subject's copy
-- and the erasure request look the account up by it. The key of the HMAC derives from the master key, which the
-- database never holds, so this migration only adds the column: the service fills it for the rows that have none when
-- it starts (CitizenIndexFill, src/identity/accounts/citizen-index-fill.ts), and writes it with every account command.
-- Uniqueness moves to the index. Once an account is erased its index is cleared (the erased person cannot be found
-- again by their citizen id) and its citizen id, names and phones hold the erasure marker, so citizen_id becomes text.

ALTER TABLE staff_accounts ADD COLUMN citizen_index bytea CONSTRAINT staff_accounts_citizen_index_unique UNIQUE;
ALTER TABLE staff_accounts DROP CONSTRAINT staff_accounts_citizen_id_unique;
ALTER TABLE staff_accounts ALTER COLUMN citizen_id TYPE text;
ALTER TABLE staff_accounts ADD COLUMN erased_at timestamptz;
