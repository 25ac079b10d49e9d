-- 1020: a bill has its pay-by date (ชำระภายใน); a payment the bank took after it is a line to settle by hand,
-- PAID_AFTER_PAY_BY (the surcharge has grown since, so the bill no longer settles the return), never a match.

ALTER TABLE bill_payment_run_lines DROP CONSTRAINT bill_payment_run_lines_outcome_check;
ALTER TABLE bill_payment_run_lines ADD CONSTRAINT bill_payment_run_lines_outcome_check
  CHECK (outcome IN ('MATCHED', 'UNMATCHED', 'UNDERPAID', 'OVERPAID', 'PAID_AFTER_PAY_BY', 'ALREADY_PAID', 'REVERSAL', 'REVERSED_IN_FILE'));
