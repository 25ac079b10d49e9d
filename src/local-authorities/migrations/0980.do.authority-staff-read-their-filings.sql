-- 980: an authority's revenue staff (level LOCAL) read their own authority's filings through the request role:
-- the monthly returns of a PAO's businesses and the leaflet permit requests of a municipality, SAO or Pattaya
-- City, where authority_code is the account's authority (damrong.scope_authority). The department's accounts keep
-- the area they had (damrong_in_scope: district, province, the centre and auditors); nobody else reads a row.

CREATE FUNCTION damrong_own_authority(authority text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$ SELECT coalesce(current_setting('damrong.scope_level', true) = 'LOCAL'
  AND authority = nullif(current_setting('damrong.scope_authority', true), ''), false) $fn$;

SELECT damrong_protect_read_model('monthly_returns',
  'damrong_in_scope(business_district_code, province_code) OR damrong_own_authority(authority_code)');
SELECT damrong_protect_read_model('leaflet_permits',
  'damrong_in_scope(district_code, province_code) OR damrong_own_authority(authority_code)');
