-- 134: the indicator counted honestly (seed 004): beside the stages, `solved` (resolved and not yet closed, or
-- closed as RESOLVED) and `set_aside` (closed as DUPLICATE or WITHDRAWN, out of the rate's base), in the district
-- rows, the roll-ups and the month ends; the projection remembers each complaint's close reason so that a reopen
-- or another closing moves it. The statistics are emptied and the projection's checkpoint dropped, so it counts
-- the log again from its start; the emptied tables take the new columns without a default, so a writer that does
-- not count them fails rather than writes 0. Month ends frozen before stay as reported, solved and set aside 0:
-- complaint_month_end_frozen.counts_solved tells those months (false) from the ones frozen with them (true).

TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups;
ALTER TABLE complaint_statistics_cases ADD COLUMN close_reason text;
ALTER TABLE complaint_statistics ADD COLUMN solved integer NOT NULL, ADD COLUMN set_aside integer NOT NULL;
ALTER TABLE complaint_statistics_rollups ADD COLUMN solved integer NOT NULL, ADD COLUMN set_aside integer NOT NULL;
ALTER TABLE complaint_month_end ADD COLUMN solved integer NOT NULL DEFAULT 0, ADD COLUMN set_aside integer NOT NULL DEFAULT 0;
ALTER TABLE complaint_month_end_frozen ADD COLUMN counts_solved boolean NOT NULL DEFAULT false;
DELETE FROM projection_checkpoints WHERE name = 'complaint-statistics';
