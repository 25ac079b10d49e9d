-- 1030: leaflet permit requests by channel and by the person who asks. A filer signed in with D.DOPA lists their own
-- requests (online or keyed at the office in their name) by the citizen id D.DOPA verified: the list keeps the
-- applicant's citizen id for a person (null for a juristic person), which no staff list selects or answers; the
-- rows stay under the table's row-level security as before (the area, the authority, the PAO's province). The
-- channel tells staff an online request from one keyed at the office. Existing rows take both from their request.

ALTER TABLE leaflet_permits
  ADD COLUMN channel text NOT NULL DEFAULT 'PAPER' CHECK (channel IN ('PAPER', 'ONLINE')),
  ADD COLUMN applicant_person_id text CHECK (applicant_person_id ~ '^[0-9]{13}$');

UPDATE leaflet_permits p SET applicant_person_id = e.data->'applicant'->>'idNumber'
  FROM events e
  WHERE e.stream_id = 'leaflet-' || p.permit_id AND e.type = 'LeafletPermitRequested' AND e.data->'applicant'->>'kind' = 'PERSON';

CREATE INDEX leaflet_permits_by_applicant ON leaflet_permits (applicant_person_id, requested_at DESC, permit_id DESC)
  WHERE applicant_person_id IS NOT NULL;
