-- 920: สถานประกอบการ, the businesses a PAO collects its monthly levies from (hotels, filling stations, tobacco
-- traders), registered once per authority by staff. `business_no` is the registration number bills carry in Ref2
-- (8 digits at most). An owner (a citizen or a juristic person, by 13-digit id) has at most one business of a kind
-- with an authority: local_business_kinds holds that rule in the transaction that registers.

CREATE TABLE local_businesses (
  business_no        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY CHECK (business_no <= 99999999),
  authority_code     text NOT NULL REFERENCES local_authorities (code),
  name_th            text NOT NULL,
  kinds              text[] NOT NULL CHECK (cardinality(kinds) BETWEEN 1 AND 3 AND kinds <@ ARRAY['HOTEL', 'FUEL', 'TOBACCO']),
  address_line       text NOT NULL,
  subdistrict_code   text NOT NULL CHECK (subdistrict_code ~ '^[0-9]{6}$'),
  district_code      text NOT NULL CHECK (district_code ~ '^[0-9]{4}$'),
  province_code      text NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
  owner_kind         text NOT NULL CHECK (owner_kind IN ('CITIZEN', 'JURISTIC')),
  owner_id           text NOT NULL CHECK (owner_id ~ '^[0-9]{13}$'),
  owner_name         text NOT NULL,
  registered_at      timestamptz NOT NULL DEFAULT now(),
  registered_by      text NOT NULL,
  registered_by_office text NOT NULL
);
CREATE INDEX local_businesses_by_authority ON local_businesses (authority_code, district_code, business_no);

CREATE TABLE local_business_kinds (
  authority_code text NOT NULL,
  owner_id       text NOT NULL,
  kind           text NOT NULL,
  business_no    integer NOT NULL REFERENCES local_businesses (business_no),
  PRIMARY KEY (authority_code, owner_id, kind)
);
