-- 1086: retention of personal data covers leaflet permits (LEAFLET_PERMIT_ENDED, their leaflet-<id> streams),
-- authorised business filers (BUSINESS_FILER_REVOKED, recorded as business-<no>/<filer no>: a citizen's own keys in
-- the business's stream, which names other filers too) and staff accounts (STAFF_ACCOUNT_CLOSED, account-<id>). The
-- ids still name records, never people.

ALTER TABLE retention_erasures DROP CONSTRAINT retention_erasures_rule_check;
ALTER TABLE retention_erasures ADD CONSTRAINT retention_erasures_rule_check
  CHECK (rule IN ('DEBT_CASE_CLOSED', 'COMPLAINT_CLOSED', 'LEAFLET_PERMIT_ENDED', 'BUSINESS_FILER_REVOKED', 'STAFF_ACCOUNT_CLOSED'));
