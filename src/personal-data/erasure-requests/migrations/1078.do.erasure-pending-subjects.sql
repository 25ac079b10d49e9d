-- 1078: the subject of an erasure request whose erasure is not yet recorded, by the keyed blind index of their citizen
-- id (as personal_data_keys names subjects; never the id itself), so that a central administrator can complete the
-- erasure from the page when it failed after the request was accepted (the request's stream keeps the id masked
-- only). Written before the request is decided; deleted once it is refused or its erasure is recorded, so no row
-- outlives its request's outcome. Not granted to the request role: the service's owner login reads it.

CREATE TABLE erasure_pending_subjects (
  request_id    uuid PRIMARY KEY,
  subject_index bytea NOT NULL CHECK (subject_index <> ''::bytea),
  noted_at      timestamptz NOT NULL DEFAULT now()
);
