-- Complaint statistics. `complaint_statistics_cases` is the projection's own memory of each complaint (its
-- bucket of counts, its status and its map point); `complaint_statistics` counts the complaints
-- received in a month (Asia/Bangkok) per district where it happened and main category, by where they stand
-- now. `complaint_month_end` holds the fiscal-year-to-date figures of each district as frozen when a month
-- ended; `complaint_month_end_frozen` lists the months frozen.

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
);
