-- 180: the request role and the SQL that area-scope policies are written with.
--
-- REQUEST_ROLE reads for every HTTP request (see request-scope.ts): it may log in as nobody, owns nothing and
-- cannot bypass row-level security; the service's own user must be able to become it (a superuser can; a user
-- with CREATEROLE creates it here and grants it to itself). The policies read transaction-local settings:
-- `damrong.scope_level` (DISTRICT, PROVINCE, CENTRAL, AUDITOR or PUBLIC), `damrong.scope_province`,
-- `damrong.scope_district`. Unset means the empty string, which covers nothing.
--
-- `damrong_protect_read_model(table, visible)` turns row-level security on for a read model and lets the
-- request role SELECT the rows for which `visible` holds; a migration adding a read model of case data calls it.
--
-- REQUEST_ROLE (request-scope.ts) is damrong_request.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'damrong_request') THEN
    BEGIN
      CREATE ROLE damrong_request NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- another database of this server made it at the same moment
    END;
  END IF;
  IF current_setting('server_version_num')::int >= 160000 THEN
    IF NOT pg_has_role(current_user, 'damrong_request', 'SET') THEN
      EXECUTE format('GRANT damrong_request TO %I WITH SET TRUE', current_user);
    END IF;
  ELSIF NOT pg_has_role(current_user, 'damrong_request', 'MEMBER') THEN
    EXECUTE format('GRANT damrong_request TO %I', current_user);
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO damrong_request', current_schema());
END $$;

CREATE FUNCTION damrong_scope_level() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$ SELECT nullif(current_setting('damrong.scope_level', true), '') $fn$;

CREATE FUNCTION damrong_in_scope(district text, province text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$ SELECT coalesce(CASE nullif(current_setting('damrong.scope_level', true), '')
  WHEN 'CENTRAL' THEN true
  WHEN 'AUDITOR' THEN true
  WHEN 'PROVINCE' THEN province = nullif(current_setting('damrong.scope_province', true), '')
  WHEN 'DISTRICT' THEN district = nullif(current_setting('damrong.scope_district', true), '')
END, false) $fn$;

CREATE FUNCTION damrong_protect_read_model(model regclass, visible text) RETURNS void LANGUAGE plpgsql
AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', model);
  EXECUTE format('DROP POLICY IF EXISTS area_scope ON %s', model);
  EXECUTE format('CREATE POLICY area_scope ON %s FOR SELECT TO damrong_request USING (%s)', model, visible);
  EXECUTE format('GRANT SELECT ON %s TO damrong_request', model);
END $fn$;
