-- 990: every payment of a monthly return's bill (ชำระแล้ว), one row per MonthlyReturnPaid event, for the authorities'
-- collection reports by month of payment: the amount in satang, the bank's instant and its day in Asia/Bangkok.
-- monthly_returns keeps the totals only. A row is read by the authority's own revenue staff (LOCAL), and by whoever
-- reads its return in monthly_returns (the department's area, row-level security of 921/980).

CREATE TABLE monthly_return_payments (
  stream_id      text NOT NULL,
  stream_version integer NOT NULL,
  return_id      text NOT NULL,
  authority_code text NOT NULL,
  business_no    integer NOT NULL,
  kind           text NOT NULL,
  period         text NOT NULL CHECK (period ~ '^[0-9]{4}-[0-9]{2}$'),
  return_version integer NOT NULL,
  amount_satang  bigint NOT NULL,
  paid_at        timestamptz NOT NULL,
  paid_on        date NOT NULL,
  PRIMARY KEY (stream_id, stream_version)
);
CREATE INDEX monthly_return_payments_by_authority ON monthly_return_payments (authority_code, paid_on);

SELECT damrong_protect_read_model('monthly_return_payments', 'damrong_own_authority(authority_code)
  OR EXISTS (SELECT 1 FROM monthly_returns r WHERE r.return_id = monthly_return_payments.return_id)');
