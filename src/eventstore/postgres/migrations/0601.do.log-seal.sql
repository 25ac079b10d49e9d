-- 601: a seal of the log over a range of positions, chained from the seal before it. The seal of (after, upto] is
-- SHA-256(previous seal (32 zero bytes for none) ‖ one line per stream with an event in the range, ordered by stream
-- id bytewise: "<stream_id> <version> <hex hash>\n" of the stream's last event in the range, its head at upto).
-- A chain of seals so covers every event up to its last position: each event is in some stream's chain of hashes
-- up to that stream's head at the seal that first covers it. Sealing a range reads its events only.

CREATE OR REPLACE FUNCTION damrong_log_seal(previous bytea, after_xid xid8, after_gp bigint, upto_xid xid8, upto_gp bigint)
RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT damrong_event_link(previous, coalesce(string_agg(
           convert_to(heads.stream_id || ' ' || heads.version::text || ' ' || encode(heads.hash, 'hex') || E'\n', 'UTF8'),
           ''::bytea ORDER BY heads.stream_id COLLATE "C"), ''::bytea))
  FROM (
    SELECT DISTINCT ON (e.stream_id) e.stream_id, e.version, e.hash FROM events e
    WHERE (e.transaction_id, e.global_position) > (after_xid, after_gp) AND (e.transaction_id, e.global_position) <= (upto_xid, upto_gp)
    ORDER BY e.stream_id, e.version DESC
  ) AS heads
$fn$;
