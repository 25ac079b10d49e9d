-- 520: a month end says what it was frozen from and what it holds, so that it can be verified against the event
-- log: the position the statistics had applied when it was frozen (transaction_id, global_position, read in the
-- same snapshot as the figures) and the SHA-256 of its rows as complaint-month-end.body.ts writes them. Months
-- frozen before have neither (null): they are verified by their figures, regenerated from what the log had
-- recorded before they were frozen.

ALTER TABLE complaint_month_end_frozen ADD COLUMN transaction_id xid8, ADD COLUMN global_position bigint, ADD COLUMN sha256 text;
