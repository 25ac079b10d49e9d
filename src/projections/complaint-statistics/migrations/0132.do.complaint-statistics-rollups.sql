-- 132: the statistics rolled up by province and for the whole country, so that a query over a province or the
-- country sums a few hundred rows instead of every district's. `complaint_statistics_rollups` holds, per month
-- of receipt, the sums of `complaint_statistics` per province and main category, per province over every
-- category (category_main ''), per main category over the country (province_code '') and over both (both '').
-- The projection adds to them in the transaction that adds to the district rows; here they are filled from the
-- district rows as they stand. The map's index on the projection's complaints names the category too.

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
CREATE INDEX complaint_statistics_cases_by_month ON complaint_statistics_cases (month, province_code, category_main);
