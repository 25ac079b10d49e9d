-- 1085: retention of personal data (personal-data/retention). A run of the retention job: when, who started it
-- (schedule:<instant>, cli, account:<id>), how it ended, and counts per rule (streams erased, streams skipped
-- under a legal hold). A retention erasure: which case stream, under which rule, when and in which run. Nothing
-- personal is in these rows: stream ids name cases (debt-<case id>, complaint-<complaint id>), never people.
-- The request role reads both (central administrators, through GraphQL); only the service's owner writes them.

CREATE TABLE retention_runs (
  run_id       uuid PRIMARY KEY,
  started_by   text NOT NULL,
  started_at   timestamptz NOT NULL,
  finished_at  timestamptz,
  state        text NOT NULL DEFAULT 'RUNNING' CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
  counts       jsonb NOT NULL DEFAULT '{}',
  error_code   text
);
CREATE INDEX retention_runs_newest ON retention_runs (started_at DESC, run_id DESC);
CREATE UNIQUE INDEX retention_runs_one_per_schedule ON retention_runs (started_by) WHERE started_by LIKE 'schedule:%';

CREATE TABLE retention_erasures (
  stream_id  text PRIMARY KEY,
  rule       text NOT NULL CHECK (rule IN ('DEBT_CASE_CLOSED', 'COMPLAINT_CLOSED')),
  erased_at  timestamptz NOT NULL,
  run_id     uuid NOT NULL REFERENCES retention_runs
);
CREATE INDEX retention_erasures_by_run ON retention_erasures (run_id);

GRANT SELECT ON retention_runs, retention_erasures TO damrong_request;
