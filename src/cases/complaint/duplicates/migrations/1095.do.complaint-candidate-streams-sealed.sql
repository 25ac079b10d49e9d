-- 1095: the duplicate check's reads (890) on sealed complaint events (issue 17). complaint_candidate_streams now
-- answers each event's id too, which the log's codec needs to open the sealed parts (each is bound to its event's
-- id), and finds the complainant's complaints by the blind index of their citizen id as well ($6, empty for none):
-- the streams whose keys name them as principal subject, made since a day before `since` (a key is made when the
-- complaint is recorded, never before the day it was received; the day's margin covers the clock of the service
-- against the database's). The other arms are those of 890; the caller opens the rows and folds each stream.

DROP FUNCTION complaint_candidate_streams(text, text, timestamptz, text);

CREATE FUNCTION complaint_candidate_streams(citizen_id text, accused_key text, since timestamptz, list_checkpoint text, subject bytea)
RETURNS TABLE (stream_id text, version integer, event_id uuid, type text, schema_version integer, data jsonb)
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  checkpoint_xid xid8;
  checkpoint_gp bigint;
BEGIN
  SELECT c.transaction_id, c.global_position INTO checkpoint_xid, checkpoint_gp
  FROM projection_checkpoints c WHERE c.name = list_checkpoint;
  IF NOT FOUND THEN
    checkpoint_xid := '0';
    checkpoint_gp := 0;
  END IF;
  RETURN QUERY EXECUTE $sql$
    WITH past AS MATERIALIZED (
      SELECT e.stream_id, e.type FROM events e
      WHERE (e.transaction_id, e.global_position) > ($4, $5) AND e.stream_id LIKE 'complaint-%'),
    listed AS (
      (SELECT l.complaint_id FROM complaint_list l
       WHERE l.complainant_citizen_id = $1 AND l.received_at >= $3 AND l.status NOT IN ('RESOLVED', 'CLOSED')
       ORDER BY l.received_at DESC LIMIT 200)
      UNION
      (SELECT l.complaint_id FROM complaint_list l
       WHERE l.accused_key = $2 AND l.received_at >= $3 AND l.status NOT IN ('RESOLVED', 'CLOSED')
       ORDER BY l.received_at DESC LIMIT 200)
      UNION
      SELECT l.complaint_id FROM complaint_list l
      WHERE l.complaint_id = ANY(ARRAY(SELECT substr(p.stream_id, 11) FROM past p))
        AND (l.complainant_citizen_id = $1 OR l.accused_key = $2) AND l.received_at >= $3),
    streams AS (
      SELECT 'complaint-' || listed.complaint_id AS stream_id FROM listed
      UNION SELECT p.stream_id FROM past p WHERE p.type = 'ComplaintReceived'
      UNION SELECT k.stream_id FROM personal_data_keys k
        WHERE $6 <> ''::bytea AND k.subject_index = $6 AND k.role = 'PRINCIPAL' AND k.stream_id LIKE 'complaint-%'
          AND k.created_at >= $3 - interval '1 day')
    SELECT e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.data
    FROM events e WHERE e.stream_id IN (SELECT s.stream_id FROM streams s) ORDER BY e.stream_id, e.version
  $sql$ USING citizen_id, accused_key, since, checkpoint_xid, checkpoint_gp, coalesce(subject, ''::bytea);
END
$fn$;
-- The owner's, as the duplicate check reads the whole country as the owner; no request reads it.
REVOKE EXECUTE ON FUNCTION complaint_candidate_streams(text, text, timestamptz, text, bytea) FROM PUBLIC;
