-- 921: the monthly-return list (แบบยื่นรายเดือน: hotel fee, fuel tax, tobacco tax), one row per return (business,
-- levy and month) as its latest version stands, written by the monthly-returns projection. Amounts are integer
-- satang. A reader sees the returns of the businesses in its area: a district account those located in its
-- district, a province account its province's, the centre and auditors all (row-level security, as 0181).

CREATE TABLE monthly_returns (
  return_id              text PRIMARY KEY,
  stream_id              text NOT NULL,
  stream_version         integer NOT NULL,
  authority_code         text NOT NULL,
  province_code          text NOT NULL,
  business_district_code text NOT NULL,
  business_no            integer NOT NULL,
  business_name          text NOT NULL,
  kind                   text NOT NULL,
  period                 text NOT NULL CHECK (period ~ '^[0-9]{4}-[0-9]{2}$'),
  return_version         integer NOT NULL,
  status                 text NOT NULL,
  channel                text NOT NULL,
  first_filed_on         date NOT NULL,
  filed_on               date NOT NULL,
  due_on                 date NOT NULL,
  months_late            integer NOT NULL,
  levy_satang            bigint NOT NULL,
  surcharge_satang       bigint NOT NULL,
  billed_satang          bigint NOT NULL,
  overpaid_satang        bigint NOT NULL,
  last_ref1              text,
  last_ref2              text,
  last_event_at          timestamptz NOT NULL
);
CREATE INDEX monthly_returns_by_authority ON monthly_returns (authority_code, period DESC, return_id);
CREATE INDEX monthly_returns_by_district ON monthly_returns (business_district_code, period DESC, return_id);

SELECT damrong_protect_read_model('monthly_returns', 'damrong_in_scope(business_district_code, province_code)');
