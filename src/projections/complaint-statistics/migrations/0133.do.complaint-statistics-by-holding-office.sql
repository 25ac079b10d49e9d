-- 133: each complaint counted at the office holding it now instead of where it happened, so a forward moves its
-- figures whole to the receiving office. A province office's complaints are kept as district '' and its province,
-- the centre's as district '' and province CENTRAL (statistics-holder.ts); the keys name the province, '' being a
-- district of every province. The statistics are emptied and the projection's checkpoint dropped, so it counts the
-- log again from its start. Month-end figures frozen before stay as reported (by place).

TRUNCATE complaint_statistics, complaint_statistics_cases, complaint_statistics_rollups;
ALTER TABLE complaint_statistics DROP CONSTRAINT complaint_statistics_pkey,
  ADD PRIMARY KEY (month, province_code, district_code, category_main);
ALTER TABLE complaint_month_end DROP CONSTRAINT complaint_month_end_pkey,
  ADD PRIMARY KEY (month, province_code, district_code, category_main);
DELETE FROM projection_checkpoints WHERE name = 'complaint-statistics';
