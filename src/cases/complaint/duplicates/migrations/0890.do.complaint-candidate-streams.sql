-- 890: the duplicate check's reads in one statement, so one snapshot (complaint-candidate-streams.ts).
--
-- complaint_candidate_streams(citizen id, accused key, since, the list's checkpoint name) answers the events, in
-- version order, of every complaint stream that may be a candidate for a new complaint with these keys: those the
-- complaint list names (open ones of either key received since; and, whatever their status there, those of either
-- key the log has changed past the list's checkpoint, as the list may say resolved or closed of one reopened since),
-- and those received past the checkpoint, whatever their keys: the caller folds each stream and matches its keys.
-- The log past the checkpoint is read from the events table, past the horizon readAll keeps, so a receipt committed
-- behind another stream's open append counts.
--
-- STABLE: every statement in it reads the snapshot of the statement that calls it, in which the list is exactly as
-- far along as its checkpoint (the runner stores both in one transaction). The checkpoint is read first and the
-- rest planned with its value (the start of the log when there is none) (EXECUTE … USING), so that the log past it is read by its index, from there: a
-- position the planner does not know would have it scan the whole log.

CREATE FUNCTION complaint_candidate_streams(citizen_id text, accused_key text, since timestamptz, list_checkpoint text)
RETURNS TABLE (stream_id text, version integer, type text, schema_version integer, data jsonb)
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
      UNION SELECT p.stream_id FROM past p WHERE p.type = 'ComplaintReceived')
    SELECT e.stream_id, e.version, e.type, e.schema_version, e.data
    FROM events e WHERE e.stream_id IN (SELECT s.stream_id FROM streams s) ORDER BY e.stream_id, e.version
  $sql$ USING citizen_id, accused_key, since, checkpoint_xid, checkpoint_gp;
END
$fn$;
-- The owner's, as the duplicate check reads the whole country as the owner; no request reads it.
REVOKE EXECUTE ON FUNCTION complaint_candidate_streams(text, text, timestamptz, text) FROM PUBLIC;
