-- The informal-debt case list. `creditor_keys` and the index on `debtor_citizen_id` serve the debt slice's
-- lookup of a debtor's open cases (the duplicate rule); `search_key` and its trigram index serve the name
-- search (debt-case-search.ts says why the key is not the text itself). Lists page newest registration first.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE debt_cases (
  case_id              text PRIMARY KEY,
  stream_id            text NOT NULL,
  status               text NOT NULL,
  closed_reason        text,
  district_code        text NOT NULL,
  province_code        text NOT NULL,
  channel              text NOT NULL,
  registered_at        timestamptz NOT NULL,
  registered_on        date NOT NULL,
  debtor_citizen_id    text NOT NULL,
  debtor_title         text NOT NULL,
  debtor_first_name    text NOT NULL,
  debtor_last_name     text NOT NULL,
  creditor_names       text[] NOT NULL,
  creditor_keys        text[] NOT NULL,
  creditor_count       integer NOT NULL,
  debt_count           integer NOT NULL,
  total_principal      numeric NOT NULL,
  total_outstanding    numeric NOT NULL,
  debt_before          numeric,
  debt_after           numeric,
  debt_reduction       numeric,
  wishes_mediation     text NOT NULL,
  contact_attempts     integer NOT NULL,
  mediation_date       date,
  mediation_time       text,
  mediation_place      text,
  referral_agency      text,
  referral_agency_name text,
  version              integer NOT NULL,
  last_event_type      text NOT NULL,
  last_event_at        timestamptz NOT NULL,
  search_text          text NOT NULL,
  search_key           text NOT NULL
);
CREATE INDEX debt_cases_newest ON debt_cases (registered_at DESC, case_id DESC);
CREATE INDEX debt_cases_by_district ON debt_cases (district_code, registered_at DESC, case_id DESC);
CREATE INDEX debt_cases_by_province ON debt_cases (province_code, registered_at DESC, case_id DESC);
CREATE INDEX debt_cases_by_status ON debt_cases (status, registered_at DESC, case_id DESC);
CREATE INDEX debt_cases_by_channel ON debt_cases (channel, registered_at DESC, case_id DESC);
CREATE INDEX debt_cases_by_debtor ON debt_cases (debtor_citizen_id);
CREATE INDEX debt_cases_by_name ON debt_cases USING gin (search_key gin_trgm_ops);
