-- 182: the reports for the request role. The ledger's rows by their district; the fold states of the cases
-- not at all (no request reads them). A frozen daily report holds the whole country in one text: the request
-- role may read its day, cut-off and position but not `body`, and gets the body through
-- `daily_report_body_in_scope(day)`, which keeps only the districts and correction lines of the reader's area
-- (owner's rights, SECURITY DEFINER; the same area test as the policies).
--
-- REQUEST_ROLE (request-scope.ts) is damrong_request.

SELECT damrong_protect_read_model('mediation_report_ledger', 'damrong_in_scope(district_code, province_code)');
ALTER TABLE mediation_report_cases ENABLE ROW LEVEL SECURITY;
GRANT SELECT (report_day, cut_off, period_start, transaction_id, global_position, base_day, missed, frozen_at, sha256)
  ON daily_mediation_reports TO damrong_request;

CREATE FUNCTION daily_report_body_in_scope(day date) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
AS $fn$ SELECT jsonb_set(jsonb_set(b,
    '{districts}', coalesce((SELECT jsonb_agg(d ORDER BY n) FROM jsonb_array_elements(b->'districts') WITH ORDINALITY AS e(d, n)
      WHERE damrong_in_scope(d->>'districtCode', d->>'provinceCode')), '[]'::jsonb)),
    '{corrections}', coalesce((SELECT jsonb_agg(c ORDER BY n) FROM jsonb_array_elements(b->'corrections') WITH ORDINALITY AS e(c, n)
      WHERE damrong_in_scope(c->>'districtCode', c->>'provinceCode')), '[]'::jsonb))::text
  FROM daily_mediation_reports r CROSS JOIN LATERAL (SELECT r.body::jsonb AS b) body
  WHERE r.report_day = day $fn$;
REVOKE EXECUTE ON FUNCTION daily_report_body_in_scope(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION daily_report_body_in_scope(date) TO damrong_request;
DO $$ BEGIN
  EXECUTE format('ALTER FUNCTION daily_report_body_in_scope(date) SET search_path = pg_catalog, %I', current_schema());
END $$;
