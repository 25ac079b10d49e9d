-- 1071: events rewritten in place once, when their personal fields were sealed after they had been stored (issue 17,
-- `npm run cli -- personal-data seal-log`). An event's hash (migration 600) was computed over its data as first
-- stored; sealing changes the data, and once a key is destroyed nobody can compute the old bytes again. So the
-- rewrite keeps each event's id, stream, version, position and stored hash as they were, and leaves a receipt:
-- the hash it had (checked against its bytes and the hash before it just before the rewrite, in the same
-- transaction) and the SHA-256 of its canonical bytes as rewritten. The chain check takes a receipted event's link
-- from its receipt: the stored hash must be the receipt's, the bytes stored now must give the receipt's digest, and
-- the next event links from that hash as ever; every seal and printed verification code made before stays valid.
-- A run's receipts are summed up (SHA-256 over them in order) into an event of the log itself (LogResealed on
-- stream log-reseal-<run id>), which the next seals cover: a receipt changed afterwards no longer adds up.

CREATE TABLE log_reseal_runs (
  run_id          uuid PRIMARY KEY,
  started_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  -- How far into the log the run has looked: it resumes after this position.
  after_xid       xid8 NOT NULL DEFAULT '0',
  after_gp        bigint NOT NULL DEFAULT 0,
  events_sealed   bigint NOT NULL DEFAULT 0
);

CREATE TABLE event_seal_receipts (
  receipt_no    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id        uuid NOT NULL REFERENCES log_reseal_runs,
  event_id      uuid NOT NULL CONSTRAINT event_seal_receipts_once UNIQUE,
  original_hash bytea NOT NULL,
  sealed_digest bytea NOT NULL
);
CREATE INDEX event_seal_receipts_by_run ON event_seal_receipts (run_id, receipt_no);

-- The sum of a run's receipts, as its LogResealed event records it.
CREATE FUNCTION damrong_reseal_digest(run uuid) RETURNS bytea LANGUAGE sql STABLE AS $fn$
  SELECT sha256(coalesce(string_agg(uuid_send(r.event_id) || r.original_hash || r.sealed_digest, ''::bytea ORDER BY r.receipt_no), ''::bytea))
  FROM event_seal_receipts r WHERE r.run_id = run
$fn$;
