-- The district news read model: one row per post, newest activity first per district.

CREATE TABLE district_news (
  news_id       text PRIMARY KEY,
  district_code text NOT NULL,
  province_code text NOT NULL,
  activity_name text NOT NULL,
  leader        text NOT NULL,
  participants  text NOT NULL,
  held_on       date NOT NULL,
  start_time    text NOT NULL,
  end_time      text,
  place         text NOT NULL,
  photos        jsonb NOT NULL,
  posted_at     timestamptz NOT NULL
);
CREATE INDEX district_news_by_district ON district_news (district_code, held_on DESC, posted_at DESC);
