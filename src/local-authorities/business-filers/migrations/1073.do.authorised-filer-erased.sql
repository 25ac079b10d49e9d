-- 1073: an authorised filer's citizen id and name are sealed in the business-<no> streams (issue 17); when the
-- citizen's data is erased, the list's row is folded anew from the events as they read then, with the erasure
-- marker for their name and no citizen id (null), so the row stays (who authorised whom, when, revoked or not) and
-- no sign-in finds it.

ALTER TABLE business_authorised_filers ALTER COLUMN citizen_id DROP NOT NULL;
