-- 181: row-level security on the read models of case data, for the request role (the projection runner and
-- migrations write as the tables' owner, which RLS leaves alone). A debt case is in a reader's area while it
-- is attributed to a district of it; a complaint while an office of it owns it (a province covers its own
-- office and its districts'); complaint statistics by where it happened. An event, or a stream in the
-- catalogue, is visible with its case: after a transfer the receiving district reads the whole history and
-- the sending one none of it; other streams (accounts, reporters, news) to the centre and auditors only.
--
-- `complaint_public_status(code)` answers the citizens' follow-up with its six public columns (owner's
-- rights, SECURITY DEFINER): the public request role reads nothing else of the complaint list.
--
-- REQUEST_ROLE (request-scope.ts) is damrong_request.

CREATE FUNCTION damrong_stream_visible(stream text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$ SELECT CASE
  WHEN damrong_scope_level() IN ('CENTRAL', 'AUDITOR') THEN true
  WHEN stream LIKE 'debt-%' THEN EXISTS (SELECT FROM debt_cases c WHERE c.case_id = substr(stream, 6))
  WHEN stream LIKE 'complaint-%' THEN EXISTS (SELECT FROM complaint_list l WHERE l.complaint_id = substr(stream, 11))
  ELSE false
END $fn$;

SELECT damrong_protect_read_model('debt_cases', 'damrong_in_scope(district_code, province_code)');
SELECT damrong_protect_read_model('district_counts', 'damrong_in_scope(district_code, province_code)');
SELECT damrong_protect_read_model('district_count_cases', 'damrong_in_scope(district_code, province_code)');
SELECT damrong_protect_read_model('complaint_list', 'damrong_in_scope(owning_district, owning_province)');
SELECT damrong_protect_read_model('complaint_statistics', 'damrong_in_scope(district_code, province_code)');
SELECT damrong_protect_read_model('complaint_statistics_cases', 'damrong_in_scope(district_code, province_code)');
SELECT damrong_protect_read_model('complaint_month_end', 'damrong_in_scope(district_code, province_code)');
SELECT damrong_protect_read_model('stream_catalogue', 'damrong_stream_visible(stream_id)');
SELECT damrong_protect_read_model('events', 'damrong_stream_visible(stream_id)');
GRANT SELECT ON complaint_month_end_frozen, projection_checkpoints, district_news TO damrong_request;

CREATE FUNCTION complaint_public_status(code text)
RETURNS TABLE (status text, owning_level text, owning_code text, received_at timestamptz, updated_at timestamptz, closed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER
AS $fn$ SELECT l.status, l.owning_level, l.owning_code, l.received_at, l.updated_at, l.closed_at
  FROM complaint_list l WHERE l.tracking_code = code $fn$;
REVOKE EXECUTE ON FUNCTION complaint_public_status(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION complaint_public_status(text) TO damrong_request;
DO $$ BEGIN
  EXECUTE format('ALTER FUNCTION complaint_public_status(text) SET search_path = pg_catalog, %I', current_schema());
END $$;
