-- 600: tamper evidence. Every event carries hash = SHA-256(previous hash of its stream ‖ canonical bytes of the event),
-- computed by a row trigger in the statement that inserts it, whichever statement that is (the store's appends, the
-- bulk import, an operator's repair). README, "Tamper evidence", defines the bytes; in short, the UTF-8 text of the
-- JSON array [stream_id, version, event_id, type, schema_version, recorded_at in epoch milliseconds, data, metadata],
-- with no space between elements, data and metadata as jsonb prints them (keys sorted, one space after ':' and ',').
-- The previous hash is that of the stream's event of the greatest version below this one (the head the append
-- checked), or 32 zero bytes for a stream's first event.
--
-- Written to run twice without changing anything: the existing events are chained once, where their hash is null.

ALTER TABLE events ADD COLUMN IF NOT EXISTS hash bytea;

CREATE OR REPLACE FUNCTION damrong_event_bytes(
  stream_id text, version integer, event_id uuid, type text, schema_version integer, recorded_at timestamptz, data jsonb, metadata jsonb
) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT convert_to('[' || to_json(stream_id)::text || ',' || version::text || ',"' || event_id::text || '",' || to_json(type)::text
    || ',' || schema_version::text || ',' || (extract(epoch FROM recorded_at) * 1000)::bigint::text
    || ',' || data::text || ',' || metadata::text || ']', 'UTF8')
$fn$;

-- The link: SHA-256 of the previous hash (32 zero bytes before a stream's first event) and the event's bytes.
CREATE OR REPLACE FUNCTION damrong_event_link(previous bytea, bytes bytea) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT sha256(coalesce(previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea) || bytes)
$fn$;

CREATE OR REPLACE FUNCTION damrong_hash_event() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  previous bytea;
BEGIN
  IF NEW.version > 1 THEN
    SELECT e.hash INTO previous FROM events e WHERE e.stream_id = NEW.stream_id AND e.version < NEW.version ORDER BY e.version DESC LIMIT 1;
  END IF;
  NEW.hash := damrong_event_link(previous, damrong_event_bytes(NEW.stream_id, NEW.version, NEW.event_id, NEW.type,
    NEW.schema_version, NEW.recorded_at, NEW.data, NEW.metadata));
  RETURN NEW;
END $fn$;

DROP TRIGGER IF EXISTS events_hash ON events;
CREATE TRIGGER events_hash BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION damrong_hash_event();

-- The events stored before: chained in stream order, from the first event without a hash whose predecessor has one.
WITH RECURSIVE chain AS (
  SELECT e.global_position, e.stream_id, e.version,
         damrong_event_link(p.hash, damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata)) AS hash
  FROM events e
  LEFT JOIN LATERAL (SELECT hash FROM events p WHERE p.stream_id = e.stream_id AND p.version < e.version ORDER BY p.version DESC LIMIT 1) p ON true
  WHERE e.hash IS NULL
    AND NOT EXISTS (SELECT FROM events q WHERE q.stream_id = e.stream_id AND q.version < e.version AND q.hash IS NULL)
  UNION ALL
  SELECT n.global_position, n.stream_id, n.version,
         damrong_event_link(chain.hash, damrong_event_bytes(n.stream_id, n.version, n.event_id, n.type, n.schema_version, n.recorded_at, n.data, n.metadata))
  FROM chain
  CROSS JOIN LATERAL (SELECT * FROM events x WHERE x.stream_id = chain.stream_id AND x.version > chain.version ORDER BY x.version LIMIT 1) n
  WHERE n.hash IS NULL
)
UPDATE events SET hash = chain.hash FROM chain WHERE events.global_position = chain.global_position;

ALTER TABLE events ALTER COLUMN hash SET NOT NULL;
