/**
 * Complaint statistics. `complaint_statistics_cases` is the projection's own memory of each complaint (its
 * bucket of counts, its status and its map point); `complaint_statistics` counts the complaints
 * received in a month (Asia/Bangkok) per district where it happened and main category, by where they stand
 * now. `complaint_month_end` holds the fiscal-year-to-date figures of each district as frozen when a month
 * ended; `complaint_month_end_frozen` lists the months frozen.
 */
export const COMPLAINT_STATISTICS_MIGRATION = `
CREATE TABLE complaint_statistics_cases (
  complaint_id  text PRIMARY KEY,
  month         date NOT NULL,
  district_code text NOT NULL,
  province_code text NOT NULL,
  category_main text NOT NULL,
  status        text NOT NULL,
  lat           double precision,
  lng           double precision,
  version       integer NOT NULL
);
CREATE INDEX complaint_statistics_cases_by_month ON complaint_statistics_cases (month, province_code);
CREATE TABLE complaint_statistics (
  month         date NOT NULL,
  district_code text NOT NULL,
  province_code text NOT NULL,
  category_main text NOT NULL,
  received      integer NOT NULL,
  in_progress   integer NOT NULL,
  resolved      integer NOT NULL,
  closed        integer NOT NULL,
  PRIMARY KEY (month, district_code, category_main)
);
CREATE INDEX complaint_statistics_by_province ON complaint_statistics (province_code, month);
CREATE TABLE complaint_month_end (
  month             date NOT NULL,
  district_code     text NOT NULL,
  province_code     text NOT NULL,
  category_main     text NOT NULL,
  received_in_month integer NOT NULL,
  received          integer NOT NULL,
  in_progress       integer NOT NULL,
  resolved          integer NOT NULL,
  closed            integer NOT NULL,
  PRIMARY KEY (month, district_code, category_main)
);
CREATE TABLE complaint_month_end_frozen (
  month     date PRIMARY KEY,
  frozen_at timestamptz NOT NULL
);`;

/**
 * 132: the statistics rolled up by province and for the whole country, so that a query over a province or the
 * country sums a few hundred rows instead of every district's. `complaint_statistics_rollups` holds, per month
 * of receipt, the sums of `complaint_statistics` per province and main category, per province over every
 * category (category_main ''), per main category over the country (province_code '') and over both (both '').
 * The projection adds to them in the transaction that adds to the district rows; here they are filled from the
 * district rows as they stand. The map's index on the projection's complaints names the category too.
 */
export const COMPLAINT_STATISTICS_ROLLUPS_MIGRATION = `
CREATE TABLE complaint_statistics_rollups (
  month         date NOT NULL,
  province_code text NOT NULL,
  category_main text NOT NULL,
  received      integer NOT NULL,
  in_progress   integer NOT NULL,
  resolved      integer NOT NULL,
  closed        integer NOT NULL,
  PRIMARY KEY (province_code, month, category_main)
);
CREATE INDEX complaint_statistics_rollups_by_category ON complaint_statistics_rollups (category_main, month);
INSERT INTO complaint_statistics_rollups (month, province_code, category_main, received, in_progress, resolved, closed)
SELECT month, coalesce(province_code, ''), coalesce(category_main, ''), sum(received), sum(in_progress), sum(resolved), sum(closed)
FROM complaint_statistics
GROUP BY GROUPING SETS ((month, province_code, category_main), (month, province_code), (month, category_main), (month));
DROP INDEX complaint_statistics_cases_by_month;
CREATE INDEX complaint_statistics_cases_by_month ON complaint_statistics_cases (month, province_code, category_main);`;

/**
 * 133: each complaint counted at the office holding it now instead of where it happened, so a forward moves its
 * figures whole to the receiving office. A province office's complaints are kept as district '' and its province,
 * the centre's as district '' and province CENTRAL (statistics-holder.ts); the keys name the province, '' being a
 * district of every province. The statistics are emptied and the projection's checkpoint dropped, so it counts the
 * log again from its start. Month-end figures frozen before stay as reported (by place).
 */
export const COMPLAINT_STATISTICS_BY_HOLDER_MIGRATION = `
TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups;
ALTER TABLE complaint_statistics DROP CONSTRAINT complaint_statistics_pkey,
  ADD PRIMARY KEY (month, province_code, district_code, category_main);
ALTER TABLE complaint_month_end DROP CONSTRAINT complaint_month_end_pkey,
  ADD PRIMARY KEY (month, province_code, district_code, category_main);
DELETE FROM projection_checkpoints WHERE name = 'complaint-statistics';`;

/**
 * 134: the indicator counted honestly (seed 004): beside the stages, `solved` (resolved and not yet closed, or
 * closed as RESOLVED) and `set_aside` (closed as DUPLICATE or WITHDRAWN, out of the rate's base), in the district
 * rows, the roll-ups and the month ends; the projection remembers each complaint's close reason so that a reopen
 * or another closing moves it. The statistics are emptied and the projection's checkpoint dropped, so it counts
 * the log again from its start; the emptied tables take the new columns without a default, so a writer that does
 * not count them fails rather than writes 0. Month ends frozen before stay as reported, solved and set aside 0:
 * complaint_month_end_frozen.counts_solved tells those months (false) from the ones frozen with them (true).
 */
export const COMPLAINT_STATISTICS_SOLVED_MIGRATION = `
TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups;
ALTER TABLE complaint_statistics_cases ADD COLUMN close_reason text;
ALTER TABLE complaint_statistics ADD COLUMN solved integer NOT NULL, ADD COLUMN set_aside integer NOT NULL;
ALTER TABLE complaint_statistics_rollups ADD COLUMN solved integer NOT NULL, ADD COLUMN set_aside integer NOT NULL;
ALTER TABLE complaint_month_end ADD COLUMN solved integer NOT NULL DEFAULT 0, ADD COLUMN set_aside integer NOT NULL DEFAULT 0;
ALTER TABLE complaint_month_end_frozen ADD COLUMN counts_solved boolean NOT NULL DEFAULT false;
DELETE FROM projection_checkpoints WHERE name = 'complaint-statistics';`;
