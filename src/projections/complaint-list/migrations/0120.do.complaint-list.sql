-- The complaint list read model. `owning_*` is the office handling the complaint now (a forwarded complaint
-- moves to the receiving office); `location_*` is where it happened. `search_text` holds the normalised
-- subject and accused name separated by '|', `search_grams` their trigrams: the text filter and its index,
-- kept in TypeScript because pg_trgm finds no trigrams in Thai under the C locale the embedded server uses.

CREATE TABLE complaint_list (
  complaint_id           text PRIMARY KEY,
  tracking_code          text NOT NULL,
  status                 text NOT NULL,
  owning_level           text NOT NULL,
  owning_code            text NOT NULL,
  owning_district        text,
  owning_province        text,
  location_subdistrict   text NOT NULL,
  location_district      text NOT NULL,
  location_province      text NOT NULL,
  location_lat           double precision,
  location_lng           double precision,
  category_main          text NOT NULL,
  category_sub           text,
  category_other_text    text,
  channel                text NOT NULL,
  received_at            timestamptz NOT NULL,
  complainant_citizen_id text,
  accused_name           text,
  accused_key            text,
  subject                text NOT NULL,
  search_text            text NOT NULL,
  search_grams           text[] NOT NULL,
  assignee               jsonb,
  possible_duplicates    jsonb NOT NULL,
  duplicate_of           text,
  close_reason           text,
  closed_at              timestamptz,
  version                integer NOT NULL,
  updated_at             timestamptz NOT NULL
);
CREATE UNIQUE INDEX complaint_list_tracking_code ON complaint_list (tracking_code);
CREATE INDEX complaint_list_by_received ON complaint_list (received_at DESC, complaint_id DESC);
CREATE INDEX complaint_list_by_district ON complaint_list (owning_district, received_at DESC, complaint_id DESC);
CREATE INDEX complaint_list_by_province ON complaint_list (owning_province, received_at DESC, complaint_id DESC);
CREATE INDEX complaint_list_by_citizen ON complaint_list (complainant_citizen_id, received_at)
  WHERE complainant_citizen_id IS NOT NULL;
CREATE INDEX complaint_list_by_accused ON complaint_list (accused_key, received_at) WHERE accused_key IS NOT NULL;
CREATE INDEX complaint_list_search ON complaint_list USING gin (search_grams);
