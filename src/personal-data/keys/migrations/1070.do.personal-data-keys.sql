-- 1070: crypto-shredding (issue 17). The personal fields of events are sealed (AES-256-GCM) under a data key per
-- data subject and stream; a data key is kept here only wrapped by the master key (configuration, never the
-- database), with the keyed blind index of its subject's citizen id (HMAC-SHA-256 under a key derived from the master
-- key), by which the log's readers find a person's streams without any plain value in the log. Erasure deletes the
-- rows: the events keep their sealed parts, order and hashes, and nothing can open those parts again. What was
-- destroyed is recorded in personal_data_erasures with neither the subject's index nor any value, so that an erased
-- person cannot be found again by their citizen id.
--
-- role: PRINCIPAL (the debtor of a debt case, the complainant of a complaint: their erasure takes the stream's CASE
-- key too), PARTY (another person the stream names with a citizen id), CASE (the stream's own key: free text about
-- people, persons named without a citizen id; subject_index is empty).
-- Neither table is granted to the request role: requests never read keys, the service's owner login does.

CREATE TABLE personal_data_keys (
  key_id        uuid PRIMARY KEY,
  stream_id     text NOT NULL,
  subject_index bytea NOT NULL,
  role          text NOT NULL CHECK (role IN ('PRINCIPAL', 'PARTY', 'CASE')),
  wrapped_key   bytea NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT personal_data_keys_one_per_subject UNIQUE (stream_id, subject_index),
  CONSTRAINT personal_data_keys_case_key_unindexed CHECK ((role = 'CASE') = (subject_index = ''::bytea))
);
CREATE INDEX personal_data_keys_by_subject ON personal_data_keys (subject_index) WHERE role <> 'CASE';

CREATE TABLE personal_data_erasures (
  key_id          uuid PRIMARY KEY,
  stream_id       text NOT NULL,
  role            text NOT NULL,
  erased_at       timestamptz NOT NULL DEFAULT now(),
  cause_kind      text NOT NULL CHECK (cause_kind IN ('REQUEST', 'RETENTION')),
  cause_reference text NOT NULL
);
CREATE INDEX personal_data_erasures_by_stream ON personal_data_erasures (stream_id);

-- The streams whose keys name a person by their blind index, and as what (PRINCIPAL or PARTY), for a request that
-- must find them (the data subject's copy): the request role reads no key, only these two columns, and only by an
-- index that the service alone can compute.
CREATE FUNCTION personal_data_streams_of(subject bytea) RETURNS TABLE (stream_id text, role text)
LANGUAGE sql STABLE SECURITY DEFINER
AS $fn$ SELECT k.stream_id, k.role FROM personal_data_keys k WHERE k.subject_index = subject AND k.role <> 'CASE' $fn$;
REVOKE EXECUTE ON FUNCTION personal_data_streams_of(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION personal_data_streams_of(bytea) TO damrong_request;
DO $$ BEGIN
  EXECUTE format('ALTER FUNCTION personal_data_streams_of(bytea) SET search_path = pg_catalog, %I', current_schema());
END $$;
