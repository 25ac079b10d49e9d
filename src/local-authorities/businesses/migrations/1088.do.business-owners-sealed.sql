-- 1088: a business owned by a natural person no longer keeps its owner's citizen id and name in plain (issue 17).
-- They are sealed (AES-256-GCM) in owner_sealed under the owner's data key of the stream local-business-<no> (role
-- PRINCIPAL, personal_data_keys), the box bound to that stream; owner_index is the keyed blind index of their citizen
-- id, by which a filer signing in, the data subject's copy and an erasure request find the businesses they own. The
-- owner's erasure destroys the key: the business then shows the erasure marker for its owner, and no sign-in finds it.
-- local_business_kinds keeps the one-business-of-a-kind rule on the blind index (hex) in place of the citizen id.
-- Rows registered before stay plain until `personal-data seal-log` seals them (it seals these rows too).

ALTER TABLE local_businesses
  ADD COLUMN owner_index bytea,
  ADD COLUMN owner_sealed jsonb,
  ALTER COLUMN owner_id DROP NOT NULL,
  ALTER COLUMN owner_name DROP NOT NULL,
  ADD CONSTRAINT local_businesses_owner_plain_or_sealed CHECK (
    (owner_id IS NOT NULL AND owner_name IS NOT NULL AND owner_index IS NULL AND owner_sealed IS NULL)
    OR (owner_kind = 'CITIZEN' AND owner_id IS NULL AND owner_name IS NULL AND owner_index IS NOT NULL AND owner_sealed IS NOT NULL));

CREATE INDEX local_businesses_by_owner_index ON local_businesses (owner_index, business_no) WHERE owner_index IS NOT NULL;
