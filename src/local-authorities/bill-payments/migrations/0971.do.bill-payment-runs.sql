-- 971: reconciliations of the bank's bill-payment files (การกระทบยอดรับชำระ). One run per file and authority: the
-- file's SHA-256 is unique, so the same file is never reconciled (nor anything paid) twice. Each line of the
-- file is kept with its outcome: MATCHED (paid, with the return and the receipt number), UNMATCHED (no bill of
-- the authority has its references) or an exception for staff to settle by hand (UNDERPAID, OVERPAID,
-- ALREADY_PAID, REVERSAL, REVERSED_IN_FILE) with the bill's amount when the references name one. Integer satang.

CREATE TABLE bill_payment_runs (
  run_id           uuid PRIMARY KEY,
  authority_code   text NOT NULL REFERENCES local_authorities (code),
  province_code    text NOT NULL,
  file_digest      text NOT NULL UNIQUE CHECK (file_digest ~ '^[0-9a-f]{64}$'),
  file_name        text CHECK (length(file_name) <= 255),
  effective_date   date NOT NULL,
  company_account  text NOT NULL,
  ran_by           text NOT NULL,
  ran_at           timestamptz NOT NULL,
  payment_count    integer NOT NULL CHECK (payment_count >= 0),
  matched_count    integer NOT NULL CHECK (matched_count >= 0),
  unmatched_count  integer NOT NULL CHECK (unmatched_count >= 0),
  exception_count  integer NOT NULL CHECK (exception_count >= 0),
  matched_satang   bigint NOT NULL,
  unmatched_satang bigint NOT NULL,
  exception_satang bigint NOT NULL
);
CREATE INDEX bill_payment_runs_by_authority ON bill_payment_runs (authority_code, ran_at DESC, run_id);

CREATE TABLE bill_payment_run_lines (
  run_id         uuid NOT NULL REFERENCES bill_payment_runs (run_id),
  line           integer NOT NULL CHECK (line >= 1),
  outcome        text NOT NULL CHECK (outcome IN ('MATCHED', 'UNMATCHED', 'UNDERPAID', 'OVERPAID', 'ALREADY_PAID', 'REVERSAL', 'REVERSED_IN_FILE')),
  ref1           text NOT NULL,
  ref2           text NOT NULL,
  amount_satang  bigint NOT NULL,
  due_satang     bigint,
  paid_at        timestamptz NOT NULL,
  customer_name  text NOT NULL,
  return_id      text,
  receipt_number text,
  PRIMARY KEY (run_id, line)
);
CREATE INDEX bill_payment_run_lines_to_settle ON bill_payment_run_lines (run_id, line) WHERE outcome <> 'MATCHED';
