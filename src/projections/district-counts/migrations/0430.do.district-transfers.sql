-- 430: รับโอน / โอนออก per district: how many times a debt case moved into and out of each district, by a transfer
-- (ส่งต่อ) or a district correction, as the daily report's transfersIn and transfersOut count them. A row appears
-- with a district's first move; a district without one reads zeros. A new projection (district-transfers), so it
-- counts the log from its start. Row-level security as district_counts: a reader sees its area's districts.

CREATE TABLE district_transfers (
  district_code text PRIMARY KEY,
  province_code text NOT NULL,
  transfers_in  integer NOT NULL DEFAULT 0 CHECK (transfers_in >= 0),
  transfers_out integer NOT NULL DEFAULT 0 CHECK (transfers_out >= 0)
);
CREATE INDEX district_transfers_by_province ON district_transfers (province_code, district_code);
SELECT damrong_protect_read_model('district_transfers', 'damrong_in_scope(district_code, province_code)');
