-- 400: the case list knows which cases came to their district by a transfer (ส่งต่อมาจากอำเภออื่น):
-- `transferred_from_district_code`, the district the latest transfer moved the case from, null for a case never
-- transferred. Rows already listed take it from their streams' DebtCaseTransferred events up to the version the
-- row has applied (the projection sets it for the events after), so the list need not be counted again.
-- The partial index serves a district's list of the cases transferred in, newest registration first.

ALTER TABLE debt_cases ADD COLUMN transferred_from_district_code text;
UPDATE debt_cases c SET transferred_from_district_code = t.from_district
FROM (
  SELECT DISTINCT ON (e.stream_id) e.stream_id, e.data->>'fromDistrictCode' AS from_district
  FROM events e JOIN debt_cases d ON d.stream_id = e.stream_id AND e.version <= d.version
  WHERE e.type = 'DebtCaseTransferred'
  ORDER BY e.stream_id, e.version DESC
) t
WHERE c.stream_id = t.stream_id;
CREATE INDEX debt_cases_transferred_in ON debt_cases (district_code, registered_at DESC, case_id DESC)
  WHERE transferred_from_district_code IS NOT NULL;
