-- 900: local administrative organisations (อปท.) and their ordinance terms, reference data central
-- administrators edit at run time. Each authority row says who registered it and who changed it last; every
-- change is kept in local_authority_changes (before and after). Terms are versions by effective day, never
-- updated: a new ordinance is a new row taking effect after the latest.

CREATE TABLE local_authorities (
  code               text PRIMARY KEY CHECK (code ~ '^[0-9]{7}$'),
  name_th            text NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('PAO', 'MUNICIPALITY', 'SAO', 'PATTAYA')),
  municipality_class text CHECK (municipality_class IN ('CITY', 'TOWN', 'SUBDISTRICT')),
  province_code      text NOT NULL,
  district_code      text,
  biller_code        text NOT NULL UNIQUE CHECK (biller_code ~ '^[0-9]{4,6}$'),
  registered_at      timestamptz NOT NULL DEFAULT now(),
  registered_by      text NOT NULL,
  registered_by_office text NOT NULL,
  changed_at         timestamptz,
  changed_by         text,
  changed_by_office  text,
  CHECK ((kind = 'MUNICIPALITY') = (municipality_class IS NOT NULL)),
  CHECK ((kind = 'PAO') = (district_code IS NULL))
);
-- One PAO per province.
CREATE UNIQUE INDEX local_authorities_one_pao ON local_authorities (province_code) WHERE kind = 'PAO';
CREATE INDEX local_authorities_area ON local_authorities (province_code, district_code, code);

CREATE TABLE local_authority_changes (
  id        bigserial PRIMARY KEY,
  code      text NOT NULL REFERENCES local_authorities (code),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by text NOT NULL,
  changed_by_office text NOT NULL,
  before    jsonb,
  after     jsonb NOT NULL
);
CREATE INDEX local_authority_changes_code ON local_authority_changes (code, id);

CREATE TABLE local_authority_terms (
  authority_code       text NOT NULL REFERENCES local_authorities (code),
  effective_from       date NOT NULL,
  ordinance            text NOT NULL,
  hotel_fee_bp         integer CHECK (hotel_fee_bp BETWEEN 0 AND 300),
  fuel_petrol          integer CHECK (fuel_petrol BETWEEN 0 AND 1000),
  fuel_diesel          integer CHECK (fuel_diesel BETWEEN 0 AND 1000),
  fuel_lpg             integer CHECK (fuel_lpg BETWEEN 0 AND 1000),
  fuel_ngv             integer CHECK (fuel_ngv BETWEEN 0 AND 1000),
  tobacco_rate         integer CHECK (tobacco_rate BETWEEN 0 AND 1000),
  leaflet_fee_satang   bigint CHECK (leaflet_fee_satang >= 0),
  leaflet_decision_days integer CHECK (leaflet_decision_days BETWEEN 1 AND 365),
  filing_deadline_day  integer NOT NULL CHECK (filing_deadline_day BETWEEN 1 AND 28),
  surcharge_bp_per_month integer NOT NULL CHECK (surcharge_bp_per_month BETWEEN 0 AND 10000),
  surcharge_cap_bp     integer NOT NULL CHECK (surcharge_cap_bp BETWEEN 0 AND 10000),
  enacted_at           timestamptz NOT NULL DEFAULT now(),
  enacted_by           text NOT NULL,
  enacted_by_office    text NOT NULL,
  PRIMARY KEY (authority_code, effective_from)
);
