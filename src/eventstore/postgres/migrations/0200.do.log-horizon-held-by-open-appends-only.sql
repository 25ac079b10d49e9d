-- 200: the horizon of the log is held back by open appends only, not by every open transaction of the server.
--
-- Every statement that inserts into `events` first takes a shared transaction-level advisory lock (two-int form,
-- keys 'damr' 'apnd'; advisory locks are the database's own), through a statement trigger, before the transaction
-- has a transaction id: an insert into `events` in a transaction that has one already is refused, since a reader
-- could pass its id before it took the lock. `event_log_horizon()` is then the oldest transaction id of those
-- holding the lock, or the snapshot's xmax when none does: a transaction that takes the lock later gets a higher id
-- still. Readers take committed rows below the horizon in a statement after the one that computed it.
--
-- A holder's id comes from its transactionid lock or its backend_xid. A holder whose activity this role may not
-- see (another role's session) and whose id is not in pg_locks yet counts as the snapshot's xmin: the old, safe
-- bound, for the moment until its transactionid lock shows.

CREATE FUNCTION damrong_take_append_lock() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('damrong.appending', true) IS DISTINCT FROM 'on' THEN
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
      RAISE EXCEPTION 'events must be the first thing a transaction writes'
        USING DETAIL = 'This transaction has a transaction id already, so readers of the log may have passed it.',
              HINT = 'Append in a transaction of its own, or insert into events before any other write.';
    END IF;
    PERFORM pg_advisory_xact_lock_shared(1684106610, 1634758244);
    PERFORM set_config('damrong.appending', 'on', true);
  END IF;
  RETURN NULL;
END $fn$;

CREATE TRIGGER events_append_lock BEFORE INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION damrong_take_append_lock();

-- A 32-bit xid as the 64-bit one nearest to near (within 2^31 either way).
CREATE FUNCTION damrong_full_xid(x xid, near xid8) RETURNS xid8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT (near::text::bigint + (x::text::bigint - near::text::bigint % 4294967296 + 6442450944) % 4294967296 - 2147483648)::text::xid8
$fn$;

-- The horizon, and the open append that sets it (when one does): its backend, application and start.
CREATE FUNCTION event_log_horizon(
  OUT horizon xid8, OUT held boolean, OUT held_by_pid integer, OUT held_by_application text, OUT held_since timestamptz
) LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  WITH snapshot AS (SELECT pg_snapshot_xmin(s) AS xmin, pg_snapshot_xmax(s) AS xmax FROM pg_current_snapshot() AS s),
  locks AS MATERIALIZED (SELECT locktype, database, classid, objid, objsubid, transactionid, virtualtransaction, pid, mode FROM pg_locks),
  holders AS (
    SELECT l.pid, a.application_name, a.xact_start,
      coalesce(least(min(damrong_full_xid(x.transactionid, snapshot.xmax)), damrong_full_xid(a.backend_xid, snapshot.xmax)),
               CASE WHEN a.state IS NULL THEN snapshot.xmin END) AS bound
    FROM locks l
    CROSS JOIN snapshot
    LEFT JOIN locks x ON x.locktype = 'transactionid' AND x.mode = 'ExclusiveLock' AND x.virtualtransaction = l.virtualtransaction
    LEFT JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.classid = 1684106610 AND l.objid = 1634758244 AND l.objsubid = 2
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    GROUP BY l.virtualtransaction, l.pid, a.application_name, a.xact_start, a.backend_xid, a.state, snapshot.xmin, snapshot.xmax
  ),
  oldest AS (SELECT holders.* FROM holders, snapshot WHERE holders.bound < snapshot.xmax ORDER BY holders.bound LIMIT 1)
  SELECT coalesce(oldest.bound, snapshot.xmax), oldest.bound IS NOT NULL, oldest.pid, oldest.application_name, oldest.xact_start
    INTO horizon, held, held_by_pid, held_by_application, held_since
  FROM snapshot LEFT JOIN oldest ON true;
END $fn$;
