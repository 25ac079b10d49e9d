import { districtsOf, provinces } from '../../geography/geography.js';

/**
 * Migration 110. district_counts: one row per district (all 928 from the start, zeros until a case
 * arrives) holding the sums of what its cases contribute now; no count may go below zero.
 * district_count_cases: each debt case's current contribution (case-counts.ts), so that a transfer or a
 * correction can move it. Counts are integers, money numeric(18,2) baht: exact, never floating point.
 */
const TABLES = `
CREATE TABLE district_counts (
  district_code            text PRIMARY KEY,
  province_code            text NOT NULL,
  registered               integer NOT NULL DEFAULT 0 CHECK (registered >= 0),
  registered_self_qr_thaid integer NOT NULL DEFAULT 0 CHECK (registered_self_qr_thaid >= 0),
  registered_thaid_app     integer NOT NULL DEFAULT 0 CHECK (registered_thaid_app >= 0),
  registered_counter       integer NOT NULL DEFAULT 0 CHECK (registered_counter >= 0),
  registered_paper         integer NOT NULL DEFAULT 0 CHECK (registered_paper >= 0),
  creditors                integer NOT NULL DEFAULT 0 CHECK (creditors >= 0),
  debts                    integer NOT NULL DEFAULT 0 CHECK (debts >= 0),
  principal                numeric(18,2) NOT NULL DEFAULT 0 CHECK (principal >= 0),
  outstanding              numeric(18,2) NOT NULL DEFAULT 0 CHECK (outstanding >= 0),
  contacted                integer NOT NULL DEFAULT 0 CHECK (contacted >= 0),
  wishing_mediation        integer NOT NULL DEFAULT 0 CHECK (wishing_mediation >= 0),
  in_mediation             integer NOT NULL DEFAULT 0 CHECK (in_mediation >= 0),
  agreed                   integer NOT NULL DEFAULT 0 CHECK (agreed >= 0),
  not_agreed               integer NOT NULL DEFAULT 0 CHECK (not_agreed >= 0),
  party_absent             integer NOT NULL DEFAULT 0 CHECK (party_absent >= 0),
  referred                 integer NOT NULL DEFAULT 0 CHECK (referred >= 0),
  closed                   integer NOT NULL DEFAULT 0 CHECK (closed >= 0),
  debt_before              numeric(18,2) NOT NULL DEFAULT 0 CHECK (debt_before >= 0),
  debt_after               numeric(18,2) NOT NULL DEFAULT 0 CHECK (debt_after >= 0),
  debt_reduced             numeric(18,2) NOT NULL DEFAULT 0 CHECK (debt_reduced >= 0)
);
CREATE INDEX district_counts_by_province ON district_counts (province_code, district_code);

CREATE TABLE district_count_cases (
  stream_id         text PRIMARY KEY,
  version           integer NOT NULL,
  district_code     text NOT NULL,
  province_code     text NOT NULL,
  channel           text NOT NULL,
  creditors         integer NOT NULL,
  debts             integer NOT NULL,
  principal         numeric(18,2) NOT NULL,
  outstanding       numeric(18,2) NOT NULL,
  status            text NOT NULL,
  contacted         boolean NOT NULL,
  wishing_mediation boolean NOT NULL,
  outcome           text,
  referred          boolean NOT NULL,
  debt_before       numeric(18,2) NOT NULL,
  debt_after        numeric(18,2) NOT NULL,
  debt_reduced      numeric(18,2) NOT NULL
);`;

const districts = provinces().flatMap((p) => districtsOf(p.code));
const SEED = `
INSERT INTO district_counts (district_code, province_code) VALUES
${districts.map((d) => `('${d.code}', '${d.provinceCode}')`).join(',\n')};`;

export const DISTRICT_COUNTS_MIGRATION = TABLES + SEED;
