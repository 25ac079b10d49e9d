-- 861: a tambon team (ชุดปฏิบัติการประจำตำบล) reads the complaints assigned to it now, and nothing else of the list:
-- row-level security adds to the area scope the rows whose assignee is the team of the reader's subdistrict
-- (`damrong.scope_subdistrict`, set for level TAMBON_TEAM) while its district owns them. A reassignment or a
-- forward takes the row away at once. Every other read model keeps damrong_in_scope, which covers no tambon team.
-- The assignee filter of the list reads the index below.
--
-- REQUEST_ROLE (request-scope.ts) is damrong_request.

CREATE FUNCTION damrong_team_assigned(assignee jsonb, owning_district text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$ SELECT coalesce(damrong_scope_level() = 'TAMBON_TEAM'
  AND assignee ->> 'kind' = 'TAMBON_TEAM'
  AND assignee ->> 'subdistrictCode' = nullif(current_setting('damrong.scope_subdistrict', true), '')
  AND owning_district = nullif(current_setting('damrong.scope_district', true), ''), false) $fn$;

SELECT damrong_protect_read_model('complaint_list',
  'damrong_in_scope(owning_district, owning_province) OR damrong_team_assigned(assignee, owning_district)');

CREATE INDEX complaint_list_by_assignee ON complaint_list
  ((assignee ->> 'kind'), (coalesce(assignee ->> 'subdistrictCode', '')), received_at DESC, complaint_id DESC);
