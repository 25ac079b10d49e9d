-- 770: month-end corrections (issue 18). A complaint keyed in after a month end was frozen, received in that month
-- or before, is in no frozen month; the next month end lists it as a correction of its month, never adding it to
-- the frozen figures. The statistics remember where each complaint's ComplaintReceived is in the log
-- (transaction_id, global_position): they are emptied and their checkpoint dropped, so that they count the log
-- again from its start and the new columns need no default. `complaint_month_end_correction` holds, per month end,
-- office and main category, the complaints of each earlier month (corrected_month) recorded after the month before's
-- freeze, by where they stood; `counts_corrections` tells the month ends that list them (false for those frozen
-- before, and for one whose month before was frozen without a position, before migration 520).

TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups;
ALTER TABLE complaint_statistics_cases ADD COLUMN transaction_id xid8 NOT NULL, ADD COLUMN global_position bigint NOT NULL;
DELETE FROM projection_checkpoints WHERE name = 'complaint-statistics';

ALTER TABLE complaint_month_end_frozen ADD COLUMN counts_corrections boolean NOT NULL DEFAULT false;
CREATE TABLE complaint_month_end_correction (
  month           date NOT NULL REFERENCES complaint_month_end_frozen (month),
  corrected_month date NOT NULL,
  district_code   text NOT NULL,
  province_code   text NOT NULL,
  category_main   text NOT NULL,
  received        integer NOT NULL,
  in_progress     integer NOT NULL,
  resolved        integer NOT NULL,
  closed          integer NOT NULL,
  solved          integer NOT NULL,
  set_aside       integer NOT NULL,
  PRIMARY KEY (month, corrected_month, province_code, district_code, category_main)
);
SELECT damrong_protect_read_model('complaint_month_end_correction', 'damrong_in_scope(district_code, province_code)');
