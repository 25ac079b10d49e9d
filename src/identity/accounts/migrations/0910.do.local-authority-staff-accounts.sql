-- 910: accounts of a local administrative organisation's revenue staff (เจ้าหน้าที่จัดเก็บรายได้ อปท.): level LOCAL,
-- office kind AUTHORITY with the authority's 7-digit code (registered by the centre, which checks the authority is in
-- local_authorities). The centre and auditors read these accounts; no district or province does (an authority's code
-- is not a province code), and a LOCAL account reads no account through the request role.

ALTER TABLE staff_accounts DROP CONSTRAINT staff_accounts_level_check;
ALTER TABLE staff_accounts ADD CONSTRAINT staff_accounts_level_check
  CHECK (level IN ('DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR', 'TAMBON_TEAM', 'LOCAL'));
ALTER TABLE staff_accounts DROP CONSTRAINT staff_accounts_office_kind_check;
ALTER TABLE staff_accounts ADD CONSTRAINT staff_accounts_office_kind_check
  CHECK (office_kind IN ('DISTRICT', 'PROVINCE', 'CENTRAL', 'SUBDISTRICT', 'AUTHORITY'));
ALTER TABLE staff_accounts ADD CONSTRAINT staff_accounts_authority_office
  CHECK ((level = 'LOCAL') = (office_kind = 'AUTHORITY'));

SELECT damrong_protect_read_model('staff_accounts', $$damrong_in_scope(
  CASE office_kind WHEN 'DISTRICT' THEN office_code WHEN 'SUBDISTRICT' THEN left(office_code, 4) END,
  CASE WHEN office_kind NOT IN ('CENTRAL', 'AUTHORITY') THEN left(office_code, 2) END)$$);
