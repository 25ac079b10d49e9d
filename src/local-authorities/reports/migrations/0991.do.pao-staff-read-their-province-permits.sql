-- 991: a PAO's own revenue staff (LOCAL) read the leaflet permits of every authority of the PAO's province, for the
-- PAO's province-wide report (permits issued, counts per authority). damrong_own_pao_province answers from the
-- register of authorities with the owner's rights (the request role reads no local_authorities row itself).

CREATE FUNCTION damrong_own_pao_province(province text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
AS $fn$ SELECT coalesce(current_setting('damrong.scope_level', true) = 'LOCAL' AND EXISTS (
  SELECT 1 FROM local_authorities a WHERE a.code = nullif(current_setting('damrong.scope_authority', true), '')
    AND a.kind = 'PAO' AND a.province_code = province), false) $fn$;
DO $$ BEGIN
  EXECUTE format('ALTER FUNCTION damrong_own_pao_province(text) SET search_path = pg_catalog, %I', current_schema());
END $$;
REVOKE EXECUTE ON FUNCTION damrong_own_pao_province(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION damrong_own_pao_province(text) TO damrong_request;

SELECT damrong_protect_read_model('leaflet_permits',
  'damrong_in_scope(district_code, province_code) OR damrong_own_authority(authority_code) OR damrong_own_pao_province(province_code)');
