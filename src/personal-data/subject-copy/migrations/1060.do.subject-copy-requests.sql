-- 1060: the data subject's copies (PDPA section 30, right of access) a central administrator produced: one row a
-- copy, naming who asked for it (account and office), for whom (the citizen id masked, all but its last four digits
-- hidden: the row is itself no copy of the id), the basis typed by the administrator (the request letter's number)
-- and how many records it held. Append-only like the read log: the request role may INSERT rows naming its own
-- account and office, and read them at the centre; a trigger refuses UPDATE, DELETE and TRUNCATE for everyone.

CREATE TABLE subject_copy_requests (
  request_id        uuid PRIMARY KEY,
  requested_at      timestamptz NOT NULL DEFAULT now(),
  account_id        text NOT NULL,
  office            text NOT NULL,
  subject_masked    text NOT NULL CHECK (subject_masked ~ '^x{9}[0-9]{4}$'),
  request_reference text NOT NULL CHECK (length(request_reference) BETWEEN 1 AND 100),
  record_count      integer NOT NULL CHECK (record_count >= 0)
);
CREATE INDEX subject_copy_requests_by_time ON subject_copy_requests (requested_at DESC);

CREATE FUNCTION subject_copy_requests_append_only() RETURNS trigger LANGUAGE plpgsql
AS $fn$ BEGIN
  RAISE EXCEPTION 'subject_copy_requests is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $fn$;
CREATE TRIGGER subject_copy_requests_no_change BEFORE UPDATE OR DELETE ON subject_copy_requests
  FOR EACH ROW EXECUTE FUNCTION subject_copy_requests_append_only();
CREATE TRIGGER subject_copy_requests_no_truncate BEFORE TRUNCATE ON subject_copy_requests
  FOR EACH STATEMENT EXECUTE FUNCTION subject_copy_requests_append_only();

ALTER TABLE subject_copy_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY written_by_the_requester ON subject_copy_requests FOR INSERT TO damrong_request
  WITH CHECK (account_id = current_setting('damrong.account_id', true) AND office = current_setting('damrong.office', true)
    AND damrong_scope_level() = 'CENTRAL');
CREATE POLICY read_by_the_centre ON subject_copy_requests FOR SELECT TO damrong_request
  USING (damrong_scope_level() IN ('CENTRAL', 'AUDITOR'));
GRANT INSERT, SELECT ON subject_copy_requests TO damrong_request;
