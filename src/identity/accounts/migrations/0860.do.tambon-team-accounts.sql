-- 860: accounts of tambon operations teams (ชุดปฏิบัติการประจำตำบล, ชปต.): level TAMBON_TEAM, office kind
-- SUBDISTRICT with the 6-digit subdistrict code. A district's accounts in scope now include its teams' (the district
-- administrator registers and lists them); a team member reads no account through the request role.

ALTER TABLE staff_accounts DROP CONSTRAINT staff_accounts_level_check;
ALTER TABLE staff_accounts ADD CONSTRAINT staff_accounts_level_check
  CHECK (level IN ('DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR', 'TAMBON_TEAM'));
ALTER TABLE staff_accounts DROP CONSTRAINT staff_accounts_office_kind_check;
ALTER TABLE staff_accounts ADD CONSTRAINT staff_accounts_office_kind_check
  CHECK (office_kind IN ('DISTRICT', 'PROVINCE', 'CENTRAL', 'SUBDISTRICT'));
ALTER TABLE staff_accounts ADD CONSTRAINT staff_accounts_team_office
  CHECK ((level = 'TAMBON_TEAM') = (office_kind = 'SUBDISTRICT'));

SELECT damrong_protect_read_model('staff_accounts', $$damrong_in_scope(
  CASE office_kind WHEN 'DISTRICT' THEN office_code WHEN 'SUBDISTRICT' THEN left(office_code, 4) END,
  CASE WHEN office_kind <> 'CENTRAL' THEN left(office_code, 2) END)$$);
