-- 760: open complaints (not resolved nor closed) by their holding office and last change, for the staleness
-- filter of the list and the count of stale complaints per office.
CREATE INDEX complaint_list_open_by_update ON complaint_list (owning_province, owning_district, updated_at)
  WHERE status NOT IN ('RESOLVED', 'CLOSED');
