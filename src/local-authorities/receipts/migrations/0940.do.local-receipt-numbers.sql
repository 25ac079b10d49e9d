-- 940: gapless numbers per authority, fiscal year (Buddhist Era, from 1 October) and book: the receipts
-- (ใบเสร็จรับเงิน) and the leaflet permits (ใบอนุญาต) each run 1, 2, 3… within a fiscal year. No sequence:
-- a sequence leaves a gap for every rolled-back transaction. The counter row is locked FOR UPDATE by the
-- transaction that appends the event carrying the number, so a number is taken if and only if its event is
-- stored. Every number taken is listed with the stream it went to.

CREATE TABLE local_number_counters (
  authority_code text NOT NULL REFERENCES local_authorities (code),
  fiscal_year    integer NOT NULL CHECK (fiscal_year BETWEEN 2500 AND 2800),
  book           text NOT NULL CHECK (book IN ('RECEIPT', 'LEAFLET_PERMIT')),
  last_number    integer NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (authority_code, fiscal_year, book)
);

CREATE TABLE local_numbers_taken (
  authority_code text NOT NULL,
  fiscal_year    integer NOT NULL,
  book           text NOT NULL,
  number         integer NOT NULL CHECK (number >= 1),
  stream_id      text NOT NULL,
  taken_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (authority_code, fiscal_year, book, number),
  FOREIGN KEY (authority_code, fiscal_year, book) REFERENCES local_number_counters (authority_code, fiscal_year, book)
);
CREATE INDEX local_numbers_taken_stream ON local_numbers_taken (stream_id);
