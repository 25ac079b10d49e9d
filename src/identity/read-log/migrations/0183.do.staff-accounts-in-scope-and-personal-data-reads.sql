-- 183: staff accounts in the reader's area only (a province account covers its office and its districts'
-- accounts), and the personal-data read log. The log is append-only for the request role (INSERT only, and
-- only rows naming the account and office of the transaction's scope; no UPDATE, DELETE or TRUNCATE grant)
-- and a trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the owner included. The centre and the
-- auditors read it.
--
-- REQUEST_ROLE (request-scope.ts) is damrong_request.

SELECT damrong_protect_read_model('staff_accounts', $$damrong_in_scope(
  CASE WHEN office_kind = 'DISTRICT' THEN office_code END, CASE WHEN office_kind <> 'CENTRAL' THEN left(office_code, 2) END)$$);

CREATE TABLE personal_data_reads (
  read_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  read_at     timestamptz NOT NULL DEFAULT now(),
  account_id  text NOT NULL,
  office      text NOT NULL,
  record_type text NOT NULL,
  record_id   text NOT NULL,
  fields      text[] NOT NULL CHECK (cardinality(fields) > 0)
);
CREATE INDEX personal_data_reads_by_time ON personal_data_reads (read_at DESC, read_id DESC);
CREATE INDEX personal_data_reads_by_account ON personal_data_reads (account_id, read_at DESC);
CREATE INDEX personal_data_reads_by_record ON personal_data_reads (record_type, record_id, read_at DESC);

CREATE FUNCTION personal_data_reads_append_only() RETURNS trigger LANGUAGE plpgsql
AS $fn$ BEGIN
  RAISE EXCEPTION 'personal_data_reads is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $fn$;
CREATE TRIGGER personal_data_reads_no_change BEFORE UPDATE OR DELETE ON personal_data_reads
  FOR EACH ROW EXECUTE FUNCTION personal_data_reads_append_only();
CREATE TRIGGER personal_data_reads_no_truncate BEFORE TRUNCATE ON personal_data_reads
  FOR EACH STATEMENT EXECUTE FUNCTION personal_data_reads_append_only();

ALTER TABLE personal_data_reads ENABLE ROW LEVEL SECURITY;
CREATE POLICY written_by_the_reader ON personal_data_reads FOR INSERT TO damrong_request
  WITH CHECK (account_id = current_setting('damrong.account_id', true) AND office = current_setting('damrong.office', true));
CREATE POLICY read_by_oversight ON personal_data_reads FOR SELECT TO damrong_request
  USING (damrong_scope_level() IN ('CENTRAL', 'AUDITOR'));
GRANT INSERT, SELECT ON personal_data_reads TO damrong_request;
