-- 1000: a filer signed in with D.DOPA reads and files for the businesses they own as a natural person (owner_kind
-- CITIZEN, owner_id their verified citizen id): found by owner, not by scanning an authority's list.

CREATE INDEX local_businesses_by_citizen_owner ON local_businesses (owner_id, business_no) WHERE owner_kind = 'CITIZEN';
