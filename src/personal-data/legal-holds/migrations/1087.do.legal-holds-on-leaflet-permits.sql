-- 1087: a legal hold may be placed on a leaflet permit too (its stream leaflet-<permit id>), stopping the erasure of
-- its applicant's data by request or by retention (LEAFLET_PERMIT_ENDED) as it stops a case's.

ALTER TABLE legal_holds DROP CONSTRAINT legal_holds_case_type_check;
ALTER TABLE legal_holds ADD CONSTRAINT legal_holds_case_type_check CHECK (case_type IN ('DEBT', 'COMPLAINT', 'LEAFLET_PERMIT'));
