-- 1072: who reads a payment asks whether they read its return through a function, not a subquery in the policy. A
-- policy's subquery is bound to the table it named when it was made: a rebuild's swap (projections/rebuild) moves
-- monthly_returns to damrong_previous and puts the rebuilt one live, and the policy kept asking the moved table (the
-- payments of a return filed since the swap were hidden), and the next swap could not drop it (2BP01: the policy
-- depends on it). A SQL function's body names no table until it runs: it reads the live monthly_returns, under
-- that table's own row-level security, as the subquery did.

CREATE FUNCTION damrong_return_readable(return_id text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$ SELECT EXISTS (SELECT 1 FROM monthly_returns r WHERE r.return_id = $1) $fn$;
DO $$ BEGIN
  EXECUTE format('ALTER FUNCTION damrong_return_readable(text) SET search_path = pg_catalog, %I', current_schema());
END $$;
GRANT EXECUTE ON FUNCTION damrong_return_readable(text) TO damrong_request;

SELECT damrong_protect_read_model('monthly_return_payments', 'damrong_own_authority(authority_code) OR damrong_return_readable(return_id)');
